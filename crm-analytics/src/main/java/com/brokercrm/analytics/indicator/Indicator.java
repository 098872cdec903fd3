package com.brokercrm.analytics.indicator;

/**
 * One column of {@code customer_indicator}: an indicator, over one window or at one point in time.
 *
 * @param name the indicator's name without the window ({@code turnover})
 * @param column the column holding it ({@code turnover_60}); equal to the name for point-in-time indicators
 * @param window trading days the indicator looks back over (20, 60 or 250), or 0 for a value at the as-of date
 * @param kind how the value is stored and read
 * @param unit what the number is measured in (CNY, ratio, count, trading days, ...)
 * @param description what the value means, in one or two sentences
 */
public record Indicator(String name, String column, int window, Kind kind, String unit, String description) {

    /** Storage and Java type of an indicator. */
    public enum Kind {
        /** Exact money: {@code DECIMAL(18,2)}, read as {@code BigDecimal}. */
        MONEY("DECIMAL(18, 2)"),
        /** An average or an estimate in CNY: {@code DOUBLE PRECISION}, read as {@code Double}. */
        AMOUNT("DOUBLE PRECISION"),
        /** A share, a ratio or a return: {@code DOUBLE PRECISION}, read as {@code Double}. */
        RATIO("DOUBLE PRECISION"),
        /** A count or a number of days: {@code INTEGER}, read as {@code Integer}. */
        COUNT("INTEGER"),
        /** A date: {@code DATE}, read as {@code LocalDate}. */
        DATE("DATE");

        private final String sqlType;

        Kind(String sqlType) {
            this.sqlType = sqlType;
        }

        public String sqlType() {
            return sqlType;
        }
    }

    public boolean windowed() {
        return window > 0;
    }
}
