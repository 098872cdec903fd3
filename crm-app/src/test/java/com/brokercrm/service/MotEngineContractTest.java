package com.brokercrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.customer.CustomerProperties;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.ingest.SampleBrokerageAccess;
import com.brokercrm.security.DataScope;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The MOT rules over the sample brokerage, on each engine: C001 (born 1980-01-01, questionnaire
 * 2024-05-01, assets 49,995.00 on 2025-01-02, two trades), C002 (opened 2019-07-15, never a deposit, no
 * trades), C003 (born 1975-12-31, manager S01).
 */
abstract class MotEngineContractTest {

    @TempDir
    Path temp;

    HikariDataSource store;
    JdbcClient jdbc;
    TaskStore tasks;
    MotEngine engine;

    abstract HikariDataSource createStore(Path temp);

    @BeforeEach
    void load() throws Exception {
        store = createStore(temp);
        Path input = temp.resolve("input");
        SampleBrokerageAccess.writeClean(input);
        new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        jdbc = JdbcClient.create(store);
        tasks = new TaskStore(jdbc);
        MotProperties p = new MotProperties(
                new BigDecimal("500000"),
                new BigDecimal("0.5"),
                new BigDecimal("10000"),
                new BigDecimal("1.5"),
                30,
                7,
                30,
                2,
                30);
        engine = new MotEngine(jdbc, tasks, p, new CustomerProperties(Period.ofYears(2), Period.ofDays(30)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    List<String> customers(List<MotEngine.Created> created) {
        return created.stream().map(MotEngine.Created::customerId).sorted().toList();
    }

    @Test
    void questionnaireExpiryFiresThirtyDaysAhead() {
        assertThat(customers(engine.assessmentExpiry(LocalDate.of(2026, 3, 31))))
                .doesNotContain("C001");
        assertThat(customers(engine.assessmentExpiry(LocalDate.of(2026, 4, 1)))).containsExactly("C001");
        // seen once, made once
        assertThat(engine.assessmentExpiry(LocalDate.of(2026, 4, 2))).isEmpty();
        var task =
                tasks.list(DataScope.ALL, "OPEN", null, "C001", 0, 10).items().get(0);
        assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(task.mandatory()).isTrue();
        assertThat(task.assigneeStaffId()).isEqualTo("S01");
        assertThat(task.branchId()).isEqualTo("B01");
    }

    void idExpiresOn(String customer, LocalDate expires) {
        jdbc.sql("UPDATE customer SET id_expires_on = :d WHERE customer_id = :c")
                .param("d", expires)
                .param("c", customer)
                .update();
    }

    List<TaskStore.Task> idTasks(String customer) {
        return tasks.list(DataScope.ALL, null, null, customer, 0, 20).items().stream()
                .filter(t -> t.rule() == MotRule.ID_EXPIRY)
                .toList();
    }

    /** A task's stored detail in English words, as the task pages show it. */
    static String english(String stored) {
        var messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new TaskDetail(messages).words(stored, java.util.Locale.ENGLISH);
    }

    @Test
    void idExpiryFiresThirtyDaysAheadOncePerDocument() {
        // C001 valid through 2026-05-01; C002 no expiry on file (unknown or long-term); C003 far away
        idExpiresOn("C001", LocalDate.of(2026, 5, 1));
        idExpiresOn("C003", LocalDate.of(2040, 1, 1));
        assertThat(engine.idExpiry(LocalDate.of(2026, 3, 31))).as("not yet due").isEmpty();
        assertThat(customers(engine.idExpiry(LocalDate.of(2026, 4, 1)))).containsExactly("C001");
        assertThat(engine.idExpiry(LocalDate.of(2026, 4, 2)))
                .as("seen again, made once")
                .isEmpty();
        assertThat(engine.idExpiry(LocalDate.of(2026, 5, 1)))
                .as("its last valid day")
                .isEmpty();
        List<TaskStore.Task> made = idTasks("C001");
        assertThat(made).singleElement().satisfies(task -> {
            assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(task.mandatory()).isTrue();
            assertThat(task.assigneeStaffId()).isEqualTo("S01");
            assertThat(english(task.detail())).contains("2026-05-01").contains("CSRC");
        });
        assertThat(idTasks("C002")).isEmpty();
        assertThat(idTasks("C003")).isEmpty();

        // expired while the reminder is still open: that task is overdue now and escalates; no second one
        assertThat(engine.idExpiry(LocalDate.of(2026, 5, 2))).isEmpty();
        assertThat(made.get(0).overdue(LocalDate.of(2026, 5, 2))).isTrue();
        // the reminder was done but the document on file is still the expired one: flagged as expired
        jdbc.sql("UPDATE service_task SET status = 'DONE' WHERE task_id = :id")
                .param("id", made.get(0).taskId())
                .update();
        assertThat(customers(engine.idExpiry(LocalDate.of(2026, 5, 10)))).containsExactly("C001");
        assertThat(engine.idExpiry(LocalDate.of(2026, 5, 11))).as("once").isEmpty();
        TaskStore.Task expired = idTasks("C001").stream()
                .filter(t -> t.status().equals("OPEN"))
                .findFirst()
                .orElseThrow();
        assertThat(english(expired.detail()))
                .contains("expired 2026-05-01")
                .contains("restricted")
                .contains("CSRC");
        assertThat(expired.dueOn()).isEqualTo(LocalDate.of(2026, 5, 10));

        // the client brings the renewed ID: the import gives a new expiry, a new document
        idExpiresOn("C001", LocalDate.of(2046, 5, 1));
        assertThat(engine.idExpiry(LocalDate.of(2026, 5, 12))).isEmpty();
    }

    @Test
    void anIdFoundAlreadyExpiredIsFlaggedAtOnceAndTheNightlyRunCountsIt() {
        idExpiresOn("C003", LocalDate.of(2024, 12, 31));
        idExpiresOn("C002", LocalDate.of(2025, 1, 20));
        MotEngine.DailyReport first = engine.daily(LocalDate.of(2025, 1, 2));
        assertThat(first.created()).containsEntry(MotRule.ID_EXPIRY, 2);
        assertThat(idTasks("C003"))
                .singleElement()
                .satisfies(t -> assertThat(english(t.detail())).startsWith("ID document expired 2024-12-31"));
        assertThat(idTasks("C002"))
                .singleElement()
                .satisfies(t -> assertThat(english(t.detail())).startsWith("ID document expires 2025-01-20"));
        assertThat(engine.daily(LocalDate.of(2025, 1, 2)).created())
                .as("a rerun of the same day")
                .containsEntry(MotRule.ID_EXPIRY, 0);
        jdbc.sql("UPDATE customer SET status = 'CLOSED' WHERE customer_id = 'C001'")
                .update();
        idExpiresOn("C001", LocalDate.of(2024, 1, 1));
        assertThat(engine.idExpiry(LocalDate.of(2025, 1, 3)))
                .as("only active clients")
                .isEmpty();
    }

    @Test
    void birthdaysWithinAWeek() {
        assertThat(customers(engine.birthdays(LocalDate.of(2024, 12, 24)))).containsExactly("C003");
        assertThat(customers(engine.birthdays(LocalDate.of(2024, 12, 25)))).containsExactly("C001");
    }

    @Test
    void noDepositAMonthAfterOpening() {
        assertThat(customers(engine.noFunds(LocalDate.of(2019, 8, 13)))).isEmpty();
        assertThat(customers(engine.noFunds(LocalDate.of(2019, 8, 14)))).containsExactly("C002");
    }

    @Test
    void largeWithdrawalsFromEventsAndFromTheImport() {
        LocalDate day = LocalDate.of(2025, 1, 3);
        // assets on 2025-01-02 were 49,995.00: half is 24,997.50
        assertThat(engine.onEvent(new ClientEvent.FundFlow("C001", "E1", "OUT", new BigDecimal("24997.49"), day)))
                .isEmpty();
        assertThat(engine.onEvent(new ClientEvent.FundFlow("C001", "E2", "OUT", new BigDecimal("24997.50"), day)))
                .extracting(MotEngine.Created::rule)
                .containsExactly(MotRule.LARGE_WITHDRAWAL);
        assertThat(engine.onEvent(new ClientEvent.FundFlow("C001", "E2", "OUT", new BigDecimal("24997.50"), day)))
                .as("the same event twice")
                .isEmpty();
        assertThat(engine.onEvent(new ClientEvent.FundFlow("C001", "E3", "IN", new BigDecimal("900000"), day)))
                .isEmpty();
        // C003 withdrew 1,200.50 on 2025-01-03 with no earlier assets: under every line
        assertThat(engine.largeWithdrawals(day)).isEmpty();
        jdbc.sql("""
                        INSERT INTO fund_flow (flow_id, customer_id, flow_date, direction, amount, kind)
                        VALUES ('F9', 'C003', DATE '2025-01-06', 'OUT', 500000.00, 'BANK_TRANSFER')
                        """).update();
        assertThat(customers(engine.largeWithdrawals(LocalDate.of(2025, 1, 6)))).containsExactly("C003");
    }

    @Test
    void marginCallsFromEventsAndFromDailyAssets() {
        LocalDate day = LocalDate.of(2025, 1, 3);
        var at150 = new ClientEvent.Margin(
                "C001", BigDecimal.ZERO, new BigDecimal("150.00"), new BigDecimal("100.00"), day);
        var under = new ClientEvent.Margin(
                "C001", BigDecimal.ZERO, new BigDecimal("149.99"), new BigDecimal("100.00"), day);
        assertThat(engine.onEvent(at150)).isEmpty();
        assertThat(engine.onEvent(under)).extracting(MotEngine.Created::rule).containsExactly(MotRule.MARGIN_CALL);
        jdbc.sql(
                        "UPDATE daily_asset SET margin_debt = 40000.00 WHERE customer_id = 'C001' AND as_of = DATE '2025-01-02'")
                .update();
        // (48,995.00 + 1,000.00) / 40,000 = 125%
        assertThat(customers(engine.marginCalls(LocalDate.of(2025, 1, 2)))).containsExactly("C001");
    }

    @Test
    void newlyEligibleWhenTheTwentyDayAverageReachesTheLine() {
        // C003: opened 2020-01-02, level C5; 21 trading days, the oldest at 480,000, the last at 499,999.80
        LocalDate first = LocalDate.of(2025, 3, 1);
        for (int i = 0; i < 21; i++) {
            String total = i == 0 ? "480000.00" : i == 20 ? "499999.80" : "500000.00";
            jdbc.sql("INSERT INTO daily_asset (customer_id, as_of, cash, market_value, margin_debt)"
                            + " VALUES ('C003', :d, :cash, 0, 0)")
                    .param("d", first.plusDays(i))
                    .param("cash", new BigDecimal(total))
                    .update();
        }
        LocalDate asOf = first.plusDays(20);
        assertThat(engine.newlyEligible(asOf)).as("average 499,999.99").isEmpty();
        jdbc.sql("UPDATE daily_asset SET cash = 500000.00 WHERE customer_id = 'C003' AND as_of = :d")
                .param("d", asOf)
                .update();
        // average now 500,000.00: STAR, BSE and margin newly met; ChiNext (100,000) was met already
        assertThat(engine.newlyEligible(asOf)).hasSize(3);
        assertThat(tasks.list(DataScope.ALL, "OPEN", null, "C003", 0, 10).items())
                .extracting(t -> english(t.detail()))
                .allMatch(d -> d.contains("20-day average assets CNY 500000.00"))
                .anyMatch(d -> d.startsWith("Eligible for STAR Market"))
                .anyMatch(d -> d.startsWith("Eligible for margin trading"))
                .noneMatch(d -> d.startsWith("CHINEXT"));
        assertThat(engine.newlyEligible(asOf)).as("once per permission").isEmpty();
    }

    @Test
    void permissionsNeedAccountAgeAndForMarginTheLevel() {
        LocalDate asOf = LocalDate.of(2025, 3, 21);
        BigDecimal enough = new BigDecimal("500000");
        assertThat(Permission.STAR.met(enough, LocalDate.of(2023, 3, 21), asOf, "C3"))
                .isTrue();
        assertThat(Permission.STAR.met(enough, LocalDate.of(2023, 3, 22), asOf, "C3"))
                .isFalse();
        assertThat(Permission.MARGIN.met(enough, LocalDate.of(2024, 9, 21), asOf, "C4"))
                .isTrue();
        assertThat(Permission.MARGIN.met(enough, LocalDate.of(2024, 9, 21), asOf, "C3"))
                .isFalse();
        assertThat(Permission.MARGIN.met(enough, LocalDate.of(2024, 9, 22), asOf, "C5"))
                .isFalse();
        assertThat(Permission.CHINEXT.met(new BigDecimal("99999.99"), LocalDate.of(2020, 1, 1), asOf, null))
                .isFalse();
    }

    @Test
    void coverageCountsClientsContactedAsTheirPlanRequires() {
        CarePlans plans = new CarePlans(new CareProperties(null));
        // K1: C001 CALL_OUT 2025-01-03; K2: C002 WEB 2025-01-04; C003 never
        Coverage unknownTiers = new Coverage(jdbc, plans, TierSource.UNKNOWN);
        Coverage.Report report = unknownTiers.report(DataScope.ALL, LocalDate.of(2025, 6, 30));
        assertThat(report.byBranch())
                .extracting(Coverage.Line::key, Coverage.Line::clients, Coverage.Line::covered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B01", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("B02", 2L, 1L));
        assertThat(report.clientsByTier()).containsEntry("UNKNOWN", 3L);
        assertThat(unknownTiers.report(DataScope.ALL, LocalDate.of(2026, 1, 10)).byBranch())
                .allMatch(line -> line.covered() == 0);
        // a diamond client must be called within 30 days: 2025-01-03 counts on 2025-02-02, not on 02-03
        Coverage diamond = new Coverage(jdbc, plans, ids -> java.util.Map.of("C001", "DIAMOND"));
        assertThat(diamond.report(new DataScope.Branch("B01"), LocalDate.of(2025, 2, 2))
                        .byManager())
                .singleElement()
                .satisfies(line -> assertThat(line.covered()).isEqualTo(1));
        assertThat(diamond.report(new DataScope.Branch("B01"), LocalDate.of(2025, 2, 3))
                        .byManager())
                .singleElement()
                .satisfies(line -> assertThat(line.covered()).isZero());
        // an own-clients scope sees only its clients
        assertThat(unknownTiers
                        .report(new DataScope.OwnClients("S02"), LocalDate.of(2025, 6, 30))
                        .clientsByTier())
                .containsEntry("UNKNOWN", 1L);
    }

    @Test
    void firstTradeOnlyForClientsWithoutEarlierTrades() {
        LocalDate day = LocalDate.of(2025, 2, 1);
        assertThat(engine.onEvent(new ClientEvent.Trade("C001", "T9", day))).isEmpty();
        assertThat(engine.onEvent(new ClientEvent.Trade("C002", "T10", day)))
                .extracting(MotEngine.Created::rule)
                .containsExactly(MotRule.FIRST_TRADE);
    }

    @Test
    void overdueTasksEscalateAndCompletionIsCounted() {
        engine.assessmentExpiry(LocalDate.of(2026, 4, 1)); // C001, due 2026-05-01, mandatory
        engine.churnWarning("C003", "assets falling", LocalDate.of(2026, 4, 20)); // due 2026-04-23, mandatory
        assertThat(tasks.escalate(LocalDate.of(2026, 4, 25), 2)).isZero(); // due 04-23, two days' grace
        assertThat(tasks.escalate(LocalDate.of(2026, 4, 26), 2)).isEqualTo(1);
        assertThat(tasks.escalate(LocalDate.of(2026, 5, 4), 2)).isEqualTo(1); // due 05-01
        long c003 = tasks.list(DataScope.ALL, "OPEN", null, "C003", 0, 10)
                .items()
                .get(0)
                .taskId();
        assertThat(tasks.complete(c003, "wang", "called", null)).isTrue();
        assertThat(tasks.complete(c003, "wang", "called again", null)).isFalse();
        var byManager = tasks.completion(
                DataScope.ALL, false, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 4));
        assertThat(byManager).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("S01");
            assertThat(r.due()).isEqualTo(2);
            assertThat(r.done()).isEqualTo(1);
            assertThat(r.openOverdue()).isEqualTo(1);
        });
        // a branch manager of B02 sees C003's task but not C001's
        assertThat(tasks.list(new DataScope.Branch("B02"), null, null, null, 0, 10)
                        .items())
                .extracting(TaskStore.Task::customerId)
                .containsExactly("C003");
    }
}
