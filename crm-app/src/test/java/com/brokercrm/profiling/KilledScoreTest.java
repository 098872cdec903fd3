package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.analytics.indicator.IndicatorReader;
import com.brokercrm.analytics.indicator.IndicatorRow;
import com.brokercrm.analytics.indicator.IndicatorRunner;
import com.brokercrm.datagen.BrokerageGenerator;
import com.brokercrm.datagen.GenerationProgress;
import com.brokercrm.datagen.GeneratorOptions;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code score} process with SIGKILL after its first step: the previous indicators of that
 * date stay readable and unchanged, the run stays recorded as RUNNING, and the next run completes.
 */
class KilledScoreTest {

    @TempDir
    Path temp;

    @Test
    void scoreKilledMidRunLeavesThePreviousIndicatorsAndTheNextRunCompletes() throws Exception {
        Path input = temp.resolve("input");
        new BrokerageGenerator().generate(GeneratorOptions.of(8000, 1, 3, input), GenerationProgress.NONE);
        Path dataDir = temp.resolve("data");
        LocalDate asOf;
        Map<String, Map<String, Object>> before;
        try (HikariDataSource store = TestStore.duckDbOfDataDir(dataDir)) {
            new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
            try (Connection c = store.getConnection()) {
                asOf = IndicatorParameters.latestTradingDay(c).orElseThrow();
                new IndicatorRunner().run(c, asOf, IndicatorListener.NONE);
            }
            before = read(store, asOf);
        }
        assertThat(before).hasSizeGreaterThan(7000);

        Process process = startScore(asOf, dataDir);
        List<String> output = new ArrayList<>();
        boolean sawStep = false;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                if (line.startsWith("indicators") && line.contains("assets")) {
                    sawStep = true;
                    process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback
                    break;
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sawStep).as("the run reached its first step: " + output).isTrue();
        assertThat(process.exitValue()).as("killed, not finished").isEqualTo(137);

        try (HikariDataSource store = TestStore.duckDbOfDataDir(dataDir)) {
            JobRuns runs = new JobRuns(store);
            assertThat(runs.latest(ScoreService.JOB).orElseThrow().status()).isEqualTo("RUNNING");
            assertSame(read(store, asOf), before);

            ScoreService.ScoreResult again =
                    new ScoreService(store).score(java.util.Optional.of(asOf), IndicatorListener.NONE);
            assertThat(again.indicators().rows()).isEqualTo(before.size());
            assertThat(runs.latest(ScoreService.JOB).orElseThrow().status()).isEqualTo("SUCCEEDED");
            assertSame(read(store, asOf), before);
        }
    }

    /** Equal to the cent and to 1e-9 (DuckDB may add doubles in another order from run to run). */
    private static void assertSame(Map<String, Map<String, Object>> actual, Map<String, Map<String, Object>> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        List<String> differences = new ArrayList<>();
        expected.forEach(
                (id, values) -> differences.addAll(IndicatorComparison.differences(id, values, actual.get(id))));
        assertThat(differences).isEmpty();
    }

    private static Map<String, Map<String, Object>> read(HikariDataSource store, LocalDate asOf) throws Exception {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        try (Connection c = store.getConnection()) {
            for (IndicatorRow row : new IndicatorReader(c).readAll(asOf)) {
                rows.put(row.customerId(), row.asMap());
            }
        }
        return rows;
    }

    private Process startScore(LocalDate asOf, Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "com.brokercrm.BrokerCrm",
                "score",
                "--as-of",
                asOf.toString(),
                "--brokercrm.data-dir=" + dataDir);
        builder.redirectErrorStream(true);
        return builder.start();
    }
}
