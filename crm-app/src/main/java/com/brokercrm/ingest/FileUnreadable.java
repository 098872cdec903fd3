package com.brokercrm.ingest;

/** A file that cannot be imported at all (unreadable, no header, a required column missing). */
public final class FileUnreadable extends Exception {
    public FileUnreadable(String message) {
        super(message);
    }

    public FileUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
