package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.engine.Engine;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DuckDB: the returns step from a state carried from one nightly score run to the next (docs/indicators.md,
 * "Rolling state"), instead of sorting a year of asset rows at every run.
 *
 * <p>The state ({@code rolling_returns_ledger}, {@code rolling_returns_state}, migration V14) is saved for
 * the run's date in the run's transaction. A later run for the next trading day <em>advances</em> it: the
 * day's rows in, the rows leaving each window out, a drawdown recomputed only for the clients whose trough,
 * peak or window top left the window ({@code sql/duckdb/rolling/returns_advance.sql}). It does so only when
 * the data the state was computed from is unchanged: no import since then replaced an asset or flow row,
 * and as many asset and flow rows are dated on or before the state's date as then. Otherwise the run
 * <em>rebuilds</em> the state from the fact tables. The result equals {@code returns.sql}'s (to about 1e-15:
 * sums taken in another order); the tests hold both equal over a run of consecutive days.
 */
final class RollingReturns {

    static final String STEP = "returns";

    private RollingReturns() {}

    /** What the run's data looked like when a state was saved (or looks like now). */
    record Watermark(LocalDate asOf, long lastImportRun, long assetRows, long flowRows) {

        static Watermark of(Connection connection, LocalDate asOf) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("""
                    SELECT (SELECT COALESCE(MAX(run_id), 0) FROM import_run),
                           (SELECT COUNT(*) FROM daily_asset WHERE as_of <= ?),
                           (SELECT COUNT(*) FROM fund_flow WHERE flow_date <= ?)
                    """)) {
                st.setDate(1, Date.valueOf(asOf));
                st.setDate(2, Date.valueOf(asOf));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Watermark(asOf, rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
            }
        }

        static Optional<Watermark> saved(Connection connection) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT as_of, last_import_run, asset_rows, flow_rows FROM rolling_state WHERE step = ?")) {
                st.setString(1, STEP);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(
                            new Watermark(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }

        void save(Connection connection) throws SQLException {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rolling_state WHERE step = ?");
                    PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO rolling_state (step, as_of, saved_at, last_import_run, asset_rows, flow_rows)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """)) {
                delete.setString(1, STEP);
                delete.executeUpdate();
                insert.setString(1, STEP);
                insert.setDate(2, Date.valueOf(asOf));
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setLong(4, lastImportRun);
                insert.setLong(5, assetRows);
                insert.setLong(6, flowRows);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Whether the state saved can be advanced to the run's date: it is for the trading day before, no
     * import since replaced an asset or flow row or added one dated on or before that day, and no asset
     * row falls between the two days.
     */
    static boolean canAdvance(Connection connection, IndicatorParameters parameters) throws SQLException {
        List<LocalDate> days = parameters.tradingDays();
        Optional<Watermark> saved = Watermark.saved(connection);
        if (days.size() < 2 || saved.isEmpty() || !saved.get().asOf().equals(days.get(1))) {
            return false;
        }
        Watermark then = saved.get();
        Watermark now = Watermark.of(connection, then.asOf());
        if (now.assetRows() != then.assetRows() || now.flowRows() != then.flowRows()) {
            return false;
        }
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT (SELECT COUNT(*) FROM import_run
                        WHERE run_id > ? AND rows_replaced > 0 AND table_name IN ('daily_asset', 'fund_flow')),
                       (SELECT COUNT(*) FROM daily_asset WHERE as_of > ? AND as_of < ?)
                """)) {
            st.setLong(1, then.lastImportRun());
            st.setDate(2, Date.valueOf(then.asOf()));
            st.setDate(3, Date.valueOf(parameters.asOf()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0 && rs.getLong(2) == 0;
            }
        }
    }

    /**
     * Leaves the step's result in the temporary table {@code ind_returns} and saves the state for the run's
     * date, advancing the saved one or rebuilding it.
     */
    static StepPath run(Connection connection, IndicatorParameters parameters, boolean advance) throws SQLException {
        Map<String, String> literals = new HashMap<>(parameters.literals());
        if (advance) {
            List<LocalDate> days = parameters.tradingDays();
            IndicatorParameters prior = new IndicatorParameters(
                    days.get(1),
                    days.subList(1, days.size()),
                    parameters.holdingDate(),
                    parameters.replayDate(),
                    parameters.fees());
            for (int w : IndicatorCatalogue.WINDOWS) {
                literals.put("prior_base_" + w, prior.literals().get("base_" + w));
            }
        }
        try (Statement st = connection.createStatement()) {
            execute(st, advance ? "returns_advance" : "returns_rebuild", literals);
            for (int w : IndicatorCatalogue.WINDOWS) {
                execute(st, "returns_drawdowns", Map.of("{v}", Integer.toString(w)), literals);
            }
            st.execute("DROP TABLE IF EXISTS ind_returns");
            execute(st, "returns_save", literals);
            for (String table : List.of("roll_day", "roll_nulled", "roll_leaving", "roll_next", "roll_targets")) {
                st.execute("DROP TABLE IF EXISTS " + table);
            }
            for (int w : IndicatorCatalogue.WINDOWS) {
                st.execute("DROP TABLE IF EXISTS roll_redone_" + w);
            }
        }
        Watermark.of(connection, parameters.asOf()).save(connection);
        return advance ? StepPath.ADVANCED : StepPath.REBUILT;
    }

    private static void execute(Statement st, String file, Map<String, String> literals) throws SQLException {
        execute(st, file, Map.of(), literals);
    }

    /** Runs the statements of a file, each {@code {v}} first replaced by the window it is run for. */
    private static void execute(Statement st, String file, Map<String, String> window, Map<String, String> literals)
            throws SQLException {
        String text = SqlTemplate.load("rolling/" + file, Engine.DUCKDB);
        for (Map.Entry<String, String> e : window.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        String sql = SqlTemplate.bind(SqlTemplate.expand(text, IndicatorCatalogue.WINDOWS), literals);
        for (String statement : sql.split(";\\s*\n")) {
            if (!statement.isBlank()) {
                st.execute(statement);
            }
        }
    }
}
