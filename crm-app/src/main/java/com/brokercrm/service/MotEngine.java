package com.brokercrm.service;

import com.brokercrm.customer.CustomerProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Turns events about clients into service tasks. Intraday events (a withdrawal, a margin position, a
 * trade) arrive through {@link #onEvent} and their task exists before the call returns; the nightly run
 * ({@link #daily}) evaluates the date rules and catches up on events that came only through the import.
 * The same event never makes two tasks.
 */
@Service
public class MotEngine {

    private static final Logger log = LoggerFactory.getLogger(MotEngine.class);

    /** A task created by a rule. */
    public record Created(long taskId, MotRule rule, String customerId) {}

    /** What a nightly run did. */
    public record DailyReport(LocalDate asOf, Map<MotRule, Integer> created, int escalated) {
        public int total() {
            return created.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final JdbcClient jdbc;
    private final TaskStore tasks;
    private final MotProperties properties;
    private final CustomerProperties customers;

    public MotEngine(JdbcClient jdbc, TaskStore tasks, MotProperties properties, CustomerProperties customers) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.properties = properties;
        this.customers = customers;
    }

    public List<Created> onEvent(ClientEvent event) {
        List<Created> created = new ArrayList<>();
        switch (event) {
            case ClientEvent.FundFlow flow -> {
                if ("OUT".equals(flow.direction())) {
                    BigDecimal before =
                            assetsBefore(flow.customerId(), flow.date()).orElse(null);
                    if (MotRules.largeWithdrawal(flow.amount(), before, properties)) {
                        create(
                                created,
                                flow.customerId(),
                                MotRule.LARGE_WITHDRAWAL,
                                flow.flowId(),
                                withdrawalDetail(flow.amount(), before),
                                flow.date().plusDays(1));
                    }
                }
            }
            case ClientEvent.Margin margin -> {
                if (MotRules.marginCall(margin.cash(), margin.marketValue(), margin.marginDebt(), properties)) {
                    BigDecimal ratio =
                            MotRules.maintenanceRatio(margin.cash(), margin.marketValue(), margin.marginDebt());
                    create(
                            created,
                            margin.customerId(),
                            MotRule.MARGIN_CALL,
                            margin.customerId() + ":" + margin.date(),
                            TaskDetail.of("marginRatio", percent(ratio)),
                            margin.date());
                }
            }
            case ClientEvent.Trade trade -> {
                long earlier = jdbc.sql("SELECT COUNT(*) FROM trade WHERE customer_id = :c AND trade_id <> :t")
                        .param("c", trade.customerId())
                        .param("t", trade.tradeId())
                        .query(Long.class)
                        .single();
                if (earlier == 0) {
                    create(
                            created,
                            trade.customerId(),
                            MotRule.FIRST_TRADE,
                            trade.customerId(),
                            TaskDetail.of("firstTrade", trade.tradeId(), trade.date()),
                            trade.date().plusDays(3));
                }
            }
        }
        return created;
    }

    /** Raised by the profiling run when a client's value tier changes. */
    public List<Created> tierChanged(String customerId, String from, String to, LocalDate asOf) {
        List<Created> created = new ArrayList<>();
        create(
                created,
                customerId,
                MotRule.TIER_CHANGE,
                customerId + ":" + asOf,
                TaskDetail.of("tierChange", TaskDetail.key("tier." + from), TaskDetail.key("tier." + to)),
                asOf.plusDays(7));
        return created;
    }

    /** Raised by the churn module when it warns about a client. */
    public List<Created> churnWarning(String customerId, String reason, LocalDate asOf) {
        List<Created> created = new ArrayList<>();
        create(created, customerId, MotRule.CHURN_WARNING, customerId + ":" + asOf, reason, asOf.plusDays(3));
        return created;
    }

    /** The nightly run for one day: date rules, events seen only through the import, escalation. */
    public DailyReport daily(LocalDate asOf) {
        Map<MotRule, Integer> counts = new java.util.EnumMap<>(MotRule.class);
        count(counts, MotRule.ASSESSMENT_EXPIRY, assessmentExpiry(asOf));
        count(counts, MotRule.ID_EXPIRY, idExpiry(asOf));
        count(counts, MotRule.BIRTHDAY, birthdays(asOf));
        count(counts, MotRule.NO_FUNDS, noFunds(asOf));
        count(counts, MotRule.LARGE_WITHDRAWAL, largeWithdrawals(asOf));
        count(counts, MotRule.MARGIN_CALL, marginCalls(asOf));
        count(counts, MotRule.PERMISSION_ELIGIBLE, newlyEligible(asOf));
        int escalated = tasks.escalate(asOf, properties.escalateAfterDays());
        DailyReport report = new DailyReport(asOf, counts, escalated);
        log.info("MOT run for {}: {} task(s) created {}, {} escalated", asOf, report.total(), counts, escalated);
        return report;
    }

    private static void count(Map<MotRule, Integer> counts, MotRule rule, List<Created> created) {
        counts.put(rule, created.size());
    }

    List<Created> assessmentExpiry(LocalDate asOf) {
        Period validity = customers.assessmentValidity();
        // expires (assessed + validity) within [asOf, asOf + notice]
        LocalDate fromAssessed = asOf.minus(validity);
        LocalDate toAssessed = asOf.plusDays(properties.assessmentNoticeDays()).minus(validity);
        List<Created> created = new ArrayList<>();
        jdbc.sql("""
                        SELECT customer_id, risk_assessed_on FROM customer
                        WHERE status = 'ACTIVE' AND risk_assessed_on BETWEEN :from AND :to
                        """)
                .param("from", fromAssessed)
                .param("to", toAssessed)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .list()
                .forEach(row -> {
                    LocalDate expires = ((LocalDate) row[1]).plus(validity);
                    create(
                            created,
                            (String) row[0],
                            MotRule.ASSESSMENT_EXPIRY,
                            row[0] + ":" + row[1],
                            TaskDetail.of("questionnaireExpires", expires),
                            expires);
                });
        return created;
    }

    /**
     * Active clients whose identity document on file expires within the notice days (one task per
     * document, due on its last valid day) or has expired (one more task, due at once, unless the first
     * one is still open: that one is then overdue and escalates as usual). A client who renews gets a new
     * expiry date through the import, and so a new document.
     */
    List<Created> idExpiry(LocalDate asOf) {
        String rule = MotRule.ID_EXPIRY.name() + ":";
        java.util.Set<String> openReminders = new java.util.HashSet<>(jdbc.sql("""
                        SELECT event_key FROM service_task WHERE rule = :rule AND status = 'OPEN'
                        """)
                .param("rule", MotRule.ID_EXPIRY.name())
                .query(String.class)
                .list());
        List<Created> created = new ArrayList<>();
        jdbc.sql("""
                        SELECT customer_id, id_expires_on FROM customer
                        WHERE status = 'ACTIVE' AND id_expires_on <= :to
                        ORDER BY customer_id
                        """)
                .param("to", asOf.plusDays(properties.idExpiryNoticeDays()))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .list()
                .forEach(row -> {
                    String customer = (String) row[0];
                    LocalDate expires = (LocalDate) row[1];
                    String document = customer + ":" + expires;
                    switch (MotRules.idExpiry(expires, asOf, properties)) {
                        case EXPIRING ->
                            create(
                                    created,
                                    customer,
                                    MotRule.ID_EXPIRY,
                                    document,
                                    TaskDetail.of("idExpires", expires),
                                    expires);
                        case EXPIRED -> {
                            if (!openReminders.contains(rule + document)) {
                                create(
                                        created,
                                        customer,
                                        MotRule.ID_EXPIRY,
                                        document + ":EXPIRED",
                                        TaskDetail.of("idExpired", expires),
                                        asOf);
                            }
                        }
                        case NONE -> {}
                    }
                });
        return created;
    }

    List<Created> birthdays(LocalDate asOf) {
        List<Integer> days = new ArrayList<>();
        for (int d = 0; d <= properties.birthdayNoticeDays(); d++) {
            LocalDate day = asOf.plusDays(d);
            days.add(day.getMonthValue() * 100 + day.getDayOfMonth());
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                days.add(229); // 29 February birthdays are celebrated on the 28th in other years
            }
        }
        List<Created> created = new ArrayList<>();
        jdbc.sql("""
                        SELECT customer_id, birth_date FROM customer
                        WHERE status = 'ACTIVE' AND birth_date IS NOT NULL
                          AND EXTRACT(MONTH FROM birth_date) * 100 + EXTRACT(DAY FROM birth_date) IN (:days)
                        """)
                .param("days", days)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .list()
                .forEach(row -> {
                    LocalDate birth = (LocalDate) row[1];
                    LocalDate next = nextBirthday(birth, asOf);
                    create(
                            created,
                            (String) row[0],
                            MotRule.BIRTHDAY,
                            row[0] + ":" + next.getYear(),
                            TaskDetail.of("birthday", next),
                            next);
                });
        return created;
    }

    static LocalDate nextBirthday(LocalDate birth, LocalDate asOf) {
        MonthDay monthDay = MonthDay.from(birth);
        for (int year = asOf.getYear(); ; year++) {
            LocalDate day = monthDay.isValidYear(year) ? monthDay.atYear(year) : LocalDate.of(year, 2, 28);
            if (!day.isBefore(asOf)) {
                return day;
            }
        }
    }

    List<Created> noFunds(LocalDate asOf) {
        List<Created> created = new ArrayList<>();
        jdbc.sql("""
                        SELECT c.customer_id, c.open_date FROM customer c
                        WHERE c.status = 'ACTIVE' AND c.open_date BETWEEN :from AND :to
                          AND NOT EXISTS (SELECT 1 FROM fund_flow f WHERE f.customer_id = c.customer_id
                                          AND f.direction = 'IN')
                        """)
                .param("from", asOf.minusDays(properties.noFundsDays() * 2L))
                .param("to", asOf.minusDays(properties.noFundsDays()))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .list()
                .forEach(row -> create(
                        created,
                        (String) row[0],
                        MotRule.NO_FUNDS,
                        (String) row[0],
                        TaskDetail.of("noDeposit", row[1]),
                        asOf.plusDays(7)));
        return created;
    }

    List<Created> largeWithdrawals(LocalDate asOf) {
        List<Created> created = new ArrayList<>();
        BigDecimal floor = properties.largeWithdrawalMinimum().min(properties.largeWithdrawalAmount());
        jdbc.sql("""
                        SELECT f.flow_id, f.customer_id, f.amount, f.flow_date,
                               (SELECT d.cash + d.market_value FROM daily_asset d
                                WHERE d.customer_id = f.customer_id AND d.as_of < f.flow_date
                                ORDER BY d.as_of DESC LIMIT 1) AS assets_before
                        FROM fund_flow f
                        WHERE f.direction = 'OUT' AND f.flow_date BETWEEN :from AND :to AND f.amount >= :floor
                        """)
                .param("from", asOf.minusDays(3))
                .param("to", asOf)
                .param("floor", floor)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBigDecimal(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getBigDecimal(5)
                })
                .list()
                .forEach(row -> {
                    BigDecimal amount = (BigDecimal) row[2];
                    BigDecimal before = (BigDecimal) row[4];
                    if (MotRules.largeWithdrawal(amount, before, properties)) {
                        create(
                                created,
                                (String) row[1],
                                MotRule.LARGE_WITHDRAWAL,
                                (String) row[0],
                                withdrawalDetail(amount, before),
                                ((LocalDate) row[3]).plusDays(1));
                    }
                });
        return created;
    }

    List<Created> marginCalls(LocalDate asOf) {
        List<Created> created = new ArrayList<>();
        jdbc.sql("""
                        SELECT customer_id, cash, market_value, margin_debt FROM daily_asset
                        WHERE as_of = :day AND margin_debt > 0
                        """)
                .param("day", asOf)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)})
                .list()
                .forEach(row -> {
                    BigDecimal cash = (BigDecimal) row[1];
                    BigDecimal value = (BigDecimal) row[2];
                    BigDecimal debt = (BigDecimal) row[3];
                    if (MotRules.marginCall(cash, value, debt, properties)) {
                        create(
                                created,
                                (String) row[0],
                                MotRule.MARGIN_CALL,
                                row[0] + ":" + asOf,
                                TaskDetail.of("marginRatio", percent(MotRules.maintenanceRatio(cash, value, debt))),
                                asOf);
                    }
                });
        return created;
    }

    /**
     * Clients who meet a permission's requirement on this day but did not on their previous trading day:
     * the 20-day average of total assets crossed the line, or the account just became old enough.
     */
    List<Created> newlyEligible(LocalDate asOf) {
        BigDecimal lowest = java.util.Arrays.stream(Permission.values())
                .map(Permission::averageAssets)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        List<Created> created = new ArrayList<>();
        jdbc.sql("""
                        WITH recent AS (
                            SELECT customer_id, cash + market_value AS total,
                                   ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY as_of DESC) AS rn
                            FROM daily_asset
                            WHERE as_of <= :asOf AND as_of > :since
                        ), averages AS (
                            SELECT customer_id,
                                   AVG(CASE WHEN rn <= 20 THEN total END) AS now20,
                                   AVG(CASE WHEN rn BETWEEN 2 AND 21 THEN total END) AS before20,
                                   COUNT(*) AS days
                            FROM recent WHERE rn <= 21 GROUP BY customer_id
                        )
                        SELECT a.customer_id, a.now20, a.before20, c.open_date, c.risk_level
                        FROM averages a JOIN customer c ON c.customer_id = a.customer_id
                        WHERE a.days >= 21 AND c.status = 'ACTIVE' AND a.now20 >= :lowest
                        """)
                .param("asOf", asOf)
                .param("since", asOf.minusDays(60))
                .param("lowest", lowest)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getBigDecimal(2),
                    rs.getBigDecimal(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)
                })
                .list()
                .forEach(row -> {
                    String customer = (String) row[0];
                    BigDecimal now20 = ((BigDecimal) row[1]).setScale(2, java.math.RoundingMode.HALF_UP);
                    BigDecimal before20 = ((BigDecimal) row[2]).setScale(2, java.math.RoundingMode.HALF_UP);
                    LocalDate opened = (LocalDate) row[3];
                    String level = (String) row[4];
                    for (Permission permission : Permission.values()) {
                        boolean now = permission.met(now20, opened, asOf, level);
                        boolean before = permission.met(before20, opened, asOf.minusDays(1), level);
                        if (now && !before) {
                            create(
                                    created,
                                    customer,
                                    MotRule.PERMISSION_ELIGIBLE,
                                    customer + ":" + permission,
                                    TaskDetail.of(
                                            "eligible",
                                            TaskDetail.key("permission." + permission),
                                            now20.toPlainString()),
                                    asOf.plusDays(14));
                        }
                    }
                });
        return created;
    }

    private Optional<BigDecimal> assetsBefore(String customerId, LocalDate date) {
        return jdbc.sql("""
                        SELECT cash + market_value FROM daily_asset WHERE customer_id = :c AND as_of < :d
                        ORDER BY as_of DESC LIMIT 1
                        """)
                .param("c", customerId)
                .param("d", date)
                .query(BigDecimal.class)
                .optional();
    }

    private void create(
            List<Created> created, String customerId, MotRule rule, String key, String detail, LocalDate due) {
        tasks.create(customerId, rule, key, detail, due)
                .ifPresent(id -> created.add(new Created(id, rule, customerId)));
    }

    private static String withdrawalDetail(BigDecimal amount, BigDecimal before) {
        return before == null
                ? TaskDetail.of("withdrawal", amount.toPlainString())
                : TaskDetail.of("withdrawalOfAssets", amount.toPlainString(), before.toPlainString());
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    static String describe(List<Created> created) {
        return created.stream().map(c -> c.rule() + "#" + c.taskId()).collect(Collectors.joining(", "));
    }
}
