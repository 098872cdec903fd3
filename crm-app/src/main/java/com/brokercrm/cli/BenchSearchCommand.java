package com.brokercrm.cli;

import com.brokercrm.config.Migrations;
import com.brokercrm.customer.ClientDirectory;
import com.brokercrm.customer.ClientSearch;
import com.brokercrm.profiling.ClientProfile;
import com.brokercrm.security.DataScope;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Time client searches (the queries behind the search page and API) over a DuckDB store holding",
            "N synthetic clients (default 1,000,000): name part, client id, phone ending, masked ID number,",
            "filters with sorting and paging, profile filters (tier, risk class, need on the latest of two",
            "scored dates), at head-office and at branch scope. Prints p50, p95 and p99.",
            "Budget: p95 under 200 ms at 1,000,000 clients."
        })
class BenchSearchCommand implements Callable<Integer> {

    static final double BUDGET_P95_MS = 200;

    @Option(names = "--clients", defaultValue = "1000000", description = "Clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--searches", defaultValue = "200", description = "Searches per kind (default ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "--work", defaultValue = "./data/bench", description = "Scratch folder (default ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        Path db = work.resolve("search-" + clients + ".duckdb");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:duckdb:" + db.toAbsolutePath());
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(4);
        try (HikariDataSource store = new HikariDataSource(config)) {
            Migrations.migrate(store);
            JdbcClient jdbc = JdbcClient.create(store);
            long present =
                    jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
            if (present != clients) {
                long t0 = System.nanoTime();
                fill(jdbc, clients);
                System.out.printf(
                        Locale.ROOT,
                        "filled %,d synthetic clients in %.1fs%n",
                        clients,
                        (System.nanoTime() - t0) / 1e9);
            }
            long profiles = jdbc.sql("SELECT COUNT(*) FROM customer_profile")
                    .query(Long.class)
                    .single();
            if (profiles != 2L * clients) {
                long t0 = System.nanoTime();
                fillProfiles(jdbc);
                System.out.printf(
                        Locale.ROOT,
                        "filled %,d synthetic profiles in %.1fs%n",
                        2L * clients,
                        (System.nanoTime() - t0) / 1e9);
            }
            run(new ClientDirectory(jdbc), jdbc);
        }
        return 0;
    }

    private void run(ClientDirectory directory, JdbcClient jdbc) {
        Random random = new Random(11);
        List<String> names = jdbc.sql("SELECT name FROM customer USING SAMPLE 1000 ROWS")
                .query(String.class)
                .list();
        List<String[]> people = jdbc.sql("SELECT customer_id, phone, id_number FROM customer USING SAMPLE 1000 ROWS")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        DataScope branch = new DataScope.Branch("B001");
        Map<String, Function<Integer, Object[]>> kinds = new LinkedHashMap<>();
        kinds.put("name part (HQ)", i -> new Object[] {
            DataScope.ALL, text(names.get(random.nextInt(names.size())).substring(0, 2))
        });
        kinds.put("client id (HQ)", i ->
                new Object[] {DataScope.ALL, text(people.get(random.nextInt(people.size()))[0])});
        kinds.put("phone ending (HQ)", i -> {
            String phone = people.get(random.nextInt(people.size()))[1];
            return new Object[] {DataScope.ALL, text(phone.substring(phone.length() - 4))};
        });
        kinds.put("masked ID number (HQ)", i -> {
            String id = people.get(random.nextInt(people.size()))[2];
            return new Object[] {DataScope.ALL, text(id.substring(0, 6) + "********" + id.substring(14))};
        });
        kinds.put("filters, sort, page (HQ)", i -> new Object[] {
            DataScope.ALL,
            new ClientSearch(
                    null,
                    "B0" + String.format("%02d", 1 + random.nextInt(20)),
                    null,
                    "ACTIVE",
                    "C" + (1 + random.nextInt(5)),
                    "name",
                    random.nextBoolean(),
                    random.nextInt(10),
                    20)
        });
        kinds.put("newest first, no filter (HQ)", i -> new Object[] {
            DataScope.ALL, new ClientSearch(null, null, null, null, null, "openDate", true, random.nextInt(50), 20)
        });
        kinds.put("name part (branch)", i -> new Object[] {
            branch, text(names.get(random.nextInt(names.size())).substring(0, 1))
        });
        List<String> tiers = com.brokercrm.profiling.ClientProfile.TIERS;
        List<String> classes = com.brokercrm.profiling.ClientProfile.RISK_CLASSES;
        List<String> needs = com.brokercrm.profiling.ClientProfile.NEEDS;
        kinds.put("tier and risk class (HQ)", i -> new Object[] {
            DataScope.ALL,
            new ClientSearch(
                    null,
                    null,
                    null,
                    null,
                    null,
                    tiers.get(random.nextInt(tiers.size())),
                    classes.get(random.nextInt(classes.size())),
                    null,
                    "id",
                    false,
                    random.nextInt(5),
                    20)
        });
        kinds.put("need, sort, page (HQ)", i -> new Object[] {
            DataScope.ALL,
            new ClientSearch(
                    null,
                    null,
                    null,
                    "ACTIVE",
                    null,
                    null,
                    null,
                    needs.get(random.nextInt(needs.size())),
                    "name",
                    random.nextBoolean(),
                    random.nextInt(10),
                    20)
        });
        kinds.put("tier and need (branch)", i -> new Object[] {
            branch,
            new ClientSearch(
                    null,
                    null,
                    null,
                    null,
                    null,
                    tiers.get(random.nextInt(tiers.size())),
                    null,
                    needs.get(random.nextInt(needs.size())),
                    "id",
                    false,
                    0,
                    20)
        });
        System.out.printf("%-30s %9s %9s %9s %9s%n", "search", "searches", "p50 ms", "p95 ms", "p99 ms");
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, Function<Integer, Object[]>> kind : kinds.entrySet()) {
            for (int warm = 0; warm < 5; warm++) {
                Object[] args = kind.getValue().apply(warm);
                directory.search((DataScope) args[0], (ClientSearch) args[1]);
            }
            long[] nanos = new long[searches];
            for (int i = 0; i < searches; i++) {
                Object[] args = kind.getValue().apply(i);
                long t0 = System.nanoTime();
                directory.search((DataScope) args[0], (ClientSearch) args[1]);
                nanos[i] = System.nanoTime() - t0;
                all.add(nanos[i]);
            }
            java.util.Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "%-30s %9d %9.1f %9.1f %9.1f%n",
                    kind.getKey(),
                    searches,
                    BenchWebCommand.percentile(nanos, 0.5),
                    BenchWebCommand.percentile(nanos, 0.95),
                    BenchWebCommand.percentile(nanos, 0.99));
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double p95 = BenchWebCommand.percentile(sorted, 0.95);
        System.out.printf(
                Locale.ROOT,
                "%-30s %9d %9.1f %9.1f %9.1f%n",
                "all",
                sorted.length,
                BenchWebCommand.percentile(sorted, 0.5),
                p95,
                BenchWebCommand.percentile(sorted, 0.99));
        System.out.printf(
                Locale.ROOT,
                "search p95 %.1f ms at %,d clients against a budget of %.0f ms: %s%n",
                p95,
                clients,
                BUDGET_P95_MS,
                p95 < BUDGET_P95_MS ? "within budget" : "OVER BUDGET");
    }

    private static ClientSearch text(String text) {
        return new ClientSearch(text, null, null, null, null, "id", false, 0, 20);
    }

    /** Synthetic branches, managers and clients, made by DuckDB itself in seconds. */
    static void fill(JdbcClient jdbc, int clients) {
        for (String table : List.of("customer", "staff", "branch")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("""
                INSERT INTO branch
                SELECT 'B' || lpad(i::VARCHAR, 3, '0'), '营业部' || i, '城市' || (i % 10), '区域' || (i % 4), DATE '2010-01-01'
                FROM range(1, 21) t(i)
                """).update();
        jdbc.sql("""
                INSERT INTO staff
                SELECT 'S' || lpad(i::VARCHAR, 4, '0'), '经理' || i, 'ACCOUNT_MANAGER',
                       'B' || lpad((1 + i % 20)::VARCHAR, 3, '0'), DATE '2015-01-01', NULL
                FROM range(1, 401) t(i)
                """).update();
        jdbc.sql("""
                INSERT INTO customer (customer_id, name, gender, birth_date, id_number, phone, open_date, branch_id,
                                      manager_id, investor_type, risk_level, risk_assessed_on, status)
                SELECT 'C' || lpad(i::VARCHAR, 8, '0'),
                       ['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗']
                           [1 + (hash(i) % 20)::BIGINT]
                       || ['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀',
                           '霞','平','刚','桂','英','华','玉','兰','文','辉','建','国'][1 + (hash(i * 7) % 30)::BIGINT]
                       || CASE WHEN i % 3 = 0 THEN '' ELSE
                           ['伟','芳','娜','敏','静','丽','强','磊','军','洋'][1 + (hash(i * 13) % 10)::BIGINT] END,
                       CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END,
                       DATE '1950-01-01' + (hash(i * 3) % 20000)::INTEGER,
                       lpad((110000 + hash(i * 5) % 600000)::VARCHAR, 6, '0')
                           || strftime(DATE '1950-01-01' + (hash(i * 3) % 20000)::INTEGER, '%Y%m%d')
                           || lpad((hash(i * 11) % 10000)::VARCHAR, 4, '0'),
                       '1' || (3 + hash(i * 17) % 7)::VARCHAR || lpad((hash(i * 19) % 1000000000)::VARCHAR, 9, '0'),
                       DATE '2005-01-01' + (hash(i * 23) % 7000)::INTEGER,
                       'B' || lpad((1 + i % 20)::VARCHAR, 3, '0'),
                       'S' || lpad((1 + i % 400)::VARCHAR, 4, '0'),
                       'ORDINARY', 'C' || (1 + hash(i * 29) % 5)::VARCHAR, DATE '2024-01-01',
                       ['ACTIVE','ACTIVE','ACTIVE','DORMANT','CLOSED'][1 + (hash(i * 31) % 5)::BIGINT]
                FROM range(1, :n + 1) t(i)
                """).param("n", clients).update();
    }

    /**
     * Profiles of every client on two as-of dates, tiers as a pyramid (1% diamond ... 60% ordinary), a
     * third per risk class, and one need for about a quarter of the clients.
     */
    static void fillProfiles(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM customer_profile").update();
        // a quarter of the clients have one need, spread over every need the models write
        String needs = ClientProfile.NEEDS.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        for (String asOf : List.of("2025-06-27", "2025-06-30")) {
            jdbc.sql("""
                    INSERT INTO customer_profile (customer_id, as_of, run_id, client_value, value_percentile, tier,
                        risk_score, risk_class, implied_level, questionnaire_level, level_review, habits, needs,
                        drivers)
                    SELECT customer_id, CAST(:asOf AS DATE), 1, h % 100000, (h % 100)::DOUBLE,
                           CASE WHEN h % 100 = 0 THEN 'DIAMOND' WHEN h % 100 < 4 THEN 'PLATINUM'
                                WHEN h % 100 < 15 THEN 'GOLD' WHEN h % 100 < 40 THEN 'SILVER' ELSE 'ORDINARY' END,
                           h % 101,
                           ['RISK_SEEKING', 'RISK_AVERSE', 'CONSERVATIVE'][1 + (h % 3)::BIGINT],
                           'C' || (1 + h % 5)::VARCHAR, risk_level, h % 13 = 0,
                           CASE WHEN h % 4 = 0 THEN '|HIGH_FREQUENCY|STAR_PREFERENCE|' ELSE '|LONG_TERM|' END,
                           CASE WHEN h % 4 = 1
                                THEN '|' || [NEEDS][1 + (h % NEED_COUNT)::BIGINT] || '|'
                                ELSE '||' END,
                           '{}'
                    FROM (SELECT customer_id, risk_level, hash(customer_id || :asOf) AS h FROM customer) t
                    """.replace("NEED_COUNT", String.valueOf(ClientProfile.NEEDS.size()))
                            .replace("NEEDS", needs))
                    .param("asOf", asOf)
                    .update();
        }
    }
}
