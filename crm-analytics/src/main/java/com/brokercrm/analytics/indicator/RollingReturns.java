package com.brokercrm.analytics.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DuckDB: the returns step from a state carried from one nightly score run to the next (docs/indicators.md,
 * "Rolling state"), instead of sorting a year of asset rows at every run.
 *
 * <p>The state ({@code rolling_returns_ledger}, {@code rolling_returns_state}, migration V14) is saved for
 * the run's date in the run's transaction. A later run for the next trading day <em>advances</em> it: the
 * day's rows in, the rows leaving each window out, a drawdown recomputed only for the clients whose trough,
 * peak or window top left the window ({@code sql/duckdb/rolling/returns_advance.sql}). It does so only when
 * the data the state was computed from is unchanged ({@link RollingWatermark}: asset rows and flows).
 * Otherwise the run <em>rebuilds</em> the state from the fact tables. The result equals {@code returns.sql}'s
 * (to about 1e-13: sums taken another way); the tests hold both equal over a run of consecutive days.
 */
final class RollingReturns {

    static final String STEP = "returns";

    static final RollingWatermark.Watch WATCH = new RollingWatermark.Watch(
            STEP,
            List.of(
                    new RollingWatermark.Source("daily_asset", "as_of"),
                    new RollingWatermark.Source("fund_flow", "flow_date")),
            false);

    private RollingReturns() {}

    /**
     * Leaves the step's result in the temporary table {@code ind_returns} and saves the state for the run's
     * date, advancing the saved one or rebuilding it.
     */
    static StepPath run(Connection connection, IndicatorParameters parameters, boolean advance, SourceCounts counts)
            throws SQLException {
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
            RollingSql.execute(st, advance ? "returns_advance" : "returns_rebuild", literals);
            for (int w : IndicatorCatalogue.WINDOWS) {
                RollingSql.execute(st, "returns_drawdowns", Map.of("{v}", Integer.toString(w)), literals);
            }
            st.execute("DROP TABLE IF EXISTS ind_returns");
            RollingSql.execute(st, "returns_save", literals);
            for (String table : List.of("roll_day", "roll_nulled", "roll_leaving", "roll_next", "roll_targets")) {
                st.execute("DROP TABLE IF EXISTS " + table);
            }
            for (int w : IndicatorCatalogue.WINDOWS) {
                st.execute("DROP TABLE IF EXISTS roll_redone_" + w);
            }
        }
        WATCH.save(connection, parameters, counts);
        return advance ? StepPath.ADVANCED : StepPath.REBUILT;
    }
}
