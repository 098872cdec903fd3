package com.brokercrm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Daily assets, fund flows and positions agree with each other, with the trades and with the prices. */
class AccountConsistencyTest {

    private final Ledgers l = Ledgers.get();

    @Test
    void cashMarketValueAndDebtAreNeverNegative() {
        for (Map<String, String> a : l.g.rows("daily_assets.csv")) {
            assertThat(Ledgers.cents(a.get("cash"))).as(a.toString()).isNotNegative();
            assertThat(Ledgers.cents(a.get("market_value"))).as(a.toString()).isNotNegative();
            assertThat(Ledgers.cents(a.get("margin_debt"))).as(a.toString()).isNotNegative();
        }
    }

    @Test
    void everyClientHasOneRowPerTradingDayWithoutGaps() {
        List<LocalDate> tradingDays =
                new ArrayList<>(l.closes.values().iterator().next().keySet());
        assertThat(l.assetsByCustomer).hasSize(GeneratedBrokerage.CUSTOMERS);
        for (var e : l.assetsByCustomer.entrySet()) {
            List<Map<String, String>> rows = e.getValue();
            int start = tradingDays.indexOf(LocalDate.parse(rows.getFirst().get("as_of")));
            assertThat(start).isNotNegative();
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).get("as_of"))
                        .as(e.getKey())
                        .isEqualTo(tradingDays.get(start + i).toString());
            }
        }
    }

    @Test
    void cashReconcilesWithTradesFlowsAndDebtDayByDay() {
        int days = 0;
        for (var e : l.assetsByCustomer.entrySet()) {
            String customer = e.getKey();
            var trades = HoldingsReplay.orEmpty(l.tradesByCustomerDay.get(customer));
            var flows = HoldingsReplay.orEmpty(l.flowsByCustomerDay.get(customer));
            long cash = 0;
            long debt = 0;
            boolean first = true;
            for (Map<String, String> a : e.getValue()) {
                LocalDate day = LocalDate.parse(a.get("as_of"));
                long todayCash = Ledgers.cents(a.get("cash"));
                long todayDebt = Ledgers.cents(a.get("margin_debt"));
                if (first && day.equals(l.openingDay)) {
                    assertThat(trades.get(day)).isNull();
                } else {
                    long expected = cash + (todayDebt - debt);
                    for (Map<String, String> f : flows.getOrDefault(day, List.of())) {
                        if (!f.get("kind").equals("CUSTODY_TRANSFER")) {
                            long amount = Ledgers.cents(f.get("amount"));
                            expected += f.get("direction").equals("IN") ? amount : -amount;
                        }
                    }
                    for (Map<String, String> t : trades.getOrDefault(day, List.of())) {
                        long amount = Ledgers.cents(t.get("amount"));
                        expected += t.get("side").equals("S") ? amount - Ledgers.fees(t) : -amount - Ledgers.fees(t);
                    }
                    assertThat(todayCash).as(customer + " on " + day).isEqualTo(expected);
                    days++;
                }
                first = false;
                cash = todayCash;
                debt = todayDebt;
            }
        }
        assertThat(days).isGreaterThan(50_000);
    }

    @Test
    void withdrawalsNeverExceedTheCashOnHand() {
        for (var e : l.assetsByCustomer.entrySet()) {
            var flows = HoldingsReplay.orEmpty(l.flowsByCustomerDay.get(e.getKey()));
            var trades = HoldingsReplay.orEmpty(l.tradesByCustomerDay.get(e.getKey()));
            long previousCash = 0;
            for (Map<String, String> a : e.getValue()) {
                LocalDate day = LocalDate.parse(a.get("as_of"));
                long available = previousCash;
                long out = 0;
                for (Map<String, String> f : flows.getOrDefault(day, List.of())) {
                    if (f.get("kind").equals("CUSTODY_TRANSFER")) {
                        continue;
                    }
                    long amount = Ledgers.cents(f.get("amount"));
                    if (f.get("direction").equals("IN")) {
                        available += amount;
                    } else {
                        out += amount;
                    }
                }
                for (Map<String, String> t : trades.getOrDefault(day, List.of())) {
                    if (t.get("side").equals("S")) {
                        available += Ledgers.cents(t.get("amount")) - Ledgers.fees(t);
                    }
                }
                assertThat(out).as(e.getKey() + " on " + day).isLessThanOrEqualTo(available);
                previousCash = Ledgers.cents(a.get("cash"));
            }
        }
    }

    @Test
    void marketValueAndPositionsMatchTheTradesAndPrices() {
        int snapshots = 0;
        for (var e : l.assetsByCustomer.entrySet()) {
            String customer = e.getKey();
            var positions = l.positionsByCustomerDay.getOrDefault(customer, Map.of());
            HoldingsReplay replay = new HoldingsReplay(positions.get(l.openingDay));
            var trades = HoldingsReplay.orEmpty(l.tradesByCustomerDay.get(customer));
            var flows = HoldingsReplay.orEmpty(l.flowsByCustomerDay.get(customer));
            for (Map<String, String> a : e.getValue()) {
                LocalDate day = LocalDate.parse(a.get("as_of"));
                if (!day.equals(l.openingDay)) {
                    replay.applyDay(trades.get(day), flows.get(day));
                }
                assertThat(Ledgers.cents(a.get("market_value")))
                        .as(customer + " market value on " + day)
                        .isEqualTo(replay.marketValue(l, day));
                List<Map<String, String>> snapshot = positions.get(day);
                if (snapshot != null || isSnapshotDay(day)) {
                    assertThat(asMap(snapshot))
                            .as(customer + " positions on " + day)
                            .isEqualTo(expected(replay, day));
                    snapshots++;
                }
            }
        }
        assertThat(snapshots).isGreaterThan(1000);
    }

    @Test
    void positionsAreWrittenOnTheOpeningDayEachMonthEndAndTheLastDay() {
        List<LocalDate> days =
                new ArrayList<>(l.closes.values().iterator().next().keySet());
        TreeMap<LocalDate, Integer> rowsPerDay = new TreeMap<>();
        for (Map<String, String> p : l.g.rows("positions.csv")) {
            rowsPerDay.merge(LocalDate.parse(p.get("as_of")), 1, Integer::sum);
        }
        for (LocalDate d : rowsPerDay.keySet()) {
            assertThat(isSnapshotDay(d)).as(d.toString()).isTrue();
        }
        assertThat(rowsPerDay).containsKeys(days.getFirst(), days.getLast());
        assertThat(rowsPerDay.size()).isGreaterThanOrEqualTo(13);
    }

    private boolean isSnapshotDay(LocalDate day) {
        TreeMap<LocalDate, Long> anyPrices = l.closes.values().iterator().next();
        LocalDate next = anyPrices.higherKey(day);
        return day.equals(l.openingDay) || next == null || next.getMonthValue() != day.getMonthValue();
    }

    private static Map<String, List<Long>> asMap(List<Map<String, String>> rows) {
        Map<String, List<Long>> result = new HashMap<>();
        if (rows != null) {
            for (Map<String, String> p : rows) {
                result.put(
                        Ledgers.key(p),
                        List.of(
                                Long.parseLong(p.get("quantity")),
                                Ledgers.cents(p.get("cost_amount")),
                                Ledgers.cents(p.get("market_value"))));
            }
        }
        return result;
    }

    private Map<String, List<Long>> expected(HoldingsReplay replay, LocalDate day) {
        Map<String, List<Long>> result = new HashMap<>();
        replay.holdings.forEach((key, p) ->
                result.put(key, List.of(p.quantity, p.cost, Ledgers.amount(p.quantity, l.close(key, day)))));
        return result;
    }
}
