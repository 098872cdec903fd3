package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.brokercrm.analytics.indicator.IndicatorCatalogue;
import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorRun;
import com.brokercrm.analytics.indicator.IndicatorRunner;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The indicator SQL on a small hand-made brokerage ({@link IndicatorFixture}): every indicator of every
 * client equals its plain Java recomputation ({@link IndicatorOracle}) to the cent (exact for money sums
 * and counts, 1e-9 relative for ratios), on each engine (one subclass per engine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IndicatorContractTest {

    final IndicatorFixture fixture = new IndicatorFixture();
    HikariDataSource store;

    abstract HikariDataSource createStore();

    @BeforeAll
    void load() throws SQLException {
        store = createStore();
        fixture.load(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void everyIndicatorEqualsItsPlainJavaRecomputation() throws SQLException {
        // the end; a day inside a month (holdings from the previous month end); Saturday after it (the
        // Friday is used); early days where every window is cut short by the start of the data
        LocalDate lastDay = fixture.lastDay();
        List<LocalDate> dates =
                List.of(lastDay, fixture.day(-37), fixture.day(-37).plusDays(1), fixture.day(-283));
        for (LocalDate requested : dates) {
            IndicatorOracle oracle = new IndicatorOracle(fixture, requested);
            IndicatorRun run = run(requested);
            assertThat(run.asOf()).isEqualTo(oracle.asOf());
            Map<String, Map<String, Object>> expected = oracle.expected();
            Map<String, Map<String, Object>> actual = read(oracle.asOf());
            assertThat(actual.keySet()).as("clients scored as of " + requested).isEqualTo(expected.keySet());
            assertThat(run.rows()).isEqualTo(expected.size());
            List<String> differences = new ArrayList<>();
            expected.forEach((id, values) -> differences.addAll(
                    IndicatorComparison.differences(id + " as of " + oracle.asOf(), values, actual.get(id))));
            assertThat(differences).isEmpty();
        }
    }

    @Test
    void theFixtureReachesEveryBranchOfTheDefinitions() throws SQLException {
        LocalDate asOf = fixture.lastDay();
        run(asOf);
        Map<String, Map<String, Object>> rows = read(asOf);
        Map<String, Object> c1 = rows.get("C1");
        Map<String, Object> c2 = rows.get("C2");
        Map<String, Object> c3 = rows.get("C3");
        Map<String, Object> c4 = rows.get("C4");
        assertThat((Integer) c1.get("trading_days_250")).isGreaterThan(30);
        assertThat((Double) c1.get("pgr_250")).isNotNull();
        assertThat((Double) c1.get("plr_250")).isNotNull();
        assertThat((Double) c1.get("realised_pnl_250")).isNotNull();
        assertThat((Double) c1.get("momentum_buy_share_250")).isBetween(0.01, 0.99);
        assertThat((Double) c1.get("star_trade_share_250")).isPositive();
        assertThat((Double) c1.get("etf_trade_share_250")).isPositive();
        assertThat((Double) c1.get("product_trade_share_250")).isPositive();
        assertThat((Double) c1.get("max_drawdown_250")).isPositive();
        assertThat((Integer) c1.get("wechat_contacts_20")).isPositive();
        assertThat((Double) c2.get("leverage_250")).isPositive();
        assertThat((Double) c2.get("bse_trade_share_250")).isPositive();
        assertThat((Double) c2.get("st_trade_share_250")).isPositive();
        assertThat(c3.get("ending_assets")).isEqualTo(new java.math.BigDecimal("0.00"));
        assertThat(c3.get("age")).isNull();
        assertThat((Integer) c3.get("days_since_last_trade")).isGreaterThan(15);
        assertThat(c4.get("avg_assets_20")).isNull();
        assertThat(c4.get("trade_count_250")).isEqualTo(0);
        assertThat(rows).doesNotContainKey("C5");
    }

    @Test
    void aRunReplacesItsOwnDateOnlyAndAFailedRunLeavesThePreviousRows() throws SQLException {
        LocalDate first = fixture.day(-37);
        LocalDate second = fixture.lastDay();
        run(first);
        run(second);
        try (Connection c = store.getConnection();
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO customer_indicator (customer_id, as_of) VALUES ('GONE', DATE '" + second + "')");
        }
        run(second);
        assertThat(count("SELECT COUNT(*) FROM customer_indicator WHERE customer_id = 'GONE'"))
                .as("a client no longer scored loses the date's row")
                .isZero();
        Map<String, Map<String, Object>> before = read(second);
        assertThat(count("SELECT COUNT(*) FROM customer_indicator WHERE as_of = DATE '" + second + "'"))
                .isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM customer_indicator WHERE as_of = DATE '" + first + "'"))
                .isEqualTo(4);

        IndicatorListener failing = new IndicatorListener() {
            @Override
            public void stepFinished(String step, int index, int steps, Duration elapsed) {
                if (step.equals("positions")) {
                    throw new IllegalStateException("boom");
                }
            }
        };
        try (Connection c = store.getConnection()) {
            assertThatThrownBy(() -> new IndicatorRunner().run(c, second, failing))
                    .hasMessage("boom");
        }
        assertThat(read(second)).isEqualTo(before);
    }

    @Test
    void theTableHasExactlyTheCataloguesColumns() throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (Connection c = store.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM customer_indicator WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<String> expected = new ArrayList<>(List.of("customer_id", "as_of"));
        expected.addAll(IndicatorCatalogue.get().columns());
        assertThat(columns).containsExactlyElementsOf(expected);
    }

    IndicatorRun run(LocalDate asOf) throws SQLException {
        try (Connection c = store.getConnection()) {
            return new IndicatorRunner().run(c, asOf, IndicatorListener.NONE);
        }
    }

    Map<String, Map<String, Object>> read(LocalDate asOf) throws SQLException {
        return IndicatorRows.byClient(store, asOf);
    }

    long count(String sql) throws SQLException {
        try (Connection c = store.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
