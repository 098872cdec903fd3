package com.brokercrm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planted behaviour is visible in the data, on a run large enough for statistics (4,000 clients
 * x 1 year): personas drive board mix and activity with overlap, churners drift before leaving,
 * assets are heavy-tailed, margin is used only by eligible clients.
 */
class BehaviourTest {

    private static final Set<String> HIGH_RISK = Set.of("STAR", "CHINEXT", "BSE", "ST");

    private static Path dir;
    private static Map<String, Map<String, String>> truth;
    private static Map<String, String> segmentOf;
    private static Map<String, List<Map<String, String>>> tradesByCustomer;
    private static Map<String, TreeMap<LocalDate, Long>> closes;

    @BeforeAll
    static void generate() throws IOException {
        dir = Files.createTempDirectory("datagen-behaviour");
        new BrokerageGenerator().generate(GeneratorOptions.of(4_000, 1, 777, dir), GenerationProgress.NONE);
        truth = new HashMap<>();
        for (Map<String, String> t : Csv.read(dir.resolve("truth.csv")).maps()) {
            truth.put(t.get("customer_id"), t);
        }
        segmentOf = new HashMap<>();
        for (Map<String, String> s : Csv.read(dir.resolve("securities.csv")).maps()) {
            String segment = s.get("is_st").equals("true")
                    ? "ST"
                    : s.get("type").equals("STOCK")
                            ? s.get("board")
                            : s.get("exchange").equals("OTC") ? "OTC" : "ETF";
            segmentOf.put(Ledgers.key(s), segment);
        }
        tradesByCustomer = new HashMap<>();
        for (Map<String, String> t : Csv.read(dir.resolve("trades.csv")).maps()) {
            tradesByCustomer
                    .computeIfAbsent(t.get("customer_id"), k -> new ArrayList<>())
                    .add(t);
        }
        closes = new HashMap<>();
        for (Map<String, String> p : Csv.read(dir.resolve("prices.csv")).maps()) {
            closes.computeIfAbsent(Ledgers.key(p), k -> new TreeMap<>())
                    .put(LocalDate.parse(p.get("trade_date")), Ledgers.pips(p.get("close")));
        }
    }

    @AfterAll
    static void cleanUp() {
        GeneratedBrokerage.delete(dir);
    }

    /** Share of a client's buy value in the given segments, or -1 without buys. */
    private static double buyShare(String customer, Set<String> segments) {
        long all = 0;
        long in = 0;
        for (Map<String, String> t : tradesByCustomer.getOrDefault(customer, List.of())) {
            if (t.get("side").equals("B")) {
                long amount = Ledgers.cents(t.get("amount"));
                all += amount;
                if (segments.contains(segmentOf.get(Ledgers.key(t)))) {
                    in += amount;
                }
            }
        }
        return all == 0 ? -1 : in / (double) all;
    }

    private static double average(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    @Test
    void personasDriveBoardMixAndActivity() {
        Map<String, List<Double>> highRisk = new HashMap<>();
        Map<String, List<Double>> funds = new HashMap<>();
        Map<String, List<Double>> trades = new HashMap<>();
        for (String customer : truth.keySet()) {
            String persona = truth.get(customer).get("behaves_as");
            trades.computeIfAbsent(persona, k -> new ArrayList<>()).add((double)
                    tradesByCustomer.getOrDefault(customer, List.of()).size());
            double share = buyShare(customer, HIGH_RISK);
            if (share >= 0) {
                highRisk.computeIfAbsent(persona, k -> new ArrayList<>()).add(share);
                funds.computeIfAbsent(persona, k -> new ArrayList<>()).add(buyShare(customer, Set.of("ETF", "OTC")));
            }
        }
        assertThat(average(highRisk.get("RISK_SEEKING"))).isGreaterThan(0.35);
        assertThat(average(highRisk.get("RISK_SEEKING"))).isGreaterThan(average(highRisk.get("RISK_AVERSE")) + 0.15);
        assertThat(average(highRisk.get("RISK_AVERSE"))).isGreaterThan(average(highRisk.get("CONSERVATIVE")));
        assertThat(average(highRisk.get("CONSERVATIVE"))).isLessThan(0.2);
        assertThat(average(funds.get("CONSERVATIVE"))).isGreaterThan(average(funds.get("RISK_AVERSE")) + 0.2);
        assertThat(average(trades.get("RISK_SEEKING"))).isGreaterThan(1.5 * average(trades.get("RISK_AVERSE")));
        assertThat(average(trades.get("RISK_AVERSE"))).isGreaterThan(1.3 * average(trades.get("CONSERVATIVE")));
    }

    @Test
    void personasOverlapSoThatClassifyingThemIsNotTrivial() {
        List<Double> averse = new ArrayList<>();
        List<Double> seeking = new ArrayList<>();
        for (String customer : truth.keySet()) {
            double share = buyShare(customer, HIGH_RISK);
            if (tradesByCustomer.getOrDefault(customer, List.of()).size() >= 10) {
                String persona = truth.get(customer).get("persona");
                (persona.equals("RISK_AVERSE")
                                ? averse
                                : persona.equals("RISK_SEEKING") ? seeking : new ArrayList<Double>())
                        .add(share);
            }
        }
        averse.sort(null);
        double averseMedian = averse.get(averse.size() / 2);
        long belowAverseMedian = seeking.stream().filter(s -> s < averseMedian).count();
        // about 5% of risk seekers buy fewer high-risk boards than the median risk-averse client: the atypical
        // ones (8%, half of them trading like a conservative or risk-averse client) and the overlap of the styles
        assertThat(belowAverseMedian / (double) seeking.size()).isBetween(0.03, 0.4);
    }

    @Test
    void drainingChurnersTradeLessAndWithdrawMoreDuringTheDrift() {
        Map<String, TreeMap<LocalDate, Long>> withdrawals = new HashMap<>();
        for (Map<String, String> f : Csv.read(dir.resolve("fund_flows.csv")).maps()) {
            if (f.get("direction").equals("OUT") && f.get("kind").equals("BANK_TRANSFER")) {
                withdrawals
                        .computeIfAbsent(f.get("customer_id"), k -> new TreeMap<>())
                        .merge(LocalDate.parse(f.get("flow_date")), Ledgers.cents(f.get("amount")), Long::sum);
            }
        }
        long outBefore = 0;
        long outDuring = 0;
        int buysBefore = 0;
        int buysDuring = 0;
        int churners = 0;
        for (Map<String, String> t : truth.values()) {
            if (!Set.of("COMMISSION_SENSITIVE", "LIFE_EVENT", "COMPETITOR").contains(t.get("churn_kind"))) {
                continue;
            }
            LocalDate drift = LocalDate.parse(t.get("drift_start"));
            LocalDate event = LocalDate.parse(t.get("churn_date"));
            LocalDate before = drift.minusDays(event.toEpochDay() - drift.toEpochDay());
            TreeMap<LocalDate, Long> out = withdrawals.getOrDefault(t.get("customer_id"), new TreeMap<>());
            outBefore += out.subMap(before, drift).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            outDuring += out.subMap(drift, event).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            for (Map<String, String> trade : tradesByCustomer.getOrDefault(t.get("customer_id"), List.of())) {
                LocalDate day = LocalDate.parse(trade.get("trade_date"));
                if (trade.get("side").equals("B") && !day.isBefore(before) && day.isBefore(event)) {
                    if (day.isBefore(drift)) {
                        buysBefore++;
                    } else {
                        buysDuring++;
                    }
                }
            }
            churners++;
        }
        assertThat(churners).isGreaterThan(40);
        assertThat(outDuring).isGreaterThan(2 * outBefore);
        assertThat(buysDuring).isLessThan(buysBefore * 3 / 4);
    }

    @Test
    void servicePoorChurnersGetLessOutreachAndAreLessSatisfied() throws IOException {
        Map<String, Integer> accountDays = new HashMap<>();
        try (Stream<String> lines = Files.lines(dir.resolve("daily_assets.csv"))) {
            lines.skip(1).forEach(l -> accountDays.merge(l.substring(0, l.indexOf(',')), 1, Integer::sum));
        }
        Map<String, Double> outreach = new HashMap<>();
        Map<String, List<Double>> ratings = new HashMap<>();
        Set<String> outbound = Set.of("CALL_OUT", "WECHAT", "VISIT");
        for (Map<String, String> c : Csv.read(dir.resolve("contacts.csv")).maps()) {
            String kind = truth.get(c.get("customer_id")).get("churn_kind");
            String group = kind.equals("SERVICE_POOR") ? "poor" : kind.isEmpty() ? "loyal" : "other";
            if (outbound.contains(c.get("channel")) && !c.get("topic").endsWith("办理")) {
                outreach.merge(group, 1.0, Double::sum);
            }
            if (!c.get("satisfaction").isEmpty()) {
                ratings.computeIfAbsent(group, k -> new ArrayList<>()).add(Double.parseDouble(c.get("satisfaction")));
            }
        }
        Map<String, Double> years = new HashMap<>();
        accountDays.forEach((customer, days) -> {
            String kind = truth.get(customer).get("churn_kind");
            String group = kind.equals("SERVICE_POOR") ? "poor" : kind.isEmpty() ? "loyal" : "other";
            years.merge(group, days / 244.0, Double::sum);
        });
        assertThat(years.get("poor")).isGreaterThan(10);
        double poorRate = outreach.get("poor") / years.get("poor");
        double loyalRate = outreach.get("loyal") / years.get("loyal");
        assertThat(poorRate).isLessThan(0.5 * loyalRate);
        assertThat(average(ratings.get("poor"))).isLessThan(average(ratings.get("loyal")) - 0.8);
    }

    @Test
    void performanceDrivenChurnersBuyLosersDuringTheDrift() {
        List<Double> driftBuys = new ArrayList<>();
        List<Double> otherBuys = new ArrayList<>();
        for (Map<String, String> t : truth.values()) {
            boolean planted = t.get("churn_kind").equals("PERFORMANCE_DRIVEN");
            LocalDate drift = planted ? LocalDate.parse(t.get("drift_start")) : null;
            LocalDate event = planted ? LocalDate.parse(t.get("churn_date")) : null;
            for (Map<String, String> trade : tradesByCustomer.getOrDefault(t.get("customer_id"), List.of())) {
                TreeMap<LocalDate, Long> series = closes.get(Ledgers.key(trade));
                LocalDate day = LocalDate.parse(trade.get("trade_date"));
                if (!trade.get("side").equals("B")
                        || trade.get("exchange").equals("OTC")
                        || series.tailMap(day).size() <= 20) {
                    continue;
                }
                long later = series.tailMap(day).values().stream()
                        .skip(20)
                        .findFirst()
                        .orElseThrow();
                double forward = later / (double) Ledgers.pips(trade.get("price")) - 1;
                if (planted && !day.isBefore(drift) && day.isBefore(event)) {
                    driftBuys.add(forward);
                } else {
                    otherBuys.add(forward);
                }
            }
        }
        assertThat(driftBuys).hasSizeGreaterThan(30);
        assertThat(average(driftBuys)).isLessThan(average(otherBuys) - 0.03);
    }

    @Test
    void assetsAreHeavyTailedAndQuestionnairesSometimesExpired() {
        List<Double> assets = new ArrayList<>();
        truth.values().forEach(t -> assets.add(Double.parseDouble(t.get("start_assets"))));
        assets.sort(null);
        double median = assets.get(assets.size() / 2);
        assertThat(assets.stream().filter(a -> a < 100_000).count() / (double) assets.size())
                .isGreaterThan(0.6);
        assertThat(assets.getLast()).isGreaterThan(100 * median).isGreaterThan(2_000_000);
        List<Map<String, String>> customers =
                Csv.read(dir.resolve("customers.csv")).maps();
        LocalDate twoYearsAgo = GeneratorOptions.DEFAULT_END_DATE.minusYears(2);
        long assessed = customers.stream()
                .filter(c -> !c.get("risk_assessed_on").isEmpty())
                .count();
        long expired = customers.stream()
                .filter(c -> !c.get("risk_assessed_on").isEmpty())
                .filter(c -> LocalDate.parse(c.get("risk_assessed_on")).isBefore(twoYearsAgo))
                .count();
        assertThat(expired / (double) assessed).isBetween(0.08, 0.25);
        Set<String> levels = new HashSet<>();
        customers.forEach(c -> levels.add(c.get("risk_level")));
        assertThat(levels).contains("C1", "C2", "C3", "C4", "C5");
    }

    @Test
    void onlyEligibleMarginClientsCarryDebt() throws IOException {
        Map<String, String> levels = new HashMap<>();
        for (Map<String, String> c : Csv.read(dir.resolve("customers.csv")).maps()) {
            levels.put(
                    c.get("customer_id"), c.get("investor_type").equals("PROFESSIONAL") ? "PRO" : c.get("risk_level"));
        }
        Set<String> indebted = new HashSet<>();
        try (Stream<String> lines = Files.lines(dir.resolve("daily_assets.csv"))) {
            lines.skip(1).filter(l -> !l.endsWith(",0.00")).forEach(l -> indebted.add(l.substring(0, l.indexOf(','))));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(indebted).isNotEmpty();
        for (String customer : indebted) {
            Map<String, String> t = truth.get(customer);
            assertThat(t.get("margin")).isEqualTo("true");
            assertThat(Double.parseDouble(t.get("start_assets"))).isGreaterThanOrEqualTo(500_000);
            assertThat(levels.get(customer)).isIn("C4", "C5", "PRO");
        }
    }
}
