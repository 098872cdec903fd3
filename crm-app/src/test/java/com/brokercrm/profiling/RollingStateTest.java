package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.indicator.FeeRates;
import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.analytics.indicator.IndicatorRun;
import com.brokercrm.analytics.indicator.IndicatorRunner;
import com.brokercrm.analytics.indicator.IndicatorRunner.Rolling;
import com.brokercrm.analytics.indicator.StepPath;
import com.brokercrm.datagen.BrokerageGenerator;
import com.brokercrm.datagen.GenerationProgress;
import com.brokercrm.datagen.GeneratorOptions;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB's rolling states (assets; returns; trades; moves and positions): advanced day after day, they give every client the
 * indicators the run from the fact tables gives on the same day; a run that cannot trust one (a row added
 * back in time, a day skipped, the position replay starting from a later snapshot) rebuilds it, and a past
 * date leaves them alone.
 */
class RollingStateTest {

    @TempDir
    Path temp;

    @Test
    void theHandMadeBrokerageAdvancedDayByDayMatchesTheFactTables() throws Exception {
        IndicatorFixture fixture = new IndicatorFixture();
        try (HikariDataSource store = TestStore.duckDb(temp.resolve("fixture"))) {
            fixture.load(store);
            // the last 20 trading days: client C3's rows stop 15 days before the end, so it leaves the
            // short window on the way
            List<String> differences = advanceAndCompare(store, tradingDays(store, fixture.lastDay(), 20));
            assertThat(differences).isEmpty();
        }
    }

    @Test
    void aGeneratedBrokerageAdvancedDayByDayMatchesTheFactTablesAndRebuildsWhenTheDataChanges() throws Exception {
        Path input = temp.resolve("generated");
        // two years, so that the longest window slides: rows leave the ledger and a client's first row
        // loses its return
        new BrokerageGenerator().generate(GeneratorOptions.of(300, 2, 11, input), GenerationProgress.NONE);
        try (HikariDataSource store = TestStore.duckDb(temp.resolve("store"))) {
            new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
            LocalDate last;
            try (Connection c = store.getConnection()) {
                last = IndicatorParameters.latestTradingDay(c).orElseThrow();
            }
            List<LocalDate> days = tradingDays(store, last, 12);
            List<LocalDate> before = tradingDays(store, days.getFirst(), 251).reversed();
            try (Connection c = store.getConnection();
                    Statement st = c.createStatement()) {
                // a gap: a client without asset rows for the five trading days after the first day's
                // longest-window base, so that on the next day its first row is one whose previous row left
                st.executeUpdate(
                        "DELETE FROM daily_asset WHERE as_of > DATE '" + before.get(250) + "' AND as_of < DATE '"
                                + before.get(244) + "' AND customer_id = (SELECT MIN(customer_id) FROM daily_asset"
                                + " WHERE as_of = DATE '" + before.get(250) + "')");
                // wild returns (300% and more in a day): one in the state from the start, one arriving later
                st.executeUpdate(wild(before.get(5), "MIN"));
                st.executeUpdate(wild(days.get(3), "MAX"));
            }
            assertThat(advanceAndCompare(store, days.subList(0, 8))).isEmpty();

            // a flow and a trade added back in time: the states that read them no longer match the data and
            // are rebuilt
            try (Connection c = store.getConnection();
                    Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO trade SELECT * REPLACE ('LATE-T1' AS trade_id) FROM trade"
                        + " WHERE trade_date = DATE '" + days.get(3) + "' ORDER BY trade_id LIMIT 1");
                st.executeUpdate("INSERT INTO fund_flow (flow_id, customer_id, flow_date, direction, amount, kind)"
                        + " SELECT 'LATE-1', customer_id, DATE '" + days.get(3) + "', 'IN', 5000, 'BANK_TRANSFER'"
                        + " FROM daily_asset WHERE as_of = DATE '" + days.get(7) + "' ORDER BY customer_id LIMIT 1");
            }
            IndicatorRun late = run(store, days.get(8), Rolling.ALWAYS);
            assertThat(List.of(late.returns(), late.trades(), late.positions())).containsOnly(StepPath.REBUILT);
            assertThat(late.assets()).as("the asset rows did not change").isEqualTo(StepPath.ADVANCED);
            assertThat(compare(store, days.get(8))).isEmpty();
            assertThat(advanceAndCompare(store, days.subList(8, 10))).isEmpty();

            // a past date is computed from the fact tables and leaves the state alone
            IndicatorRun past = run(store, days.get(2), Rolling.NIGHTLY);
            assertThat(List.of(past.assets(), past.returns(), past.trades(), past.positions()))
                    .containsOnly(StepPath.FULL);
            // a skipped day: the states are two days old, and tonight's run (the latest trading day) rebuilds them
            IndicatorRun tonight = run(store, days.get(11), Rolling.NIGHTLY);
            assertThat(List.of(tonight.assets(), tonight.returns(), tonight.trades(), tonight.positions()))
                    .containsOnly(StepPath.REBUILT);
            assertThat(compare(store, days.get(11))).isEmpty();
            // the day before tonight is a past date too now
            IndicatorRun yesterday = run(store, days.get(10), Rolling.NIGHTLY);
            assertThat(List.of(yesterday.assets(), yesterday.returns(), yesterday.trades(), yesterday.positions()))
                    .containsOnly(StepPath.FULL);
        }
    }

    /** Ten million more cash on one day for the first or last client with a row that day and the day before. */
    private static String wild(LocalDate day, String which) {
        return "UPDATE daily_asset SET cash = cash + 10000000 WHERE as_of = DATE '" + day + "' AND customer_id ="
                + " (SELECT " + which + "(customer_id) FROM daily_asset WHERE as_of = DATE '" + day + "')";
    }

    /** Rebuilds the state on the first day, advances it through the others; differences from the facts. */
    private static List<String> advanceAndCompare(HikariDataSource store, List<LocalDate> days) throws Exception {
        List<String> differences = new ArrayList<>();
        Optional<LocalDate> replayedFrom = Optional.empty();
        for (int i = 0; i < days.size(); i++) {
            IndicatorRun run = run(store, days.get(i), Rolling.ALWAYS);
            assertThat(List.of(run.assets(), run.returns(), run.trades()))
                    .as("assets, returns and trades as of %s", days.get(i))
                    .containsOnly(i == 0 ? StepPath.REBUILT : StepPath.ADVANCED);
            // the replay restarts from a later snapshot when the longest window slides past a month end
            Optional<LocalDate> replay = replayDate(store, days.get(i));
            assertThat(run.positions())
                    .as("positions as of %s", days.get(i))
                    .isEqualTo(i == 0 || !replay.equals(replayedFrom) ? StepPath.REBUILT : StepPath.ADVANCED);
            replayedFrom = replay;
            differences.addAll(compare(store, days.get(i)));
        }
        return differences;
    }

    /** The rows the last run wrote for the date against a run from the fact tables (state untouched). */
    private static List<String> compare(HikariDataSource store, LocalDate day) throws Exception {
        Map<String, Map<String, Object>> rolled = read(store, day);
        IndicatorRun fromFacts = run(store, day, Rolling.OFF);
        assertThat(List.of(fromFacts.assets(), fromFacts.returns(), fromFacts.trades(), fromFacts.positions()))
                .containsOnly(StepPath.FULL);
        Map<String, Map<String, Object>> full = read(store, day);
        assertThat(rolled.keySet()).isEqualTo(full.keySet());
        List<String> differences = new ArrayList<>();
        full.forEach((id, values) ->
                differences.addAll(IndicatorComparison.differences(id + " as of " + day, values, rolled.get(id))));
        return differences;
    }

    private static Optional<LocalDate> replayDate(HikariDataSource store, LocalDate day) throws SQLException {
        try (Connection c = store.getConnection()) {
            return IndicatorParameters.resolve(c, day, FeeRates.DEFAULT).replayDate();
        }
    }

    /** The trading days up to the date, oldest first. */
    private static List<LocalDate> tradingDays(HikariDataSource store, LocalDate last, int count) throws SQLException {
        try (Connection c = store.getConnection()) {
            List<LocalDate> days = new ArrayList<>(IndicatorParameters.resolve(c, last, FeeRates.DEFAULT)
                    .tradingDays()
                    .subList(0, count));
            java.util.Collections.reverse(days);
            return days;
        }
    }

    private static IndicatorRun run(HikariDataSource store, LocalDate day, Rolling rolling) throws SQLException {
        try (Connection c = store.getConnection()) {
            return new IndicatorRunner(FeeRates.DEFAULT, rolling).run(c, day, IndicatorListener.NONE);
        }
    }

    private static Map<String, Map<String, Object>> read(HikariDataSource store, LocalDate day) throws SQLException {
        return IndicatorRows.byClient(store, day);
    }
}
