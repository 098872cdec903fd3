package com.brokercrm.datagen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parsed views of the generated files for the tests: money in cents, rows grouped by client and day. */
final class Ledgers {

    final GeneratedBrokerage g;
    final LocalDate openingDay;
    final Map<String, TreeMap<LocalDate, List<Map<String, String>>>> tradesByCustomerDay = new HashMap<>();
    final Map<String, TreeMap<LocalDate, List<Map<String, String>>>> flowsByCustomerDay = new HashMap<>();
    final Map<String, List<Map<String, String>>> assetsByCustomer = new HashMap<>();
    final Map<String, Map<LocalDate, List<Map<String, String>>>> positionsByCustomerDay = new HashMap<>();
    final Map<String, TreeMap<LocalDate, Long>> closes = new HashMap<>();
    final Map<String, Map<String, String>> securities = new HashMap<>();

    private static Ledgers instance;

    static synchronized Ledgers get() {
        if (instance == null) {
            instance = new Ledgers(GeneratedBrokerage.get());
        }
        return instance;
    }

    private Ledgers(GeneratedBrokerage g) {
        this.g = g;
        for (Map<String, String> t : g.rows("trades.csv")) {
            tradesByCustomerDay
                    .computeIfAbsent(t.get("customer_id"), k -> new TreeMap<>())
                    .computeIfAbsent(LocalDate.parse(t.get("trade_date")), k -> new ArrayList<>())
                    .add(t);
        }
        for (Map<String, String> f : g.rows("fund_flows.csv")) {
            flowsByCustomerDay
                    .computeIfAbsent(f.get("customer_id"), k -> new TreeMap<>())
                    .computeIfAbsent(LocalDate.parse(f.get("flow_date")), k -> new ArrayList<>())
                    .add(f);
        }
        for (Map<String, String> a : g.rows("daily_assets.csv")) {
            assetsByCustomer
                    .computeIfAbsent(a.get("customer_id"), k -> new ArrayList<>())
                    .add(a);
        }
        for (Map<String, String> p : g.rows("positions.csv")) {
            positionsByCustomerDay
                    .computeIfAbsent(p.get("customer_id"), k -> new HashMap<>())
                    .computeIfAbsent(LocalDate.parse(p.get("as_of")), k -> new ArrayList<>())
                    .add(p);
        }
        LocalDate first = null;
        for (Map<String, String> p : g.rows("prices.csv")) {
            LocalDate d = LocalDate.parse(p.get("trade_date"));
            closes.computeIfAbsent(key(p), k -> new TreeMap<>()).put(d, pips(p.get("close")));
            if (first == null || d.isBefore(first)) {
                first = d;
            }
        }
        openingDay = first;
        for (Map<String, String> s : g.rows("securities.csv")) {
            securities.put(key(s), s);
        }
    }

    static String key(Map<String, String> row) {
        return row.get("exchange") + ":" + row.get("security_code");
    }

    static long cents(String money) {
        return new BigDecimal(money).movePointRight(2).longValueExact();
    }

    static long pips(String price) {
        return new BigDecimal(price).movePointRight(4).longValueExact();
    }

    /** quantity x price (pips) rounded half up to cents. */
    static long amount(long quantity, long pricePips) {
        return BigDecimal.valueOf(quantity * pricePips)
                .movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    long close(String securityKey, LocalDate day) {
        return closes.get(securityKey).get(day);
    }

    /** Sum of fees of a trade row in cents. */
    static long fees(Map<String, String> t) {
        return cents(t.get("commission")) + cents(t.get("stamp_duty")) + cents(t.get("transfer_fee"));
    }
}
