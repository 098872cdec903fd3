package com.brokercrm.ingest.spec;

/** A field or row that breaks the import contract; the message is the reason a person reads. */
public final class InvalidValue extends Exception {
    public InvalidValue(String reason) {
        super(reason, null, false, false);
    }
}
