package com.brokercrm.ingest;

import java.util.List;

/**
 * What importing a folder did: a report per loaded file, the files that could not be read, warnings, and
 * the fact tables whose newest rows were then rewritten in client order (DuckDB).
 */
public record FolderImportReport(
        List<FileImportReport> files,
        List<FileFailure> failures,
        List<String> warnings,
        List<TailReordered> reordered) {

    public FolderImportReport {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
        reordered = List.copyOf(reordered);
    }

    public FolderImportReport(List<FileImportReport> files, List<FileFailure> failures, List<String> warnings) {
        this(files, failures, warnings, List.of());
    }

    /** A file that could not be imported at all, and why. */
    public record FileFailure(String fileName, String reason) {}

    public boolean succeeded() {
        return failures.isEmpty();
    }

    public long rejected() {
        return files.stream().mapToLong(FileImportReport::rejected).sum();
    }
}
