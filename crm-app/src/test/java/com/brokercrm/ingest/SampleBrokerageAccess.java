package com.brokercrm.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests outside this package write the hand-made sample brokerage. */
public final class SampleBrokerageAccess {

    private SampleBrokerageAccess() {}

    /** The resident ID number of client C001 (born 1980-01-01 in region 310101). */
    public static final String C001_ID_NUMBER = SampleBrokerage.ID_1;

    public static void writeClean(Path dir) throws IOException {
        SampleBrokerage.writeClean(dir);
    }
}
