package com.brokercrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void benchScoreAndProfileRunOnATinyBrokerageAndReuseTheirStores() throws Exception {
        String work = temp.resolve("bench").toString();
        String[] score = {"bench", "score", "--customers", "300", "--seed", "3", "--work", work};
        assertThat(Cli.run(score)).isZero();
        assertThat(stdout())
                .contains("Generating 300 clients")
                .contains("Importing")
                .contains("score from the fact tables, 300 clients")
                .contains("rolling states rebuilt (assets REBUILT, returns REBUILT, trades REBUILT, positions REBUILT)")
                .contains("nightly score (assets ADVANCED, returns ADVANCED, trades ADVANCED, positions ADVANCED)")
                .contains("ratio to the bare passes")
                .contains("slowest steps")
                .containsPattern(
                        "whole nightly score run \\(indicators, then the models and the profile write, as"
                                + " `score` runs them\\), 300 clients: [0-9.]+s, ratio to the bare passes [0-9.]+ \\(budget 6\\)")
                .containsPattern("no run can go below: inserting the date's 300 rows into customer_indicator once more,"
                        + " from a table holding them: [0-9.]+s, ratio [0-9.]+");
        String[] profile = {"bench", "profile", "--customers", "300", "--seed", "3", "--work", work};
        assertThat(Cli.run(profile)).isZero();
        assertThat(stdout())
                .contains("against the planted persona")
                .contains("ceiling: answering each client's behaviour persona exactly")
                .contains("level review against the planted mismatches");
        out.reset();
        assertThat(Cli.run(score)).isZero();
        assertThat(stdout())
                .contains("Reusing the store")
                .doesNotContain("Generating")
                .doesNotContain("Importing");
        assertThat(Files.exists(temp.resolve("bench/score-input-300x1-s3.duckdb")))
                .isTrue();
        assertThat(Files.exists(temp.resolve("bench/profile-input-300x1-s3.duckdb")))
                .isTrue();

        for (String layout : List.of("month", "date")) {
            out.reset();
            String[] laidOut = {
                "bench",
                "score",
                "--customers",
                "300",
                "--seed",
                "3",
                "--work",
                work,
                "--layout",
                layout,
                "--memory-limit",
                "2GB"
            };
            assertThat(Cli.run(laidOut)).isZero();
            assertThat(stdout())
                    .contains("Importing")
                    .contains("Rewriting the fact tables: " + layout + " layout")
                    .contains(layout.equals("month") ? "fact tables in months" : "fact tables in date order")
                    .contains("nightly score (assets ADVANCED, returns ADVANCED, trades ADVANCED, positions ADVANCED)")
                    .containsPattern("one client's rows, as the 360 view reads them \\(mean of 20 clients\\):"
                            + " contact [0-9.]+ ms");
            assertThat(differingIndicators(
                            temp.resolve("bench/score-input-300x1-s3.duckdb"),
                            temp.resolve("bench/score-" + layout + "-input-300x1-s3.duckdb")))
                    .as("the layout changes how fast, not what: the same indicators on both stores")
                    .isZero();
        }
        assertThat(Cli.run(new String[] {
                    "bench", "score", "--customers", "300", "--seed", "3", "--work", work, "--memory-limit", "lots"
                }))
                .isEqualTo(2);
        assertThat(stderr()).contains("--memory-limit wants a size such as 9GB or 512MB, not 'lots'");
        assertThat(Cli.run(new String[] {"bench", "score", "--layout", "sideways"}))
                .isEqualTo(2);
        assertThat(stderr()).contains("'sideways' is not a layout: client, month or date");
    }

    /**
     * Indicator values of the latest date that differ between two stores: money and counts exactly,
     * ratios beyond a relative 1e-9 (sums of doubles depend on the order rows are read in).
     */
    private static long differingIndicators(Path a, Path b) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement st = c.createStatement()) {
            st.execute("ATTACH '" + a + "' AS a (READ_ONLY)");
            st.execute("ATTACH '" + b + "' AS b (READ_ONLY)");
            List<String> checks = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                    + " WHERE table_catalog = 'a' AND table_name = 'customer_indicator'"
                    + " AND column_name NOT IN ('customer_id', 'as_of')")) {
                while (rs.next()) {
                    String col = rs.getString(1);
                    checks.add(
                            rs.getString(2).equals("DOUBLE")
                                    ? "abs(coalesce(x." + col + ", 0) - coalesce(y." + col
                                            + ", 0)) > 1e-9 * greatest(1,"
                                            + " abs(coalesce(x." + col + ", 0))) OR (x." + col + " IS NULL) <> (y."
                                            + col
                                            + " IS NULL)"
                                    : "x." + col + " IS DISTINCT FROM y." + col);
                }
            }
            assertThat(checks).hasSizeGreaterThan(100);
            try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM a.customer_indicator x"
                    + " FULL JOIN b.customer_indicator y USING (customer_id, as_of)"
                    + " WHERE as_of = (SELECT max(as_of) FROM a.customer_indicator)"
                    + " AND (x.customer_id IS NULL OR y.customer_id IS NULL OR " + String.join(" OR ", checks) + ")")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void unknownCommandPrintsUsageOnStderrAndExits2() {
        assertThat(Cli.run(new String[] {"frobnicate"})).isEqualTo(2);
        assertThat(stderr()).contains("Unmatched argument").contains("Usage: brokercrm");
    }

    @Test
    void badFlagExits2() {
        assertThat(Cli.run(new String[] {"import", "--no-such-flag", "x"})).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option").contains("Usage: brokercrm import");
    }

    @Test
    void noCommandExits2() {
        assertThat(Cli.run(new String[] {})).isEqualTo(2);
        assertThat(stderr()).contains("a command is required");
    }

    @Test
    void badCharsetExits2() {
        assertThat(Cli.run(new String[] {"import", temp.toString(), "--charset", "LATIN1"}))
                .isEqualTo(2);
        assertThat(stderr()).contains("UTF-8 or GB18030");
    }

    @Test
    void unknownExportTableExits2() {
        assertThat(Cli.run(new String[] {
                    "export", "passwords", "--out", temp.resolve("x.csv").toString()
                }))
                .isEqualTo(2);
        assertThat(stderr()).contains("unknown table 'passwords'");
    }

    @Test
    void helpWorksEverywhere() {
        for (String command : new String[] {"demo", "serve", "import", "score", "generate", "export", "bench"}) {
            out.reset();
            assertThat(Cli.run(new String[] {command, "--help"})).as(command).isZero();
            assertThat(stdout()).as(command).contains("Usage: brokercrm " + command);
        }
        out.reset();
        assertThat(Cli.run(new String[] {"--help"})).isZero();
        assertThat(stdout()).contains("demo").contains("import").contains("export");
        assertThat(Cli.run(new String[] {"bench", "import", "--help"})).isZero();
        assertThat(Cli.run(new String[] {"bench", "score", "--help"})).isZero();
    }

    @Test
    void springSettingsAreTellFromCommandOptions() {
        assertThat(Cli.isSpringSetting("--brokercrm.data-dir=/tmp/x")).isTrue();
        assertThat(Cli.isSpringSetting("--spring.profiles.active=postgres")).isTrue();
        assertThat(Cli.isSpringSetting("--charset=GB18030")).isFalse();
        assertThat(Cli.isSpringSetting("--customers")).isFalse();
    }

    @Test
    void importThenExportThroughTheCommandLine() throws Exception {
        Path input = temp.resolve("in");
        com.brokercrm.ingest.SampleBrokerageAccess.writeClean(input);
        String dataDir = "--brokercrm.data-dir=" + temp.resolve("data");

        assertThat(Cli.run(new String[] {"import", input.toString(), dataDir})).isZero();
        assertThat(stdout())
                .contains("trades.csv")
                .contains("12 file(s) imported, 0 could not be read, 0 row(s) rejected");

        Path exported = temp.resolve("trades-out.csv");
        assertThat(Cli.run(new String[] {"export", "trade", "--out", exported.toString(), dataDir}))
                .isZero();
        assertThat(Files.readAllLines(exported)).hasSize(4).first().asString().startsWith("trade_id,customer_id");
    }

    @Test
    void importOfAFolderWithAnUnreadableFileExits1() throws Exception {
        Path input = temp.resolve("in");
        com.brokercrm.ingest.SampleBrokerageAccess.writeClean(input);
        Files.writeString(input.resolve("prices.csv"), "no,header,here\n");

        int exit = Cli.run(new String[] {"import", input.toString(), "--brokercrm.data-dir=" + temp.resolve("data")});

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).contains("prices.csv not imported").contains("lacks required column");
    }

    @Test
    void scoreThroughTheCommandLineRecordsEachRun() throws Exception {
        Path input = temp.resolve("in");
        com.brokercrm.ingest.SampleBrokerageAccess.writeClean(input);
        String dataDir = "--brokercrm.data-dir=" + temp.resolve("data");
        assertThat(Cli.run(new String[] {"import", input.toString(), dataDir})).isZero();

        out.reset();
        assertThat(Cli.run(new String[] {"score", dataDir})).isZero();
        assertThat(stdout()).contains("Scored 3 clients as of 2025-01-03").contains("SUCCEEDED");

        assertThat(Cli.run(new String[] {"score", "--as-of", "1999-01-01", dataDir}))
                .isEqualTo(1);
        assertThat(stderr()).contains("score failed").contains("no trading day");

        try (var store = com.brokercrm.store.TestStore.duckDbOfDataDir(temp.resolve("data"))) {
            var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(store);
            assertThat(jdbc.sql("SELECT status FROM job_run ORDER BY run_id")
                            .query(String.class)
                            .list())
                    .containsExactly("SUCCEEDED", "FAILED");
            assertThat(jdbc.sql("SELECT row_count FROM job_run WHERE status = 'SUCCEEDED'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3L);
            assertThat(jdbc.sql("SELECT error FROM job_run WHERE status = 'FAILED'")
                            .query(String.class)
                            .single())
                    .contains("no trading day");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_indicator WHERE as_of = DATE '2025-01-03'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3L);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_profile WHERE as_of = DATE '2025-01-03'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3L);
        }

        Path profiles = temp.resolve("profiles.csv");
        out.reset();
        assertThat(Cli.run(new String[] {"export", "profiles", "--out", profiles.toString(), dataDir}))
                .isZero();
        assertThat(stdout()).contains("3 rows of profiles as of 2025-01-03");
        List<String> lines = java.nio.file.Files.readAllLines(profiles);
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).contains(",client_value,", ",tier,", ",risk_class,", ",habit_LONG_TERM,");
        Path indicators = temp.resolve("indicators.csv");
        assertThat(Cli.run(new String[] {
                    "export", "indicators", "--as-of", "2025-01-03", "--out", indicators.toString(), dataDir
                }))
                .isZero();
        assertThat(java.nio.file.Files.readAllLines(indicators)).hasSize(4);
        assertThat(Cli.run(new String[] {"export", "trade", "--as-of", "2025-01-03", "--out", "x.csv", dataDir}))
                .isEqualTo(2);
    }
}
