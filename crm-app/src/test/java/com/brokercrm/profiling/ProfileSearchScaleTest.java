package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.customer.ClientDirectory;
import com.brokercrm.customer.ClientSearch;
import com.brokercrm.security.DataScope;
import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the client search with profile filters, the profile list and the dashboard aggregates scale: N
 * synthetic clients (50 branches, 2,000 managers) with profiles on two as-of dates, each query timed 10
 * times after a warm-up, p50 and p95 printed (the search budget is p95 under 200 ms; see docs/profiles.md
 * for figures and {@code bench search} for the search alone). Opt-in, as it takes minutes:
 * {@code -Dbrokercrm.profileScale=1000000 -Dtest=ProfileSearchScaleTest}.
 */
@EnabledIfSystemProperty(named = "brokercrm.profileScale", matches = "\\d+")
class ProfileSearchScaleTest {

    static final double BUDGET_MS = 200;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgres"})
    void profileFiltersKeepTheSearchBudget(String engine) {
        int n = Integer.parseInt(System.getProperty("brokercrm.profileScale"));
        try (HikariDataSource store = engine.equals("duckdb") ? TestStore.duckDb(temp) : TestStore.postgres("scale")) {
            JdbcClient jdbc = JdbcClient.create(store);
            long start = System.nanoTime();
            fill(jdbc, n, engine);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,d clients and %,d profiles loaded in %.1f s%n",
                    engine,
                    n,
                    2L * n,
                    (System.nanoTime() - start) / 1e9);
            ClientDirectory directory = new ClientDirectory(jdbc);
            ProfileStore profiles = new ProfileStore(jdbc);
            DataScope branch = new DataScope.Branch("B07");
            DataScope own = new DataScope.OwnClients("S0007");
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put(
                    "search all, no profile filter (baseline)",
                    () -> directory.search(DataScope.ALL, search(null, null, null, null)));
            queries.put(
                    "search all, tier DIAMOND",
                    () -> directory.search(DataScope.ALL, search(null, "DIAMOND", null, null)));
            queries.put(
                    "search all, need CASH_MANAGEMENT",
                    () -> directory.search(DataScope.ALL, search(null, null, null, "CASH_MANAGEMENT")));
            queries.put(
                    "search all, GOLD + RISK_SEEKING + ADVISORY",
                    () -> directory.search(DataScope.ALL, search(null, "GOLD", "RISK_SEEKING", "ADVISORY")));
            queries.put("search branch, tier GOLD", () -> directory.search(branch, search(null, "GOLD", null, null)));
            queries.put(
                    "search own, need CASH_MANAGEMENT",
                    () -> directory.search(own, search(null, null, null, "CASH_MANAGEMENT")));
            queries.put(
                    "search all, name text + tier SILVER",
                    () -> directory.search(DataScope.ALL, search("客户12345", "SILVER", null, null)));
            queries.put(
                    "profile list all, by value",
                    () -> profiles.list(
                            DataScope.ALL,
                            new ProfileFilter(null, null, null, null, null, null, "value", true, 0, 20)));
            queries.put(
                    "profile list branch, need",
                    () -> profiles.list(
                            branch,
                            new ProfileFilter(null, null, null, "CASH_MANAGEMENT", null, null, "value", true, 0, 20)));
            queries.put("dashboard all", () -> profiles.summary(DataScope.ALL, null));
            queries.put("dashboard branch", () -> profiles.summary(branch, null));
            queries.put("dashboard own", () -> profiles.summary(own, null));
            Map<String, Double> p95 = new LinkedHashMap<>();
            queries.forEach((name, query) -> {
                for (int i = 0; i < 2; i++) {
                    query.get();
                }
                double[] ms = new double[10];
                for (int i = 0; i < ms.length; i++) {
                    long t = System.nanoTime();
                    query.get();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                double q = ms[(int) Math.ceil(0.95 * ms.length) - 1];
                p95.put(name, q);
                System.out.printf(
                        Locale.ROOT, "%s %-45s p50 %7.1f ms  p95 %7.1f ms%n", engine, name, ms[ms.length / 2], q);
            });
            // timings on a shared machine swing by 2-3 times between runs: they are printed, held only to
            // a generous bound (5 times the search budget) that catches a lost join or a cross product
            p95.forEach((name, q) -> {
                if (name.startsWith("search")) {
                    assertThat(q).as(engine + " " + name).isLessThan(5 * BUDGET_MS);
                }
            });
        }
    }

    static ClientSearch search(String text, String tier, String riskClass, String need) {
        return new ClientSearch(text, null, null, null, null, tier, riskClass, need, "id", false, 0, 20);
    }

    static void fill(JdbcClient jdbc, int n, String engine) {
        jdbc.sql("""
                INSERT INTO branch (branch_id, name, city, region, opened_on)
                SELECT 'B' || LPAD(CAST(g AS VARCHAR), 2, '0'), '营业部' || CAST(g AS VARCHAR), '上海', '华东', DATE '2000-01-01'
                FROM generate_series(1, 50) AS t(g)
                """).update();
        jdbc.sql("""
                INSERT INTO staff (staff_id, name, role, branch_id, hired_on)
                SELECT 'S' || LPAD(CAST(g AS VARCHAR), 4, '0'), '经理' || CAST(g AS VARCHAR), 'ACCOUNT_MANAGER',
                       'B' || LPAD(CAST((g - 1) % 50 + 1 AS VARCHAR), 2, '0'), DATE '2010-01-01'
                FROM generate_series(1, 2000) AS t(g)
                """).update();
        jdbc.sql("""
                INSERT INTO customer (customer_id, name, open_date, branch_id, manager_id, investor_type, risk_level, status)
                SELECT 'C' || LPAD(CAST(g AS VARCHAR), 9, '0'), '客户' || CAST(g AS VARCHAR), DATE '2020-01-01',
                       'B' || LPAD(CAST(g % 2000 % 50 + 1 AS VARCHAR), 2, '0'),
                       'S' || LPAD(CAST(g % 2000 + 1 AS VARCHAR), 4, '0'), 'ORDINARY',
                       'C' || CAST(g % 5 + 1 AS VARCHAR), 'ACTIVE'
                FROM generate_series(1, :n) AS t(g)
                """).param("n", n).update();
        for (String asOf : new String[] {"2024-12-31", "2025-01-03"}) {
            jdbc.sql("""
                    INSERT INTO customer_profile (customer_id, as_of, run_id, client_value, value_percentile, tier,
                        risk_score, risk_class, implied_level, questionnaire_level, level_review, habits, needs, drivers)
                    SELECT 'C' || LPAD(CAST(g AS VARCHAR), 9, '0'), CAST(:asOf AS DATE), 1, g % 100000, (g % 100) / 100.0,
                           CASE WHEN g % 100 = 0 THEN 'DIAMOND' WHEN g % 100 < 4 THEN 'PLATINUM'
                                WHEN g % 100 < 15 THEN 'GOLD' WHEN g % 100 < 40 THEN 'SILVER' ELSE 'ORDINARY' END,
                           g % 101, CASE g % 3 WHEN 0 THEN 'RISK_SEEKING' WHEN 1 THEN 'RISK_AVERSE' ELSE 'CONSERVATIVE' END,
                           'C' || CAST(g % 5 + 1 AS VARCHAR), 'C' || CAST(g % 4 + 1 AS VARCHAR), g % 13 = 0,
                           CASE WHEN g % 4 = 0 THEN '|HIGH_FREQUENCY|STAR_PREFERENCE|' ELSE '|LONG_TERM|' END,
                           CASE WHEN g % 5 = 0 THEN '|CASH_MANAGEMENT|' WHEN g % 11 = 0 THEN '|MARGIN_ELIGIBLE|ADVISORY|'
                                ELSE '||' END,
                           '{}'
                    FROM generate_series(1, :n) AS t(g)
                    """).param("n", n).param("asOf", asOf).update();
        }
        if (engine.equals("postgres")) {
            jdbc.sql("ANALYZE").update();
        }
    }
}
