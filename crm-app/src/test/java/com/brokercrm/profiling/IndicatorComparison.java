package com.brokercrm.profiling;

import com.brokercrm.analytics.indicator.Indicator;
import com.brokercrm.analytics.indicator.IndicatorCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares indicator values column by column, each kind with its own precision. */
final class IndicatorComparison {

    /** Relative tolerance of doubles: engines and Java may add in a different order. */
    static final double RELATIVE = 1e-9;

    private IndicatorComparison() {}

    /** Differences between two clients' values, one line each; empty when they agree. */
    static List<String> differences(String who, Map<String, Object> expected, Map<String, Object> actual) {
        List<String> out = new ArrayList<>();
        for (Indicator indicator : IndicatorCatalogue.get().indicators()) {
            String column = indicator.column();
            Object e = expected.get(column);
            Object a = actual.get(column);
            if (!expected.containsKey(column)) {
                out.add(who + " " + column + ": no expected value");
            } else if (!same(indicator, e, a)) {
                out.add(who + " " + column + ": expected " + e + " but was " + a);
            }
        }
        return out;
    }

    static boolean same(Indicator indicator, Object e, Object a) {
        if (e == null || a == null) {
            return e == null && a == null;
        }
        return switch (indicator.kind()) {
            case MONEY -> ((BigDecimal) e).compareTo((BigDecimal) a) == 0;
            case AMOUNT -> Math.abs(((Number) e).doubleValue() - ((Number) a).doubleValue()) < 0.005;
            case RATIO -> close(((Number) e).doubleValue(), ((Number) a).doubleValue());
            case COUNT -> ((Number) e).longValue() == ((Number) a).longValue();
            case DATE -> Objects.equals(e, a);
        };
    }

    static boolean close(double e, double a) {
        return Math.abs(e - a) <= RELATIVE * Math.max(1, Math.max(Math.abs(e), Math.abs(a)));
    }
}
