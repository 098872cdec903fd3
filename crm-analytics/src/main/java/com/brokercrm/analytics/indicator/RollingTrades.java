package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.engine.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * DuckDB: the trades step from each client's window sums carried from one nightly score run to the next
 * (docs/indicators.md, "Rolling state"), instead of summing a year of trades at every run.
 *
 * <p>The state ({@code rolling_trade_sums}) is the step's own result, saved for the run's date in the run's
 * transaction: a rebuild stores what {@code trades.sql} gives; the next trading day's run adds the day's
 * trades and takes away the trades of the days before each window's new start
 * ({@code sql/duckdb/rolling/trades_advance.sql}), when the trades, prices and securities it was computed
 * from are unchanged ({@link RollingWatermark}).
 */
final class RollingTrades {

    static final String STEP = "trades";

    static final RollingWatermark.Watch WATCH = new RollingWatermark.Watch(
            STEP,
            List.of(
                    new RollingWatermark.Source("trade", "trade_date"),
                    new RollingWatermark.Source("price_daily", "trade_date"),
                    new RollingWatermark.Source("security", null)),
            false);

    private RollingTrades() {}

    /** Leaves the step's result in {@code ind_trades} (a view of the saved sums) and saves the sums for the run's date. */
    static StepPath run(Connection connection, IndicatorParameters parameters, boolean advance, SourceCounts counts)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (advance) {
                RollingSql.execute(st, "trades_advance", parameters.literals());
            } else {
                st.execute("CREATE OR REPLACE TABLE rolling_trade_sums AS "
                        + IndicatorRunner.sql(STEP, Engine.DUCKDB, parameters.literals()));
            }
            IndicatorRunner.dropResult(st, "ind_trades");
            // the sums are the step's result: the run reads them where they are saved
            st.execute("CREATE TEMPORARY VIEW ind_trades AS SELECT * FROM rolling_trade_sums");
        }
        WATCH.save(connection, parameters, counts);
        return advance ? StepPath.ADVANCED : StepPath.REBUILT;
    }
}
