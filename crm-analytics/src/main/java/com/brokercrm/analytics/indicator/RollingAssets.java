package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.engine.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * DuckDB: the assets step from each client's window sums carried from one nightly score run to the next
 * (docs/indicators.md, "Rolling state"), instead of summing a year of asset rows at every run. The state
 * ({@code rolling_asset_sums}) holds per window the asset days and the sums of cash, market value and
 * margin debt; the single days the step reads (the as-of date, the snapshot date, the base days) are read
 * directly. Advanced when the asset rows it was computed from are unchanged ({@link RollingWatermark}).
 */
final class RollingAssets {

    static final String STEP = "assets";

    static final RollingWatermark.Watch WATCH =
            new RollingWatermark.Watch(STEP, List.of(new RollingWatermark.Source("daily_asset", "as_of")), false);

    private RollingAssets() {}

    /** Leaves the step's result in {@code ind_assets} and saves the sums for the run's date. */
    static StepPath run(Connection connection, IndicatorParameters parameters, boolean advance, SourceCounts counts)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS ind_assets");
            if (advance) {
                RollingSql.execute(st, "assets_advance", parameters.literals());
                RollingSql.execute(st, "assets_save", parameters.literals());
            } else {
                st.execute("CREATE TEMPORARY TABLE ind_assets AS "
                        + IndicatorRunner.sql(STEP, Engine.DUCKDB, parameters.literals()));
                RollingSql.execute(st, "assets_rebuild", parameters.literals());
            }
        }
        WATCH.save(connection, parameters, counts);
        return advance ? StepPath.ADVANCED : StepPath.REBUILT;
    }
}
