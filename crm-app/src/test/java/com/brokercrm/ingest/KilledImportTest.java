package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills a real import process with SIGKILL in the middle of trades.csv and shows that the store keeps
 * its previous contents and that a re-run ends with exactly the rows of an uninterrupted import; once
 * while DuckDB's own reader loads the file (the default for a file this size), once on the Java path.
 */
class KilledImportTest {

    private static final int TRADES = 600_000;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void importKilledMidFileLeavesPreviousContentsAndReRunCompletes(String reader) throws Exception {
        Path input = temp.resolve("input");
        SampleBrokerage.writeClean(input);
        SampleBrokerage.appendTrades(input.resolve("trades.csv"), TRADES);
        Path killedData = temp.resolve("killed");

        Process process = startImport(input, killedData, reader.equals("java") ? -1 : 0);
        List<String> output = new ArrayList<>();
        boolean sawTrades = false;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                if (line.startsWith("trades.csv") && line.contains("[")) {
                    sawTrades = true;
                    process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback
                    break;
                }
            }
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sawTrades).as("the import reached trades.csv: " + output).isTrue();
        assertThat(process.exitValue()).as("killed, not finished").isEqualTo(137);

        try (HikariDataSource killed = TestStore.duckDbOfDataDir(killedData)) {
            JdbcClient jdbc = JdbcClient.create(killed);
            assertThat(count(jdbc, "customer"))
                    .as("files before trades.csv were committed")
                    .isEqualTo(3);
            assertThat(count(jdbc, "trade"))
                    .as("nothing of the killed file is visible")
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM import_run WHERE file_name = 'trades.csv'")
                            .query(Long.class)
                            .single())
                    .isZero();

            new ImportService(killed).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);

            try (HikariDataSource reference = TestStore.duckDb(temp.resolve("reference"))) {
                new ImportService(reference).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
                JdbcClient expected = JdbcClient.create(reference);
                for (String table : List.of("customer", "trade", "fund_flow", "daily_asset", "holding", "contact")) {
                    assertThat(count(jdbc, table)).as(table).isEqualTo(count(expected, table));
                }
                assertThat(count(jdbc, "trade")).isEqualTo(TRADES + 3);
                assertThat(fingerprint(jdbc)).isEqualTo(fingerprint(expected));
            }
        }
    }

    private Process startImport(Path input, Path dataDir, long nativeMinBytes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "com.brokercrm.BrokerCrm",
                "import",
                input.toString(),
                "--brokercrm.data-dir=" + dataDir,
                "--brokercrm.import.native-min-bytes=" + nativeMinBytes);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static List<Object> fingerprint(JdbcClient jdbc) {
        return List.of(
                jdbc.sql("SELECT SUM(amount) FROM trade")
                        .query(BigDecimal.class)
                        .single(),
                jdbc.sql("SELECT SUM(commission) FROM trade")
                        .query(BigDecimal.class)
                        .single(),
                jdbc.sql("SELECT MIN(trade_id) FROM trade").query(String.class).single(),
                jdbc.sql("SELECT MAX(trade_id) FROM trade").query(String.class).single(),
                jdbc.sql("SELECT COUNT(DISTINCT trade_date) FROM trade")
                        .query(Long.class)
                        .single());
    }
}
