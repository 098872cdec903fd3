package com.brokercrm.analytics.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's indicators as of one date: a row of {@code customer_indicator}, read by column name
 * ({@code turnover_60}) or by indicator name and window ({@code value("turnover", 60)}).
 *
 * <p>Values may be empty (null) where an indicator is undefined, e.g. a share of trading value for a
 * client who did not trade. {@link #value} gives every numeric indicator as a {@code Double} (null when
 * empty); the typed getters give the stored type.
 */
public final class IndicatorRow {

    private final String customerId;
    private final LocalDate asOf;
    private final Object[] values;

    IndicatorRow(String customerId, LocalDate asOf, Object[] values) {
        this.customerId = customerId;
        this.asOf = asOf;
        this.values = values;
    }

    /**
     * A row built from column values (for tests and callers that compute indicators elsewhere): columns
     * not named are empty. Values must have the column's stored type (BigDecimal, Double, Integer or
     * LocalDate).
     */
    public static IndicatorRow of(String customerId, LocalDate asOf, Map<String, ?> values) {
        IndicatorCatalogue catalogue = IndicatorCatalogue.get();
        Object[] row = new Object[catalogue.indicators().size()];
        values.forEach((column, value) -> row[catalogue.index(column)] = value);
        return new IndicatorRow(customerId, asOf, row);
    }

    public String customerId() {
        return customerId;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The raw value of a column: BigDecimal, Double, Integer, LocalDate or null. */
    public Object get(String column) {
        return values[IndicatorCatalogue.get().index(column)];
    }

    /** A numeric column as a double, null when empty. */
    public Double value(String column) {
        Object v = get(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(column + " is not numeric");
    }

    /** A numeric indicator over a window (0 for a point-in-time indicator), null when empty. */
    public Double value(String name, int window) {
        return value(IndicatorCatalogue.column(name, window));
    }

    /** A numeric column, or {@code fallback} when empty. */
    public double valueOr(String column, double fallback) {
        Double v = value(column);
        return v == null ? fallback : v;
    }

    public BigDecimal money(String column) {
        return (BigDecimal) typed(column, Indicator.Kind.MONEY);
    }

    public Double ratio(String column) {
        Indicator.Kind kind = IndicatorCatalogue.get().column(column).kind();
        if (kind != Indicator.Kind.RATIO && kind != Indicator.Kind.AMOUNT) {
            throw new IllegalArgumentException(column + " is " + kind + ", not a double");
        }
        return (Double) get(column);
    }

    public Integer count(String column) {
        return (Integer) typed(column, Indicator.Kind.COUNT);
    }

    public LocalDate date(String column) {
        return (LocalDate) typed(column, Indicator.Kind.DATE);
    }

    /** Every column and its value, in catalogue order (nulls included). */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Indicator> indicators = IndicatorCatalogue.get().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            map.put(indicators.get(i).column(), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    private Object typed(String column, Indicator.Kind kind) {
        Indicator indicator = IndicatorCatalogue.get().column(column);
        if (indicator.kind() != kind) {
            throw new IllegalArgumentException(column + " is " + indicator.kind() + ", not " + kind);
        }
        return get(column);
    }

    @Override
    public String toString() {
        return "IndicatorRow[" + customerId + " as of " + asOf + "]";
    }
}
