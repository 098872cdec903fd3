package com.brokercrm.ingest;

import java.util.List;

/** What importing a folder did: a report per loaded file, the files that could not be read, warnings. */
public record FolderImportReport(List<FileImportReport> files, List<FileFailure> failures, List<String> warnings) {

    public FolderImportReport {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
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
