package com.brokercrm.cli;

import com.brokercrm.ingest.FolderImportReport;

final class Reports {

    private Reports() {}

    /** Prints failures and warnings of a folder import and returns the exit code. */
    static int print(FolderImportReport report) {
        report.warnings().forEach(w -> System.out.println("warning: " + w));
        report.failures().forEach(f -> System.err.println("error: " + f.fileName() + " not imported: " + f.reason()));
        report.reordered()
                .forEach(r -> System.out.printf(
                        java.util.Locale.ROOT,
                        "%s: %,d rows of %s to %s rewritten in client order (%.1fs)%n",
                        r.table(),
                        r.rows(),
                        r.from(),
                        r.to(),
                        r.took().toNanos() / 1e9));
        System.out.printf(
                "%d file(s) imported, %d could not be read, %d row(s) rejected%n",
                report.files().size(), report.failures().size(), report.rejected());
        return report.succeeded() ? 0 : 1;
    }
}
