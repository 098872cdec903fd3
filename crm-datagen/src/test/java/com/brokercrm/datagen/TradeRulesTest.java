package com.brokercrm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.datagen.calendar.TradingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Trading rules: calendar, sessions, ticks, price limits, lots, fees and T+1. */
class TradeRulesTest {

    private final Ledgers l = Ledgers.get();
    private final List<Map<String, String>> trades = l.g.rows("trades.csv");
    private final Map<String, Double> rates = commissionRates();

    private Map<String, Double> commissionRates() {
        Map<String, Double> result = new HashMap<>();
        for (Map<String, String> t : l.g.rows("truth.csv")) {
            result.put(t.get("customer_id"), Double.parseDouble(t.get("commission_rate")));
        }
        return result;
    }

    @Test
    void thereAreEnoughTradesToTestAnything() {
        assertThat(trades).hasSizeGreaterThan(5_000);
        assertThat(trades).anyMatch(t -> t.get("side").equals("S"));
    }

    @Test
    void tradesHappenOnTradingDaysDuringTheSessions() {
        LocalTime open = LocalTime.of(9, 30);
        LocalTime lunch = LocalTime.of(11, 30);
        LocalTime afternoon = LocalTime.of(13, 0);
        LocalTime close = LocalTime.of(15, 0);
        for (Map<String, String> t : trades) {
            LocalDate day = LocalDate.parse(t.get("trade_date"));
            assertThat(TradingCalendar.isTradingDay(day)).as(t.toString()).isTrue();
            assertThat(day).isAfter(l.openingDay);
            LocalTime time = LocalTime.parse(t.get("trade_time"));
            boolean morning = !time.isBefore(open) && !time.isAfter(lunch);
            boolean afternoonSession = !time.isBefore(afternoon) && !time.isAfter(close);
            assertThat(morning || afternoonSession).as(t.toString()).isTrue();
        }
    }

    @Test
    void tradeIdsAreUniqueRunningNumbers() {
        Set<String> ids = new HashSet<>();
        for (Map<String, String> t : trades) {
            assertThat(t.get("trade_id")).matches("T\\d{9}");
            assertThat(ids.add(t.get("trade_id"))).isTrue();
        }
    }

    @Test
    void exchangePricesAreOnTheTickAndInsideThePreviousClosesLimitBand() {
        int checked = 0;
        for (Map<String, String> t : trades) {
            if (t.get("exchange").equals("OTC")) {
                continue;
            }
            String key = Ledgers.key(t);
            long price = Ledgers.pips(t.get("price"));
            assertThat(price % 100).as("0.01 tick: " + t).isZero();
            LocalDate day = LocalDate.parse(t.get("trade_date"));
            long prev = l.closes.get(key).lowerEntry(day).getValue();
            int limit = limitPercent(l.securities.get(key), day);
            assertThat(price).as(t.toString()).isBetween(band(prev, -limit), band(prev, limit));
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void closesMoveWithinTheDailyLimitOnTheTick() {
        for (Map.Entry<String, TreeMap<LocalDate, Long>> e : l.closes.entrySet()) {
            Map<String, String> security = l.securities.get(e.getKey());
            if (security.get("exchange").equals("OTC")) {
                continue;
            }
            Long prev = null;
            for (Map.Entry<LocalDate, Long> day : e.getValue().entrySet()) {
                assertThat(day.getValue() % 100).isZero();
                if (prev != null) {
                    int limit = limitPercent(security, day.getKey());
                    assertThat(day.getValue())
                            .as(e.getKey() + " " + day.getKey())
                            .isBetween(band(prev, -limit), band(prev, limit));
                }
                prev = day.getValue();
            }
        }
    }

    @Test
    void amountIsQuantityTimesPriceToTheCent() {
        for (Map<String, String> t : trades) {
            long expected = Ledgers.amount(Long.parseLong(t.get("quantity")), Ledgers.pips(t.get("price")));
            assertThat(Ledgers.cents(t.get("amount"))).as(t.toString()).isEqualTo(expected);
        }
    }

    @Test
    void buysComeInLotsOf100OrAtLeast200OnStar() {
        for (Map<String, String> t : trades) {
            if (!t.get("side").equals("B") || t.get("exchange").equals("OTC")) {
                continue;
            }
            long qty = Long.parseLong(t.get("quantity"));
            if (t.get("security_code").startsWith("688")) {
                assertThat(qty).as(t.toString()).isGreaterThanOrEqualTo(200);
            } else {
                assertThat(qty % 100).as(t.toString()).isZero();
            }
        }
    }

    @Test
    void feesFollowTheRules() {
        int stampDuties = 0;
        for (Map<String, String> t : trades) {
            long amount = Ledgers.cents(t.get("amount"));
            long commission = Ledgers.cents(t.get("commission"));
            long stamp = Ledgers.cents(t.get("stamp_duty"));
            long transfer = Ledgers.cents(t.get("transfer_fee"));
            String type = l.securities.get(Ledgers.key(t)).get("type");
            if (t.get("exchange").equals("OTC")) {
                assertThat(commission + stamp + transfer).as(t.toString()).isZero();
                continue;
            }
            long byRate =
                    round(BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(rates.get(t.get("customer_id")))));
            assertThat(commission)
                    .as(t.toString())
                    .isEqualTo(Math.max(500, byRate))
                    .isGreaterThanOrEqualTo(500);
            boolean stock = type.equals("STOCK");
            long expectedStamp = stock && t.get("side").equals("S")
                    ? round(BigDecimal.valueOf(amount).multiply(new BigDecimal("0.0005")))
                    : 0;
            assertThat(stamp).as("stamp duty " + t).isEqualTo(expectedStamp);
            long expectedTransfer = stock ? round(BigDecimal.valueOf(amount).multiply(new BigDecimal("0.00001"))) : 0;
            assertThat(transfer).as("transfer fee " + t).isEqualTo(expectedTransfer);
            if (stamp > 0) {
                stampDuties++;
            }
        }
        assertThat(stampDuties).isGreaterThan(100);
    }

    @Test
    void noSellExceedsTheHoldingAtThePreviousClose() {
        int sells = 0;
        for (String customer : l.tradesByCustomerDay.keySet()) {
            HoldingsReplay replay = new HoldingsReplay(
                    l.positionsByCustomerDay.getOrDefault(customer, Map.of()).get(l.openingDay));
            var flows = HoldingsReplay.orEmpty(l.flowsByCustomerDay.get(customer));
            for (var day : l.tradesByCustomerDay.get(customer).entrySet()) {
                Map<String, Long> soldToday = new HashMap<>();
                for (Map<String, String> t : day.getValue()) {
                    if (t.get("side").equals("S")) {
                        long sold = soldToday.merge(Ledgers.key(t), Long.parseLong(t.get("quantity")), Long::sum);
                        assertThat(sold)
                                .as("T+1: " + customer + " sells " + t + " holding " + replay.quantity(Ledgers.key(t)))
                                .isLessThanOrEqualTo(replay.quantity(Ledgers.key(t)));
                        sells++;
                    }
                }
                List<Map<String, String>> ordered = new ArrayList<>(day.getValue());
                ordered.sort((a, b) -> a.get("side").compareTo(b.get("side")) * -1); // sells first
                replay.applyDay(ordered, flows.get(day.getKey()));
            }
        }
        assertThat(sells).isGreaterThan(1000);
    }

    /** The limit price {@code percent} away from the previous close, rounded half up to 0.01. */
    static long band(long previousClosePips, int percent) {
        BigDecimal p = BigDecimal.valueOf(previousClosePips)
                .multiply(BigDecimal.valueOf(100 + percent))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP);
        return p.longValueExact() * 100;
    }

    static int limitPercent(Map<String, String> security, LocalDate day) {
        boolean st = security.get("is_st").equals("true");
        return switch (security.get("board")) {
            case "STAR" -> 20;
            case "CHINEXT" -> day.isBefore(LocalDate.of(2020, 8, 24)) ? 10 : 20;
            case "BSE" -> 30;
            case "MAIN" -> st && day.isBefore(LocalDate.of(2026, 7, 6)) ? 5 : 10;
            default -> 10;
        };
    }

    private static long round(BigDecimal cents) {
        return cents.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
