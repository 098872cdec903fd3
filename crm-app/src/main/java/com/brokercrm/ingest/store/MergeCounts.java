package com.brokercrm.ingest.store;

/** What merging a staged file into its table did: new rows, changed rows replaced, identical rows left alone. */
public record MergeCounts(long inserted, long replaced, long unchanged) {}
