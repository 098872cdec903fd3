package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code score} process with SIGKILL after its first step: the previous indicators and
 * profiles of that date stay readable and unchanged, the run stays recorded as RUNNING until the next
 * run marks it FAILED (interrupted), and the next run completes.
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
        List<Map<String, Object>> profilesBefore;
        try (HikariDataSource store = TestStore.duckDbOfDataDir(dataDir)) {
            new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
            try (Connection c = store.getConnection()) {
                asOf = IndicatorParameters.latestTradingDay(c).orElseThrow();
            }
            new ScoreService(store).score(java.util.Optional.of(asOf), IndicatorListener.NONE);
            before = read(store, asOf);
            profilesBefore = profiles(store, asOf);
        }
        assertThat(before).hasSizeGreaterThan(7000);
        assertThat(profilesBefore).hasSameSizeAs(before.keySet());

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
            JobRuns.JobRun killed = runs.latest(ScoreService.JOB).orElseThrow();
            assertThat(killed.status()).isEqualTo("RUNNING");
            assertSame(read(store, asOf), before);
            assertThat(profiles(store, asOf)).isEqualTo(profilesBefore);

            ScoreService.ScoreResult again =
                    new ScoreService(store).score(java.util.Optional.of(asOf), IndicatorListener.NONE);
            assertThat(again.indicators().rows()).isEqualTo(before.size());
            assertThat(again.interrupted()).isEqualTo(1);
            assertThat(runs.latest(ScoreService.JOB).orElseThrow().status()).isEqualTo("SUCCEEDED");
            JobRuns.JobRun marked = runs.find(killed.runId()).orElseThrow();
            assertThat(marked.status()).isEqualTo("FAILED");
            assertThat(marked.error()).startsWith("interrupted");
            assertSame(read(store, asOf), before);
            List<Map<String, Object>> profilesAfter = profiles(store, asOf);
            assertThat(profilesAfter).hasSameSizeAs(profilesBefore);
            for (int i = 0; i < profilesAfter.size(); i++) {
                Map<String, Object> a = new java.util.HashMap<>(profilesAfter.get(i));
                Map<String, Object> b = new java.util.HashMap<>(profilesBefore.get(i));
                assertThat(a.remove("run_id")).isEqualTo(again.runId());
                b.remove("run_id");
                assertThat(a).isEqualTo(b);
            }
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
        return IndicatorRows.byClient(store, asOf);
    }

    private static List<Map<String, Object>> profiles(HikariDataSource store, LocalDate asOf) throws Exception {
        try (Connection c = store.getConnection()) {
            return new com.brokercrm.analytics.model.ProfileTable(c).rows(asOf);
        }
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
