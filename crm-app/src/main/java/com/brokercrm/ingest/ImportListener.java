package com.brokercrm.ingest;

import java.nio.file.Path;

/** Hears how an import goes, file by file: for progress bars and logs. */
public interface ImportListener {

    default void fileStarted(String fileName, Path path, long sizeChars) {}

    /** Called every few thousand rows with the characters read so far. */
    default void progress(String fileName, long rowsRead, long charsRead) {}

    default void fileFinished(FileImportReport report) {}

    ImportListener NONE = new ImportListener() {};
}
