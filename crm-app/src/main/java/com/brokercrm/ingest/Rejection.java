package com.brokercrm.ingest;

/** A row kept out of the store: where it stood, why, and its text as it was in the file. */
record Rejection(long line, String reason, String record) {}
