package com.brokercrm.cli;

import com.brokercrm.ingest.FolderImportReport;
import com.brokercrm.ingest.ImportService;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The scratch store a bench runs on: a generated brokerage (or the folder given with {@code --input})
 * imported into its own DuckDB file under {@code --work}, kept with a marker file and reused by the next
 * run of the same bench on the same input.
 *
 * @param folder the generated (or given) input folder
 * @param db the DuckDB file
 */
record BenchStore(Path folder, Path db) {

    /**
     * Generates the input unless it is there (or given), imports it unless an earlier run did, and returns
     * the store; empty when the import rejected rows (the report is printed).
     *
     * @param prefix names the bench's store ({@code score}, {@code profile}), so benches do not share one
     * @param generatedMarker a file of the generated folder whose presence means it is complete
     */
    static Optional<BenchStore> prepare(
            Path work, String prefix, Path input, int customers, int years, long seed, String generatedMarker)
            throws Exception {
        Files.createDirectories(work);
        String name = input != null ? input.getFileName().toString() : "input-" + customers + "x" + years + "-s" + seed;
        Path folder = input != null ? input : work.resolve(name);
        Path db = work.resolve(prefix + "-" + name + ".duckdb");
        Path imported = work.resolve(prefix + "-" + name + ".imported");
        if (Files.exists(imported)) {
            System.out.println("Reusing the store " + db + " (delete " + imported + " to import again)");
            return Optional.of(new BenchStore(folder, db));
        }
        if (input == null && !Files.exists(folder.resolve(generatedMarker))) {
            System.out.printf("Generating %,d clients x %d years into %s%n", customers, years, folder);
            GenerateCommand.generate(customers, years, seed, null, folder);
        }
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        try (HikariDataSource ds = BenchImportCommand.dataSourceFor(db)) {
            com.brokercrm.config.Migrations.migrate(ds);
            System.out.println("Importing " + folder + " into " + db + " ...");
            FolderImportReport report =
                    new ImportService(ds).importFolder(folder, StandardCharsets.UTF_8, new ConsoleProgress(System.out));
            if (Reports.print(report) != 0) {
                return Optional.empty();
            }
        }
        Files.writeString(imported, "imported\n");
        return Optional.of(new BenchStore(folder, db));
    }
}
