package com.brokercrm.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What importing one file did. {@code rejectsFile} is null when nothing was rejected. {@code route} says
 * which reader loaded the file; {@code nativeDeclined}, when not null, why DuckDB's own reader was tried
 * and given up for the Java one.
 */
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
        List<String> warnings,
        Map<String, Duration> phases,
        Route route,
        String nativeDeclined) {

    /** Which reader loaded the file. */
    public enum Route {
        /** DuckDB's own read_csv, after the precheck (clean files on DuckDB). */
        NATIVE("DuckDB read_csv"),
        /** BrokerCRM's validating reader, which names every bad row. */
        JAVA("Java reader");

        private final String label;

        Route(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public FileImportReport {
        warnings = List.copyOf(warnings);
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    /** Where the time went, e.g. "read+validate+stage 12.3s, references 1.0s, ...". */
    public String phaseSummary() {
        return phases.entrySet().stream()
                .map(e -> String.format(
                        java.util.Locale.ROOT,
                        "%s %.1fs",
                        e.getKey(),
                        e.getValue().toMillis() / 1000.0))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public double rowsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return rowsRead / seconds;
    }
}
