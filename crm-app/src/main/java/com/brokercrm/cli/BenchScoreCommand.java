package com.brokercrm.cli;

import com.brokercrm.analytics.indicator.FeeRates;
import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.analytics.indicator.IndicatorRun;
import com.brokercrm.analytics.indicator.IndicatorRunner;
import com.brokercrm.analytics.indicator.IndicatorRunner.Rolling;
import com.brokercrm.profiling.ScoreService;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Time the indicator run (score) on a generated brokerage in DuckDB against a bare DuckDB pass over",
            "each fact table the indicators read (GROUP BY customer_id with a few sums): the run from the fact",
            "tables, the rebuild of the rolling states for the trading day before, and the nightly run that",
            "advances them; print each, its ratio to the bare passes (budget 6) and its slowest steps. The",
            "imported store is kept under --work and reused."
        })
class BenchScoreCommand implements Callable<Integer> {

    /** The bare baseline: one pass per fact table the indicators read. */
    static final Map<String, String> BASELINE = baseline();

    @Option(
            names = "--customers",
            defaultValue = "200000",
            description = "Clients to generate (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--years", defaultValue = "1", description = "Years of history (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--input", description = "Import this folder instead of generating one.")
    Path input;

    @Option(names = "--work", defaultValue = "./data/bench", description = "Scratch folder (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--as-of", paramLabel = "DATE", description = "As-of date (default: the latest trading day).")
    LocalDate asOf;

    @Option(
            names = "--memory-limit",
            paramLabel = "SIZE",
            description = "DuckDB's memory limit, such as 9GB (default: DuckDB's own, 80% of the machine's memory);"
                    + " lower it when the JVM's heap needs room beside it.")
    String memoryLimit;

    @Option(
            names = "--layout",
            defaultValue = "client",
            converter = LayoutName.class,
            description = {
                "How the fact tables are stored (each layout a store of its own under --work): client (default),",
                "each client's rows together, as one bulk import leaves them; month, months in date order with",
                "clients in order within each, as a year of nightly imports leaves them with the importer's",
                "monthly rewrite (brokercrm.import.reorder-after-days); date, day after day, as nightly imports",
                "leave them without it."
            })
    Layout layout;

    /** How the bench store's fact tables are stored. */
    enum Layout {
        CLIENT,
        MONTH,
        DATE;
    }

    /** Reads a layout by the lower-case name the help shows. */
    static final class LayoutName implements picocli.CommandLine.ITypeConverter<Layout> {
        @Override
        public Layout convert(String name) {
            try {
                return Layout.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + name + "' is not a layout: client, month or date");
            }
        }
    }

    /** The fact tables: the column dating each row, and the columns that complete a client's order. */
    record Fact(String table, String date, String rest) {}

    static final List<Fact> FACTS = List.of(
            new Fact("contact", "occurred_at", "customer_id"),
            new Fact("daily_asset", "as_of", "customer_id"),
            new Fact("fund_flow", "flow_date", "customer_id, flow_id"),
            new Fact("holding", "as_of", "customer_id, exchange, security_code"),
            new Fact("trade", "trade_date", "customer_id, trade_time, trade_id"));

    /** Clients whose rows are read one client at a time, as the 360 view reads them. */
    private static final int CLIENT_READS = 20;

    @Override
    public Integer call() throws Exception {
        Optional<BenchStore> store = BenchStore.prepare(
                work,
                layout == Layout.CLIENT ? "score" : "score-" + layout.name().toLowerCase(Locale.ROOT),
                input,
                customers,
                years,
                seed,
                "trades.csv");
        if (store.isEmpty()) {
            return 1;
        }
        Path db = store.get().db();
        try (HikariDataSource ds = BenchImportCommand.dataSourceFor(db)) {
            com.brokercrm.config.Migrations.migrate(ds);
            try (Connection c = ds.getConnection()) {
                if (memoryLimit != null) {
                    if (!memoryLimit.matches("[0-9]+(\\.[0-9]+)?\\s*[KMGT]i?B")) {
                        System.err.println(
                                "--memory-limit wants a size such as 9GB or 512MB, not '" + memoryLimit + "'");
                        return 2;
                    }
                    try (Statement st = c.createStatement()) {
                        st.execute("SET memory_limit = '" + memoryLimit + "'");
                    }
                }
                if (layout != Layout.CLIENT) {
                    rewrite(
                            c,
                            layout,
                            db.resolveSibling(
                                    db.getFileName() + "." + layout.name().toLowerCase(Locale.ROOT)));
                }
                System.out.println(
                        switch (layout) {
                            case CLIENT -> "fact tables in client order (as one bulk import leaves them)";
                            case MONTH ->
                                "fact tables in months, clients in order within each (as a year of nightly"
                                        + " imports leaves them with the importer's monthly rewrite; contacts by date)";
                            case DATE ->
                                "fact tables in date order (as a year of nightly imports leaves them without"
                                        + " the importer's monthly rewrite)";
                        });
                printSizes(c);
                System.out.printf(Locale.ROOT, "load before: %s%n", load());
                baseline(c); // warm-up: both runs read from memory
                Map<String, Double> bare = baseline(c);
                LocalDate date = asOf != null
                        ? asOf
                        : IndicatorParameters.latestTradingDay(c).orElseThrow();
                double bareTotal =
                        bare.values().stream().mapToDouble(Double::doubleValue).sum();
                System.out.println("score from the fact tables:");
                forget(c, date);
                IndicatorRun full = new IndicatorRunner(FeeRates.DEFAULT, Rolling.OFF).run(c, date, progress());
                LocalDate previous = IndicatorParameters.resolve(c, date, FeeRates.DEFAULT)
                        .tradingDays()
                        .get(1);
                System.out.println("rolling states rebuilt for the trading day before (" + previous + "):");
                forget(c, previous);
                IndicatorRun rebuilt =
                        new IndicatorRunner(FeeRates.DEFAULT, Rolling.ALWAYS).run(c, previous, progress());
                System.out.println("nightly score, advancing those states:");
                forget(c, date);
                IndicatorRun nightly = new IndicatorRunner(FeeRates.DEFAULT, Rolling.NIGHTLY).run(c, date, progress());
                // the score run's second half, as `score` runs it: the models over the indicators, the profiles
                ScoreService.ProfilesWritten profiles = new ScoreService(ds).profiles(c, nightly.asOf(), 0);
                System.out.printf(
                        Locale.ROOT,
                        "  models             %5.2fs%n  profile write      %5.2fs%n",
                        profiles.scoring().toNanos() / 1e9,
                        profiles.writing().toNanos() / 1e9);
                System.out.println();
                bare.forEach((table, s) ->
                        System.out.printf(Locale.ROOT, "bare GROUP BY customer_id over %-12s %6.2fs%n", table, s));
                System.out.printf(Locale.ROOT, "bare passes, total:                        %6.2fs%n", bareTotal);
                report("score from the fact tables", full, bareTotal);
                report("rolling states rebuilt (" + paths(rebuilt) + ")", rebuilt, bareTotal);
                report("nightly score (" + paths(nightly) + ")", nightly, bareTotal);
                double whole = (nightly.elapsed().plus(profiles.scoring()).plus(profiles.writing())).toNanos() / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "whole nightly score run (indicators, then the models and the profile write, as `score` runs"
                                + " them), %,d clients: %.2fs, ratio to the bare passes %.1f (budget 6)%n"
                                + "  indicators %.2fs, models %.2fs (reading the indicators, scoring), profile write"
                                + " %.2fs%n",
                        profiles.rows(),
                        whole,
                        whole / bareTotal,
                        nightly.elapsed().toNanos() / 1e9,
                        profiles.scoring().toNanos() / 1e9,
                        profiles.writing().toNanos() / 1e9);
                clientReads(c);
                double write = writeAlone(c, date);
                System.out.printf(
                        Locale.ROOT,
                        "  of which no run can go below: inserting the date's %,d rows into customer_indicator once"
                                + " more, from a table holding them: %.2fs, ratio %.1f%n",
                        nightly.rows(),
                        write,
                        write / bareTotal);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "peak heap: %,.0f MB (max heap %,.0f MB); load after: %s%n",
                BenchImportCommand.peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6,
                load());
        return 0;
    }

    /**
     * Rewrites each fact table in the layout, once per store (the marker file records it). A year of nightly
     * imports appends each day after the one before; the importer's monthly rewrite then sorts each month's
     * rows by client (contacts, which staff write too, stay by date); a bulk import writes each client's rows
     * together. The layout decides which reads the zone maps can skip.
     */
    private static void rewrite(Connection c, Layout layout, Path marker) throws Exception {
        if (Files.exists(marker)) {
            return;
        }
        System.out.println("Rewriting the fact tables: " + layout.name().toLowerCase(Locale.ROOT) + " layout ...");
        try (Statement st = c.createStatement()) {
            for (Fact fact : FACTS) {
                String order = layout == Layout.MONTH && !fact.table().equals("contact")
                        ? "date_trunc('month', " + fact.date() + "), customer_id, " + fact.date()
                        : fact.date() + ", customer_id";
                st.execute("CREATE TEMPORARY TABLE reordered AS SELECT * FROM " + fact.table() + " ORDER BY " + order
                        + ", " + fact.rest());
                st.execute("DELETE FROM " + fact.table());
                st.execute("INSERT INTO " + fact.table() + " SELECT * FROM reordered");
                st.execute("DROP TABLE reordered");
            }
            st.execute("CHECKPOINT");
        }
        Files.writeString(marker, layout.name().toLowerCase(Locale.ROOT) + "\n");
    }

    /**
     * Times reading every row of one client from each fact table, as the 360 view does, averaged over
     * {@value #CLIENT_READS} clients spread over the store: the other side of the layout's trade.
     */
    private static void clientReads(Connection c) throws Exception {
        List<String> clients = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT customer_id FROM customer ORDER BY hash(customer_id) LIMIT " + CLIENT_READS)) {
            while (rs.next()) {
                clients.add(rs.getString(1));
            }
        }
        StringBuilder line = new StringBuilder(
                "one client's rows, as the 360 view reads them (mean of " + clients.size() + " clients):");
        for (String table : FACTS.stream().map(Fact::table).toList()) {
            long t0 = System.nanoTime();
            long rows = 0;
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?")) {
                for (String client : clients) {
                    ps.setString(1, client);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, clients.size());
            line.append(String.format(
                    Locale.ROOT, " %s %.1f ms (%,d rows)", table, ms, rows / Math.max(1, clients.size())));
        }
        System.out.println(line);
    }

    private static String paths(IndicatorRun run) {
        return "assets " + run.assets() + ", returns " + run.returns() + ", trades " + run.trades() + ", positions "
                + run.positions();
    }

    /**
     * Deletes the date's indicator rows, so that each timed run writes them as a new date's run does, and
     * checkpoints the store, so that no run pays for writing the previous one's changes to the file (a
     * rebuild writes tens of millions of ledger rows; a nightly run finds last night's run checkpointed).
     */
    private static void forget(Connection c, LocalDate date) throws Exception {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM customer_indicator WHERE as_of = DATE '" + date + "'");
            st.executeUpdate("DELETE FROM customer_profile WHERE as_of = DATE '" + date + "'");
            st.execute("CHECKPOINT");
        }
    }

    /**
     * Times the floor of every score run: the insert of the date's indicator rows (one row per client, one
     * column per indicator), copied from a temporary table under a date no run uses, then rolled back.
     */
    private static double writeAlone(Connection c, LocalDate date) throws Exception {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE bench_rows AS SELECT * FROM customer_indicator WHERE as_of = DATE '"
                    + date + "'");
            long t0 = System.nanoTime();
            st.executeUpdate("INSERT INTO customer_indicator SELECT * REPLACE (DATE '9999-12-31' AS as_of)"
                    + " FROM bench_rows");
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static void report(String label, IndicatorRun run, double bareTotal) {
        double score = run.elapsed().toNanos() / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s, %,d clients as of %s: %.2fs, ratio to the bare passes %.1f (budget 6)%n",
                label,
                run.rows(),
                run.asOf(),
                score,
                score / bareTotal);
        List<IndicatorRun.StepTime> slowest = run.slowestFirst();
        StringBuilder steps = new StringBuilder("  slowest steps:");
        for (IndicatorRun.StepTime step : slowest.subList(0, Math.min(5, slowest.size()))) {
            steps.append(String.format(
                    Locale.ROOT,
                    " %s %.2fs (%.0f%%)",
                    step.step(),
                    step.elapsed().toNanos() / 1e9,
                    100.0 * step.elapsed().toNanos() / run.elapsed().toNanos()));
        }
        System.out.println(steps);
    }

    private static Map<String, String> baseline() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put(
                "trade",
                "SELECT customer_id, COUNT(*) AS n, SUM(amount) AS a, SUM(commission) AS c,"
                        + " MAX(trade_date) AS d FROM trade GROUP BY customer_id");
        b.put(
                "daily_asset",
                "SELECT customer_id, COUNT(*) AS n, SUM(cash) AS a, SUM(market_value) AS m,"
                        + " SUM(margin_debt) AS d FROM daily_asset GROUP BY customer_id");
        b.put(
                "fund_flow",
                "SELECT customer_id, COUNT(*) AS n, SUM(amount) AS a, MAX(flow_date) AS d"
                        + " FROM fund_flow GROUP BY customer_id");
        b.put(
                "holding",
                "SELECT customer_id, COUNT(*) AS n, SUM(market_value) AS m, SUM(cost_amount) AS c"
                        + " FROM holding GROUP BY customer_id");
        b.put(
                "contact",
                "SELECT customer_id, COUNT(*) AS n, MAX(occurred_at) AS d FROM contact" + " GROUP BY customer_id");
        return b;
    }

    /** Times each bare pass, materialised into a temporary table as the indicator steps are. */
    private static Map<String, Double> baseline(Connection c) throws Exception {
        Map<String, Double> seconds = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (var e : BASELINE.entrySet()) {
                st.execute("DROP TABLE IF EXISTS bare_" + e.getKey());
                long t0 = System.nanoTime();
                st.execute("CREATE TEMPORARY TABLE bare_" + e.getKey() + " AS " + e.getValue());
                seconds.put(e.getKey(), (System.nanoTime() - t0) / 1e9);
                st.execute("DROP TABLE bare_" + e.getKey());
            }
        }
        return seconds;
    }

    private static void printSizes(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            StringBuilder line = new StringBuilder("rows:");
            for (String table : List.of("customer", "trade", "daily_asset", "fund_flow", "holding", "contact")) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    line.append(String.format(Locale.ROOT, " %s %,d", table, rs.getLong(1)));
                }
            }
            System.out.println(line);
        }
    }

    private static IndicatorListener progress() {
        return new IndicatorListener() {
            @Override
            public void stepFinished(String step, int index, int steps, Duration elapsed) {
                System.out.printf(Locale.ROOT, "  %-16s %6.2fs%n", step, elapsed.toNanos() / 1e9);
            }
        };
    }

    /** The machine's load averages (1, 5, 15 minutes), for reading timings on a shared machine. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "n/a";
        }
    }
}
