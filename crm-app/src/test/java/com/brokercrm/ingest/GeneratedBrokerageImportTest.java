package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.datagen.BrokerageGenerator;
import com.brokercrm.datagen.GenerationProgress;
import com.brokercrm.datagen.GenerationSummary;
import com.brokercrm.datagen.GeneratorOptions;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.ImportFormat;
import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's own output imports with zero rejects on both engines, and both engines then hold
 * exactly the same rows (compared through the exporter, byte for byte). On DuckDB it is imported twice:
 * by the Java reader only, and with every file offered to DuckDB's own reader, which must take them all
 * and store the very same rows.
 */
class GeneratedBrokerageImportTest {

    @TempDir
    static Path temp;

    static Path input;
    static GenerationSummary generated;

    @BeforeAll
    static void generate() throws Exception {
        input = temp.resolve("generated");
        generated = new BrokerageGenerator().generate(GeneratorOptions.of(400, 1, 11, input), GenerationProgress.NONE);
    }

    @Test
    void generatedBrokerageImportsWithoutRejectsAndIdenticallyOnBothEnginesAndBothReaders() throws Exception {
        try (HikariDataSource duck = TestStore.duckDb(temp.resolve("duck"));
                HikariDataSource duckNative = TestStore.duckDb(temp.resolve("duck-native"));
                HikariDataSource pg = TestStore.postgres("generated")) {
            importEverything(new ImportService(duck, -1), FileImportReport.Route.JAVA);
            importEverything(new ImportService(duckNative, 0), FileImportReport.Route.NATIVE);
            importEverything(new ImportService(pg), FileImportReport.Route.JAVA);
            for (FileSpec spec : ImportFormat.FILES) {
                Path fromDuck = temp.resolve("duck-" + spec.fileName());
                Path fromNative = temp.resolve("native-" + spec.fileName());
                Path fromPg = temp.resolve("pg-" + spec.fileName());
                new TableExporter(duck).export(spec.table(), fromDuck);
                new TableExporter(duckNative).export(spec.table(), fromNative);
                new TableExporter(pg).export(spec.table(), fromPg);
                assertThat(Files.mismatch(fromDuck, fromPg))
                        .as(spec.table() + " is the same on DuckDB and PostgreSQL")
                        .isEqualTo(-1L);
                assertThat(Files.mismatch(fromDuck, fromNative))
                        .as(spec.table() + " is the same read by DuckDB's reader and by the Java one")
                        .isEqualTo(-1L);
            }
        }
    }

    private static void importEverything(ImportService importer, FileImportReport.Route route) throws Exception {
        FolderImportReport report = importer.importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        assertThat(report.failures()).isEmpty();
        assertThat(report.rejected())
                .as(() -> ImportContractTest.allRejects(input))
                .isZero();
        for (FileImportReport file : report.files()) {
            assertThat(file.inserted())
                    .as(file.fileName())
                    .isEqualTo(generated.rowsPerFile().get(file.fileName()));
            assertThat(file.route())
                    .as(file.fileName() + " (DuckDB's reader declined: " + file.nativeDeclined() + ")")
                    .isEqualTo(route);
        }
        assertThat(report.files()).hasSize(ImportFormat.FILES.size());
    }
}
