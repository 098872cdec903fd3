package com.brokercrm.datagen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays one client's holdings from the opening positions through the trades and custody
 * transfers, day by day, independently of the generator's code.
 */
final class HoldingsReplay {

    /** Quantity and cost (cents) of one position. */
    static final class Position {
        long quantity;
        long cost;
    }

    final Map<String, Position> holdings = new TreeMap<>();

    HoldingsReplay(List<Map<String, String>> openingPositions) {
        if (openingPositions != null) {
            for (Map<String, String> p : openingPositions) {
                Position pos = new Position();
                pos.quantity = Long.parseLong(p.get("quantity"));
                pos.cost = Ledgers.cents(p.get("cost_amount"));
                holdings.put(Ledgers.key(p), pos);
            }
        }
    }

    long quantity(String key) {
        Position p = holdings.get(key);
        return p == null ? 0 : p.quantity;
    }

    /** Applies one trade; cost is purchase amount plus fees, reduced pro rata (half up) on sells. */
    void apply(Map<String, String> trade) {
        String key = Ledgers.key(trade);
        long qty = Long.parseLong(trade.get("quantity"));
        Position p = holdings.computeIfAbsent(key, k -> new Position());
        if (trade.get("side").equals("B")) {
            p.quantity += qty;
            p.cost += Ledgers.cents(trade.get("amount")) + Ledgers.fees(trade);
        } else {
            long remaining = p.quantity - qty;
            if (remaining == 0) {
                holdings.remove(key);
                return;
            }
            p.cost = BigDecimal.valueOf(p.cost)
                    .multiply(BigDecimal.valueOf(remaining))
                    .divide(BigDecimal.valueOf(p.quantity), 0, RoundingMode.HALF_UP)
                    .longValueExact();
            p.quantity = remaining;
        }
    }

    /** Applies a day's trades and, when the client transferred its securities out that day, empties the account. */
    void applyDay(List<Map<String, String>> trades, List<Map<String, String>> flows) {
        if (trades != null) {
            trades.forEach(this::apply);
        }
        if (flows != null && flows.stream().anyMatch(f -> f.get("kind").equals("CUSTODY_TRANSFER"))) {
            holdings.clear();
        }
    }

    long marketValue(Ledgers l, LocalDate day) {
        long mv = 0;
        for (Map.Entry<String, Position> e : holdings.entrySet()) {
            mv += Ledgers.amount(e.getValue().quantity, l.close(e.getKey(), day));
        }
        return mv;
    }

    static TreeMap<LocalDate, List<Map<String, String>>> orEmpty(TreeMap<LocalDate, List<Map<String, String>>> m) {
        return m == null ? new TreeMap<>() : m;
    }
}
