package com.brokercrm.ingest.store;

/** A staged row turned away by a set-based check (unknown reference, duplicate key). */
public record StagedRejection(long line, String reason) {}
