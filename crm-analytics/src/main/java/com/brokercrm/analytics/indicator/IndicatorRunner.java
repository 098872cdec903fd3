package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.engine.Engine;
import java.sql.Connection;
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
 * indicators. The date's previous rows are deleted and the new ones inserted in the same transaction as
 * the computation, so readers see the old rows until the commit, and a failed or killed run leaves them.
 * The SQL is the common dialect of DuckDB and PostgreSQL.
 */
public final class IndicatorRunner {

    /** The SQL groups, in run order. */
    public static final List<String> GROUPS = List.of(
            "assets", "returns", "flows", "trades", "earlier_trades", "moves", "positions", "holdings", "contacts");

    static final String WRITE_STEP = "write";

    private final FeeRates fees;

    public IndicatorRunner() {
        this(FeeRates.DEFAULT);
    }

    public IndicatorRunner(FeeRates fees) {
        this.fees = fees;
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
        boolean analyze = Engine.of(connection) == Engine.POSTGRESQL;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long rows;
        try (Statement st = connection.createStatement()) {
            for (int i = 0; i < GROUPS.size(); i++) {
                String group = GROUPS.get(i);
                listener.stepStarted(group, i, steps);
                long t0 = System.nanoTime();
                st.execute("DROP TABLE IF EXISTS ind_" + group);
                st.execute("CREATE TEMPORARY TABLE ind_" + group + " AS " + sql(group, literals));
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
            st.execute("DELETE FROM customer_indicator WHERE as_of = " + literals.get("as_of"));
            rows = st.executeUpdate(insertSql(literals));
            for (String group : GROUPS) {
                st.execute("DROP TABLE IF EXISTS ind_" + group);
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
                parameters.asOf(), rows, List.copyOf(times), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The SELECT of one group, ready to run. */
    static String sql(String group, Map<String, String> literals) {
        return SqlTemplate.bind(SqlTemplate.expand(SqlTemplate.load(group), IndicatorCatalogue.WINDOWS), literals);
    }

    /** The INSERT of the final step: the catalogue's columns, by name, from customer_indicator.sql. */
    static String insertSql(Map<String, String> literals) {
        List<String> columns = new ArrayList<>();
        columns.add("customer_id");
        columns.add("as_of");
        columns.addAll(IndicatorCatalogue.get().columns());
        String list = String.join(", ", columns);
        return "INSERT INTO customer_indicator (" + list + ") SELECT " + list + " FROM ("
                + sql("customer_indicator", literals) + ") AS computed";
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
