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
 * exactly the same rows (compared through the exporter, byte for byte).
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
    void generatedBrokerageImportsWithoutRejectsAndIdenticallyOnBothEngines() throws Exception {
        try (HikariDataSource duck = TestStore.duckDb(temp.resolve("duck"));
                HikariDataSource pg = TestStore.postgres("generated")) {
            for (HikariDataSource store : new HikariDataSource[] {duck, pg}) {
                FolderImportReport report =
                        new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
                assertThat(report.failures()).isEmpty();
                assertThat(report.rejected())
                        .as(() -> ImportContractTest.allRejects(input))
                        .isZero();
                for (FileImportReport file : report.files()) {
                    assertThat(file.inserted())
                            .as(file.fileName())
                            .isEqualTo(generated.rowsPerFile().get(file.fileName()));
                }
                assertThat(report.files()).hasSize(ImportFormat.FILES.size());
            }
            for (FileSpec spec : ImportFormat.FILES) {
                Path fromDuck = temp.resolve("duck-" + spec.fileName());
                Path fromPg = temp.resolve("pg-" + spec.fileName());
                new TableExporter(duck).export(spec.table(), fromDuck);
                new TableExporter(pg).export(spec.table(), fromPg);
                assertThat(Files.mismatch(fromDuck, fromPg))
                        .as(spec.table() + " is the same on DuckDB and PostgreSQL")
                        .isEqualTo(-1L);
            }
        }
    }
}
