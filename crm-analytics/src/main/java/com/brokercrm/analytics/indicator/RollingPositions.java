package com.brokercrm.analytics.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * DuckDB: the moves and positions steps (realised P&amp;L and the disposition effect) from a state carried
 * from one nightly score run to the next (docs/indicators.md, "Rolling state"), instead of replaying a year
 * of trades at every run.
 *
 * <p>The state is each position's replay state ({@code rolling_positions}) and each client's sell days
 * ({@code rolling_sell_days}), saved for the run's date in the run's transaction. A run for the next trading
 * day advances it with the day's trades ({@code sql/duckdb/rolling/positions_advance.sql}) when the data it
 * was computed from is unchanged (trades, position snapshots, prices: {@link RollingWatermark}) and the
 * replay still starts from the same snapshot (it moves to a later month-end snapshot as the longest window
 * slides past one: then, about once a month, the state is rebuilt). The result equals {@code moves.sql}
 * followed by {@code positions.sql}. A rebuild reads the moves step's result ({@code ind_moves}); an advance
 * skips that step.
 */
final class RollingPositions {

    static final String STEP = "positions";

    static final RollingWatermark.Watch WATCH = new RollingWatermark.Watch(
            STEP,
            List.of(
                    new RollingWatermark.Source("trade", "trade_date"),
                    new RollingWatermark.Source("holding", "as_of"),
                    new RollingWatermark.Source("price_daily", "trade_date")),
            true);

    private RollingPositions() {}

    /**
     * Leaves the step's result in the temporary view {@code ind_positions} and saves the state for the
     * run's date, advancing the saved one or rebuilding it.
     */
    static StepPath run(Connection connection, IndicatorParameters parameters, boolean advance, SourceCounts counts)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            RollingSql.execute(st, advance ? "positions_advance" : "positions_rebuild", parameters.literals());
            IndicatorRunner.dropResult(st, "ind_positions");
            RollingSql.execute(st, "positions_save", parameters.literals());
        }
        WATCH.save(connection, parameters, counts);
        return advance ? StepPath.ADVANCED : StepPath.REBUILT;
    }
}
