package com.brokercrm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same options give byte-identical files, whatever the number of threads. */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesByteIdenticalFilesOnAnyThreadCount() throws IOException {
        GeneratorOptions first = GeneratorOptions.of(150, 1, 99, temp.resolve("a"));
        GeneratorOptions second = GeneratorOptions.of(150, 1, 99, temp.resolve("b"));
        GenerationSummary a = new BrokerageGenerator(1).generate(first, GenerationProgress.NONE);
        GenerationSummary b = new BrokerageGenerator(3).generate(second, GenerationProgress.NONE);
        assertThat(a.rowsPerFile()).isEqualTo(b.rowsPerFile()).hasSize(13);
        for (String file : a.rowsPerFile().keySet()) {
            assertThat(Files.readAllBytes(first.outDir().resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(second.outDir().resolve(file)));
        }
    }

    @Test
    void anotherSeedOrEndDateGivesOtherFiles() throws IOException {
        GeneratorOptions base = GeneratorOptions.of(60, 1, 1, temp.resolve("base"));
        GeneratorOptions seed = GeneratorOptions.of(60, 1, 2, temp.resolve("seed"));
        GeneratorOptions end = base.withEndDate(LocalDate.of(2025, 6, 30));
        end = new GeneratorOptions(60, 1, 1, temp.resolve("end"), end.endDate(), end.branches(), end.staff());
        for (GeneratorOptions o : new GeneratorOptions[] {base, seed, end}) {
            new BrokerageGenerator().generate(o, GenerationProgress.NONE);
        }
        byte[] trades = Files.readAllBytes(base.outDir().resolve("trades.csv"));
        assertThat(Files.readAllBytes(seed.outDir().resolve("trades.csv"))).isNotEqualTo(trades);
        assertThat(Files.readString(end.outDir().resolve("prices.csv")))
                .contains("2025-06-30")
                .doesNotContain("2026-");
    }

    @Test
    void progressIsReportedUpToTheTotal() throws IOException {
        long[] lastCustomers = {0, 0};
        new BrokerageGenerator().generate(GeneratorOptions.of(120, 1, 3, temp.resolve("p")), (phase, done, total) -> {
            if (phase.equals("customers")) {
                lastCustomers[0] = done;
                lastCustomers[1] = total;
            }
        });
        assertThat(lastCustomers).containsExactly(120, 120);
    }
}
