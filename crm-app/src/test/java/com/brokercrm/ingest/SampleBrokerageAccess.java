package com.brokercrm.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests outside this package write the hand-made sample brokerage. */
public final class SampleBrokerageAccess {

    private SampleBrokerageAccess() {}

    public static void writeClean(Path dir) throws IOException {
        SampleBrokerage.writeClean(dir);
    }
}
