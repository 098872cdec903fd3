package com.brokercrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditFilter;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.customer.ClientRows.TradeFilter;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.ingest.SampleBrokerageAccess;
import com.brokercrm.security.AppUser;
import com.brokercrm.security.DataScope;
import com.brokercrm.security.Role;
import com.brokercrm.security.UserStore;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries behind client search, the 360 view, users and the audit log, held on each engine by a
 * subclass. The sample brokerage: C001 (branch B01, manager S01, broker S02), C002 (B02, no manager),
 * C003 (B02, manager S01).
 */
abstract class ClientDirectoryContractTest {

    static final DataScope BRANCH_B02 = new DataScope.Branch("B02");
    static final DataScope OWN_S01 = new DataScope.OwnClients("S01");
    static final DataScope OWN_S02 = new DataScope.OwnClients("S02");

    @TempDir
    Path temp;

    HikariDataSource store;
    ClientDirectory directory;
    ClientRecords records;
    JdbcClient jdbc;

    abstract HikariDataSource createStore(Path temp);

    @BeforeEach
    void load() throws Exception {
        store = createStore(temp);
        Path input = temp.resolve("input");
        SampleBrokerageAccess.writeClean(input);
        new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        jdbc = JdbcClient.create(store);
        directory = new ClientDirectory(jdbc);
        records = new ClientRecords(
                jdbc, new CustomerProperties(Period.ofYears(2), Period.ofDays(30)), new ReferenceNames(jdbc));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ClientSearch text(String text) {
        return new ClientSearch(text, null, null, null, null, "id", false, 0, 20);
    }

    private java.util.List<String> ids(DataScope scope, ClientSearch search) {
        return directory.search(scope, search).items().stream()
                .map(ClientSummary::customerId)
                .toList();
    }

    @Test
    void pagesClientsInIdOrderWithBranchManagerAndMaskedPhone() {
        var page = directory.search(DataScope.ALL, new ClientSearch(null, null, null, null, null, "id", false, 0, 2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items())
                .containsExactly(
                        new ClientSummary(
                                "C001",
                                "张三",
                                "138****8000",
                                "上海浦东营业部",
                                "王经理",
                                LocalDate.of(2018, 3, 1),
                                "C4",
                                "ACTIVE"),
                        new ClientSummary(
                                "C002", "李四", null, "北京朝阳营业部", null, LocalDate.of(2019, 7, 15), null, "ACTIVE"));
        assertThat(page.lastPage()).isEqualTo(1);
        assertThat(ids(DataScope.ALL, new ClientSearch(null, null, null, null, null, "id", false, 1, 2)))
                .containsExactly("C003");
        assertThat(ids(DataScope.ALL, new ClientSearch(null, null, null, null, null, "id", false, 5, 2)))
                .isEmpty();
    }

    @Test
    void everyScopeSeesOnlyItsClients() {
        ClientSearch all = ClientSearch.firstPage();
        assertThat(ids(DataScope.ALL, all)).containsExactly("C001", "C002", "C003");
        assertThat(ids(BRANCH_B02, all)).containsExactly("C002", "C003");
        assertThat(ids(OWN_S01, all)).containsExactly("C001", "C003");
        assertThat(ids(OWN_S02, all)).containsExactly("C001");
        assertThat(ids(DataScope.NONE, all)).isEmpty();
        // a filter cannot widen the scope
        assertThat(ids(BRANCH_B02, new ClientSearch(null, "B01", null, null, null, "id", false, 0, 20)))
                .isEmpty();
    }

    @Test
    void findsByNameIdPhoneEndingAndIdNumber() {
        assertThat(ids(DataScope.ALL, text("张"))).containsExactly("C001");
        assertThat(ids(DataScope.ALL, text("c003"))).containsExactly("C003");
        assertThat(ids(DataScope.ALL, text("C00"))).containsExactly("C001", "C002", "C003");
        assertThat(ids(DataScope.ALL, text("8000"))).containsExactly("C001");
        assertThat(ids(DataScope.ALL, text("345678"))).containsExactly("C003");
        String id = SampleBrokerageAccess.C001_ID_NUMBER;
        assertThat(ids(DataScope.ALL, text(id))).containsExactly("C001");
        assertThat(ids(DataScope.ALL, text(id.substring(0, 6) + "********" + id.substring(14))))
                .containsExactly("C001");
        assertThat(ids(BRANCH_B02, text("张"))).isEmpty();
    }

    @Test
    void hostileSearchTextFindsNothingAndBreaksNothing() {
        assertThat(ids(DataScope.ALL, text("' OR 1=1 --"))).isEmpty();
        assertThat(ids(DataScope.ALL, text("%"))).isEmpty();
        assertThat(ids(DataScope.ALL, text("_"))).isEmpty();
        assertThat(ids(DataScope.ALL, text("\\"))).isEmpty();
        assertThat(ids(OWN_S02, text("C003' OR '1'='1"))).isEmpty();
    }

    @Test
    void filtersAndSorts() {
        assertThat(ids(DataScope.ALL, new ClientSearch(null, null, null, "ACTIVE", "C5", "id", false, 0, 20)))
                .containsExactly("C003");
        assertThat(ids(DataScope.ALL, new ClientSearch(null, null, "S01", null, null, "id", false, 0, 20)))
                .containsExactly("C001", "C003");
        assertThat(ids(DataScope.ALL, new ClientSearch(null, null, null, null, null, "openDate", true, 0, 20)))
                .containsExactly("C003", "C002", "C001");
        // an unknown sort falls back to the client id, never into the SQL
        assertThat(ids(
                        DataScope.ALL,
                        new ClientSearch(null, null, null, null, null, "name; DROP TABLE x", false, 0, 20)))
                .containsExactly("C001", "C002", "C003");
    }

    @Test
    void detailIsScopedAndMasked() {
        LocalDate today = LocalDate.of(2025, 4, 15);
        ClientDetail c001 = records.detail(OWN_S02, "C001", today).orElseThrow();
        assertThat(c001.maskedPhone()).isEqualTo("138****8000");
        assertThat(c001.maskedIdNumber())
                .startsWith("310101")
                .endsWith(SampleBrokerageAccess.C001_ID_NUMBER.substring(14));
        assertThat(c001.maskedIdNumber()).contains("********");
        assertThat(c001.maskedEmail()).isEqualTo("z****@example.com");
        assertThat(c001.age()).isEqualTo(45);
        assertThat(c001.tenureYears()).isEqualTo(7);
        assertThat(c001.managerName()).isEqualTo("王经理");
        assertThat(c001.brokerName()).isEqualTo("李经纪");
        // assessed 2024-05-01, valid two years
        assertThat(c001.riskExpiresOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(c001.assessmentState()).isEqualTo(ClientDetail.AssessmentState.VALID);
        assertThat(records.detail(OWN_S02, "C001", LocalDate.of(2026, 4, 20))
                        .orElseThrow()
                        .assessmentState())
                .isEqualTo(ClientDetail.AssessmentState.EXPIRING_SOON);
        assertThat(records.detail(OWN_S02, "C001", LocalDate.of(2026, 5, 1))
                        .orElseThrow()
                        .assessmentState())
                .isEqualTo(ClientDetail.AssessmentState.EXPIRED);
        assertThat(records.detail(DataScope.ALL, "C002", today).orElseThrow().assessmentState())
                .isEqualTo(ClientDetail.AssessmentState.NOT_ASSESSED);

        assertThat(c001.idExpiresOn()).isNull();
        assertThat(c001.idState()).isEqualTo(ClientDetail.IdState.NO_EXPIRY);
        jdbc.sql("UPDATE customer SET id_expires_on = DATE '2025-05-15' WHERE customer_id = 'C001'")
                .update();
        assertThat(records.detail(OWN_S02, "C001", LocalDate.of(2025, 4, 14)).orElseThrow())
                .satisfies(c -> assertThat(c.idExpiresOn()).isEqualTo(LocalDate.of(2025, 5, 15)))
                .satisfies(c -> assertThat(c.idState()).isEqualTo(ClientDetail.IdState.VALID));
        assertThat(records.detail(OWN_S02, "C001", today).orElseThrow().idState())
                .isEqualTo(ClientDetail.IdState.EXPIRING_SOON);
        assertThat(records.detail(OWN_S02, "C001", LocalDate.of(2025, 5, 15))
                        .orElseThrow()
                        .idState())
                .as("valid through its last day")
                .isEqualTo(ClientDetail.IdState.EXPIRING_SOON);
        assertThat(records.detail(OWN_S02, "C001", LocalDate.of(2025, 5, 16))
                        .orElseThrow()
                        .idState())
                .isEqualTo(ClientDetail.IdState.EXPIRED);

        assertThat(records.detail(OWN_S02, "C003", today)).isEmpty();
        assertThat(records.inScope(OWN_S02, "C003")).isFalse();
        assertThat(records.exists("C003")).isTrue();
        assertThat(records.detail(DataScope.ALL, "C999", today)).isEmpty();
        assertThat(records.exists("C999")).isFalse();
    }

    @Test
    void holdingsTradesFlowsAssetsAndContacts() {
        var holdings = records.holdings("C001");
        assertThat(holdings).hasSize(1);
        assertThat(holdings.get(0).weight()).isEqualByComparingTo("1");
        assertThat(holdings.get(0).profit()).isEqualByComparingTo("-5.01");
        assertThat(holdings.get(0).board()).isEqualTo("MAIN");

        var trades = records.trades("C001", TradeFilter.none(), 0, 20);
        assertThat(trades.total()).isEqualTo(2);
        assertThat(trades.items().get(0).tradeId()).isEqualTo("T2");
        assertThat(trades.items().get(0).securityName()).isEqualTo("浦发银行");
        assertThat(records.trades("C001", new TradeFilter(null, null, "b", null), 0, 20)
                        .items())
                .extracting(ClientRows.Trade::tradeId)
                .containsExactly("T1");
        assertThat(records.trades("C001", new TradeFilter(LocalDate.of(2025, 1, 3), null, null, "600000"), 0, 20)
                        .total())
                .isEqualTo(1);

        assertThat(records.fundFlows("C003", 0, 10).items().get(0).amount()).isEqualByComparingTo("1200.50");

        var assets = records.assets("C001");
        assertThat(assets).hasSize(2);
        assertThat(assets.get(0).total()).isEqualByComparingTo(new BigDecimal("49995.00"));
        assertThat(records.assets("C001", LocalDate.of(2025, 1, 3), null, 0, 10).total())
                .isEqualTo(1);

        var contacts = records.contacts("C001", 0, 10).items();
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).occurredAt()).isEqualTo(LocalDateTime.of(2025, 1, 3, 10, 15));
        assertThat(contacts.get(0).staffName()).isEqualTo("王经理");
        assertThat(contacts.get(0).note()).isEqualTo("多行\n备注");
    }

    @Test
    void referenceNamesFollowTheStoreAfterARefreshAndAtOnceForANewCode() {
        long[] now = {0};
        ReferenceNames names = new ReferenceNames(jdbc, () -> now[0]);
        assertThat(names.security("SH", "600000").name()).isEqualTo("浦发银行");
        assertThat(names.security("SH", "688001").board()).isEqualTo("STAR");
        assertThat(names.branchName("B01")).isNotBlank();
        assertThat(names.staffName("S01")).isEqualTo("王经理");

        jdbc.sql("UPDATE staff SET name = '王总' WHERE staff_id = 'S01'").update();
        jdbc.sql("INSERT INTO security VALUES ('SZ', '300999', '新股', 'STOCK', 'CHINEXT', 'R4', false, NULL)")
                .update();
        now[0] = ReferenceNames.MISS_RELOAD.toNanos() - 1;
        assertThat(names.staffName("S01")).as("copy still fresh").isEqualTo("王经理");
        assertThat(names.security("SZ", "300999"))
                .as("a miss reloads at most every 10 s")
                .isNull();
        now[0] = ReferenceNames.MISS_RELOAD.toNanos();
        assertThat(names.security("SZ", "300999").name())
                .as("unknown code reloads")
                .isEqualTo("新股");
        now[0] += ReferenceNames.REFRESH.toNanos();
        assertThat(names.staffName("S01")).as("renamed after the refresh").isEqualTo("王总");
        assertThat(names.security("SH", "999999")).isNull();
        assertThat(names.staffName(null)).isNull();
    }

    @Test
    void namesLookedUpInsideRowMappersNeverStarveASmallPool() throws Exception {
        store.getHikariConfigMXBean().setMaximumPoolSize(2);
        store.getHikariConfigMXBean().setConnectionTimeout(5_000);
        long[] now = {0};
        ReferenceNames names = new ReferenceNames(jdbc, () -> now[0]);
        now[0] = ReferenceNames.REFRESH.toNanos(); // every lookup finds the copy due for a reload
        // the first two queries hold both pooled connections and look names up at the same moment
        CyclicBarrier together = new CyclicBarrier(2);
        AtomicInteger arrivals = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                results.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        seen.addAll(jdbc.sql("SELECT branch_id, manager_id FROM customer ORDER BY customer_id")
                                .query((rs, n) -> {
                                    if (n == 0 && arrivals.getAndIncrement() < 2) {
                                        await(together);
                                    }
                                    return names.branchName(rs.getString(1)) + "/" + names.staffName(rs.getString(2))
                                            + "/" + names.branchName("NO-SUCH");
                                })
                                .list());
                    }
                    return seen;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isNotEmpty().allMatch(s -> s.endsWith("/null"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other query never reached its row mapper", e);
        }
    }

    @Test
    void usersAndAuditLogRoundTrip() {
        UserStore users = new UserStore(jdbc);
        users.insert(new AppUser("wang", "王经理", Role.ACCOUNT_MANAGER, "S01", null, true), "{noop}x");
        AppUser wang = users.find("wang").orElseThrow();
        assertThat(wang.staffBranchId()).isEqualTo("B01");
        assertThat(wang.scope()).isEqualTo(new DataScope.OwnClients("S01"));
        users.update("wang", Role.BRANCH_MANAGER, "S01", false);
        assertThat(users.find("wang").orElseThrow().scope()).isEqualTo(new DataScope.Branch("B01"));
        assertThat(users.find("wang").orElseThrow().enabled()).isFalse();
        assertThat(users.staffExists("S99")).isFalse();

        com.brokercrm.compliance.AuditWriter writer = new com.brokercrm.compliance.AuditWriter(store);
        AuditLog audit = new AuditLog(jdbc, writer);
        audit.record("wang", "BROKER", AuditAction.CLIENT_VIEW, "customer", "C001", "360", "10.0.0.1", AuditOutcome.OK);
        audit.record(
                "wang", "BROKER", AuditAction.CLIENT_VIEW, "customer", "C003", "360", "10.0.0.1", AuditOutcome.DENIED);
        audit.record(
                "li", null, AuditAction.LOGIN_FAILED, null, null, "Bad credentials", "10.0.0.2", AuditOutcome.FAILED);
        assertThat(audit.count(AuditFilter.everything())).isEqualTo(3);
        var denied = audit.page(new AuditFilter("wang", null, null, AuditOutcome.DENIED, null, null), 0, 10);
        assertThat(denied).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo("C003");
            assertThat(e.remoteAddress()).isEqualTo("10.0.0.1");
        });
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(audit.count(new AuditFilter(null, AuditAction.LOGIN_FAILED, null, null, today, today)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, null, null, null, today.plusDays(1), null)))
                .isZero();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        audit.each(AuditFilter.everything(), e -> ids.add(e.id()));
        assertThat(ids).isSorted().hasSize(3);
        try {
            writer.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
