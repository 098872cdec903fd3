package com.brokercrm.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What importing one file did. {@code rejectsFile} is null when nothing was rejected. */
public record FileImportReport(
        String fileName,
        String table,
        long rowsRead,
        long inserted,
        long replaced,
        long unchanged,
        long rejected,
        Duration elapsed,
        Path rejectsFile,
        List<String> warnings) {

    public FileImportReport {
        warnings = List.copyOf(warnings);
    }

    public double rowsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return rowsRead / seconds;
    }
}
