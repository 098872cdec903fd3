package com.brokercrm.datagen.simulation;

import java.nio.charset.StandardCharsets;

/** Kinds of {@code fund_flows.csv}. CUSTODY_TRANSFER moves securities (at market value), not cash. */
enum FlowKind {
    BANK_TRANSFER,
    CUSTODY_TRANSFER,
    DIVIDEND,
    INTEREST,
    OTHER;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    byte[] bytes() {
        return bytes;
    }
}
