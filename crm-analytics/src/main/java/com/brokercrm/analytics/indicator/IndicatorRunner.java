package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.engine.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes every indicator of the catalogue for all clients as of one date into {@code customer_indicator}.
 *
 * <p>Each SQL group ({@code sql/<group>.sql}: mostly one aggregate pass over one fact table, grouped by
 * client) lands in a temporary table {@code ind_<group>}, which later groups may read; {@code sql/customer_indicator.sql} joins them into the
 * indicators. A date not yet scored (tonight's run) gets the joined rows inserted straight into the table.
 * A date scored before has its rows replaced in the same transaction as the computation (clients already
 * scored are updated in place, new ones inserted, those no longer scored deleted), so readers see the old
 * rows until the commit, and a failed or killed run leaves them. (Deleting and re-inserting the
 * date's rows instead made DuckDB's commit check 200,000 primary keys deleted and re-inserted: 15-19 s
 * against about 2 s for the update, measured at 200,000 clients.)
 * The SQL is the common dialect of DuckDB and PostgreSQL, except where an engine has its own variant of
 * a step ({@link SqlTemplate#load(String, Engine)}: DuckDB computes the returns from ordered lists).
 *
 * <p>On DuckDB the assets, returns, trades and positions steps can also come from rolling states carried
 * from one nightly run to the next ({@link RollingAssets}, {@link RollingReturns}, {@link RollingTrades},
 * {@link RollingPositions}, chosen by {@link Rolling}); {@link IndicatorRun} says which way each came.
 */
public final class IndicatorRunner {

    /** The SQL groups, in run order. */
    public static final List<String> GROUPS = List.of(
            "assets", "returns", "flows", "trades", "earlier_trades", "moves", "positions", "holdings", "contacts");

    static final String WRITE_STEP = "write";

    /**
     * When a run on DuckDB computes the assets, returns, trades and positions (with the moves) steps from
     * rolling states ({@link RollingAssets}, {@link RollingReturns}, {@link RollingTrades},
     * {@link RollingPositions}).
     */
    public enum Rolling {
        /** Never: always from the fact tables, leaving any saved state alone. */
        OFF,
        /**
         * Advance the state saved for the previous trading day when it can be trusted; otherwise rebuild it
         * when the run is for the latest trading day in the data (tonight's run) and compute a past date from
         * the fact tables, leaving the state alone.
         */
        NIGHTLY,
        /** Advance the saved state when it can be trusted, otherwise rebuild it, whatever the date. */
        ALWAYS
    }

    private final FeeRates fees;
    private final Rolling rolling;

    public IndicatorRunner() {
        this(FeeRates.DEFAULT, Rolling.NIGHTLY);
    }

    public IndicatorRunner(FeeRates fees) {
        this(fees, Rolling.NIGHTLY);
    }

    public IndicatorRunner(FeeRates fees, Rolling rolling) {
        this.fees = fees;
        this.rolling = rolling;
    }

    /** Resolves the as-of date (latest trading day on or before {@code requested}) and runs. */
    public IndicatorRun run(Connection connection, LocalDate requested, IndicatorListener listener)
            throws SQLException {
        return run(connection, IndicatorParameters.resolve(connection, requested, fees), listener);
    }

    public IndicatorRun run(Connection connection, IndicatorParameters parameters, IndicatorListener listener)
            throws SQLException {
        long start = System.nanoTime();
        Map<String, String> literals = parameters.literals();
        int steps = GROUPS.size() + 1;
        List<IndicatorRun.StepTime> times = new ArrayList<>();
        Engine engine = Engine.of(connection);
        boolean analyze = engine == Engine.POSTGRESQL;
        SourceCounts counts = SourceCounts.of(parameters);
        StepPath returns = rollingPath(connection, engine, parameters, counts, RollingReturns.WATCH);
        StepPath positions = rollingPath(connection, engine, parameters, counts, RollingPositions.WATCH);
        StepPath trades = rollingPath(connection, engine, parameters, counts, RollingTrades.WATCH);
        StepPath assets = rollingPath(connection, engine, parameters, counts, RollingAssets.WATCH);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long rows;
        try (Statement st = connection.createStatement()) {
            for (int i = 0; i < GROUPS.size(); i++) {
                String group = GROUPS.get(i);
                listener.stepStarted(group, i, steps);
                long t0 = System.nanoTime();
                if (group.equals(RollingAssets.STEP) && assets != StepPath.FULL) {
                    RollingAssets.run(connection, parameters, assets == StepPath.ADVANCED, counts);
                } else if (group.equals(RollingReturns.STEP) && returns != StepPath.FULL) {
                    RollingReturns.run(connection, parameters, returns == StepPath.ADVANCED, counts);
                } else if (group.equals(RollingTrades.STEP) && trades != StepPath.FULL) {
                    RollingTrades.run(connection, parameters, trades == StepPath.ADVANCED, counts);
                } else if (group.equals(RollingPositions.STEP) && positions != StepPath.FULL) {
                    RollingPositions.run(connection, parameters, positions == StepPath.ADVANCED, counts);
                } else if (group.equals("moves") && positions == StepPath.ADVANCED) {
                    // advancing, the rolling positions replay the day's moves themselves
                    dropResult(st, "ind_moves");
                } else {
                    dropResult(st, "ind_" + group);
                    st.execute("CREATE TEMPORARY TABLE ind_" + group + " AS " + sql(group, engine, literals));
                }
                if (analyze) {
                    // PostgreSQL plans the later steps' joins from statistics, which temporary tables
                    // only get when asked for
                    st.execute("ANALYZE ind_" + group);
                }
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                times.add(new IndicatorRun.StepTime(group, took));
                listener.stepFinished(group, i, steps, took);
            }
            listener.stepStarted(WRITE_STEP, steps - 1, steps);
            long t0 = System.nanoTime();
            String computed = sql("customer_indicator", engine, literals);
            if (scored(st, literals.get("as_of"))) {
                st.execute("DROP TABLE IF EXISTS ind_computed");
                st.execute("CREATE TEMPORARY TABLE ind_computed AS " + computed);
                rows = st.executeUpdate(updateSql()) + st.executeUpdate(insertNewSql());
                st.executeUpdate("DELETE FROM customer_indicator WHERE as_of = " + literals.get("as_of")
                        + " AND customer_id NOT IN (SELECT customer_id FROM ind_computed)");
                st.execute("DROP TABLE ind_computed");
            } else {
                // a new date (tonight's run): the joined rows go straight into the table
                rows = st.executeUpdate(insertSql("(" + computed + ")"));
            }
            for (String group : GROUPS) {
                dropResult(st, "ind_" + group);
            }
            connection.commit();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            times.add(new IndicatorRun.StepTime(WRITE_STEP, took));
            listener.stepFinished(WRITE_STEP, steps - 1, steps, took);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new IndicatorRun(
                parameters.asOf(),
                rows,
                List.copyOf(times),
                Duration.ofNanos(System.nanoTime() - start),
                assets,
                returns,
                trades,
                positions);
    }

    /** How this run computes a step that has a rolling state (see {@link Rolling}). */
    private StepPath rollingPath(
            Connection connection,
            Engine engine,
            IndicatorParameters parameters,
            SourceCounts counts,
            RollingWatermark.Watch watch)
            throws SQLException {
        if (engine != Engine.DUCKDB || rolling == Rolling.OFF) {
            return StepPath.FULL;
        }
        if (watch.canAdvance(connection, parameters, counts)) {
            return StepPath.ADVANCED;
        }
        boolean tonight = IndicatorParameters.latestTradingDay(connection)
                .map(parameters.asOf()::equals)
                .orElse(false);
        return rolling == Rolling.ALWAYS || tonight ? StepPath.REBUILT : StepPath.FULL;
    }

    /**
     * Drops a step's result, a temporary table or, where a rolling step's saved state is its result, a
     * temporary view over that state; nothing if there is none.
     */
    static void dropResult(Statement st, String name) throws SQLException {
        boolean view;
        try (ResultSet rs = st.executeQuery(
                "SELECT 1 FROM information_schema.tables WHERE table_type = 'VIEW' AND table_name = '" + name + "'")) {
            view = rs.next();
        }
        st.execute((view ? "DROP VIEW " : "DROP TABLE IF EXISTS ") + name);
    }

    /** The SELECT of one group on one engine, ready to run. */
    static String sql(String group, Engine engine, Map<String, String> literals) {
        return SqlTemplate.bind(
                SqlTemplate.expand(SqlTemplate.load(group, engine), IndicatorCatalogue.WINDOWS), literals);
    }

    /** Updates the rows of clients already scored on the date (ind_computed holds the new values). */
    static String updateSql() {
        StringBuilder set = new StringBuilder();
        for (String column : IndicatorCatalogue.get().columns()) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = n.").append(column);
        }
        return "UPDATE customer_indicator SET " + set + " FROM ind_computed n"
                + " WHERE customer_indicator.as_of = n.as_of AND customer_indicator.customer_id = n.customer_id";
    }

    /** Whether the date already has indicator rows (a re-run), which the run then replaces in place. */
    private static boolean scored(Statement st, String asOf) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM customer_indicator WHERE as_of = " + asOf + " LIMIT 1")) {
            return rs.next();
        }
    }

    /** Inserts every row of {@code source} (a table or a parenthesised query), column by column. */
    static String insertSql(String source) {
        return "INSERT INTO customer_indicator (" + columnList() + ") SELECT " + columnList() + " FROM " + source
                + " n";
    }

    /** Inserts the rows of clients not yet scored on the date (ind_computed holds the new values). */
    static String insertNewSql() {
        return insertSql("ind_computed") + " WHERE NOT EXISTS (SELECT 1 FROM customer_indicator i"
                + " WHERE i.as_of = n.as_of AND i.customer_id = n.customer_id)";
    }

    private static String columnList() {
        List<String> columns = new ArrayList<>();
        columns.add("customer_id");
        columns.add("as_of");
        columns.addAll(IndicatorCatalogue.get().columns());
        return String.join(", ", columns);
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
