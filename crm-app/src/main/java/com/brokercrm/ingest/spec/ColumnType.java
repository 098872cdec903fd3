package com.brokercrm.ingest.spec;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The type of one column of the import contract: parses the text of a field into its typed value. */
public sealed interface ColumnType {

    /** Parses a non-empty, trimmed field; throws with a reason a person understands. */
    Object parse(String text) throws InvalidValue;

    /** SQL type of the column in the staging table. */
    String sqlType();

    ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ColumnType text(int maxLength) {
        return new Text(maxLength);
    }

    static ColumnType oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    static ColumnType money() {
        return new Decimal(18, 2, null, false);
    }

    static ColumnType moneyAtLeastZero() {
        return new Decimal(18, 2, BigDecimal.ZERO, true);
    }

    static ColumnType moneyAboveZero() {
        return new Decimal(18, 2, BigDecimal.ZERO, false);
    }

    static ColumnType priceAboveZero() {
        return new Decimal(12, 4, BigDecimal.ZERO, false);
    }

    record Text(int maxLength) implements ColumnType {
        @Override
        public Object parse(String text) throws InvalidValue {
            return atMost(maxLength, text);
        }

        @Override
        public String sqlType() {
            return "VARCHAR(" + maxLength + ")";
        }
    }

    /**
     * An identifier or code (client id, security code): text compared byte by byte, so that sorting
     * and joining are the same on every engine and as cheap as they can be.
     */
    record Code(int maxLength) implements ColumnType {
        @Override
        public Object parse(String text) throws InvalidValue {
            return atMost(maxLength, text);
        }

        @Override
        public String sqlType() {
            return "VARCHAR(" + maxLength + ")";
        }
    }

    record OneOf(List<String> values) implements ColumnType {
        public OneOf {
            values = List.copyOf(values);
        }

        @Override
        public Object parse(String text) throws InvalidValue {
            for (String value : values) {
                if (value.equals(text)) {
                    return value;
                }
            }
            throw new InvalidValue("'" + abbreviate(text) + "' is not one of " + String.join(", ", values));
        }

        @Override
        public String sqlType() {
            int longest = values.stream().mapToInt(String::length).max().orElse(1);
            return "VARCHAR(" + longest + ")";
        }
    }

    /** ISO date YYYY-MM-DD. */
    record Date() implements ColumnType {
        @Override
        public Object parse(String text) throws InvalidValue {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                throw new InvalidValue("'" + abbreviate(text) + "' is not a date in the form YYYY-MM-DD");
            }
            try {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            } catch (DateTimeException | NumberFormatException e) {
                throw new InvalidValue("'" + text + "' is not a valid calendar date");
            }
        }

        @Override
        public String sqlType() {
            return "DATE";
        }
    }

    /** Time of day HH:MM:SS. */
    record Time() implements ColumnType {
        @Override
        public Object parse(String text) throws InvalidValue {
            if (text.length() != 8 || text.charAt(2) != ':' || text.charAt(5) != ':') {
                throw new InvalidValue("'" + abbreviate(text) + "' is not a time in the form HH:MM:SS");
            }
            try {
                return LocalTime.of(digits(text, 0, 2), digits(text, 3, 5), digits(text, 6, 8));
            } catch (DateTimeException | NumberFormatException e) {
                throw new InvalidValue("'" + text + "' is not a valid time of day");
            }
        }

        @Override
        public String sqlType() {
            return "TIME";
        }
    }

    /** ISO-8601 date-time with an offset, or without one in Asia/Shanghai; stored as UTC. */
    record Instant() implements ColumnType {
        @Override
        public Object parse(String text) throws InvalidValue {
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.replace(' ', 'T') : text;
            try {
                OffsetDateTime withOffset = OffsetDateTime.parse(iso);
                return withOffset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(iso)
                            .atZone(SHANGHAI)
                            .withZoneSameInstant(ZoneOffset.UTC)
                            .toLocalDateTime();
                } catch (DateTimeParseException e2) {
                    throw new InvalidValue(
                            "'" + abbreviate(text) + "' is not an ISO-8601 date-time (e.g. 2025-03-04T10:15:00+08:00)");
                }
            }
        }

        @Override
        public String sqlType() {
            return "TIMESTAMP";
        }
    }

    /** A decimal number with at most {@code scale} decimals, above (or at least) a minimum when given. */
    record Decimal(int precision, int scale, BigDecimal min, boolean minInclusive) implements ColumnType {
        @Override
        public Object parse(String text) throws InvalidValue {
            BigDecimal value = parseNumber(text);
            if (value.scale() > scale) {
                value = value.stripTrailingZeros();
                if (value.scale() > scale) {
                    throw new InvalidValue("'" + text + "' has more than " + scale + " decimal places");
                }
            }
            if (value.scale() < scale) {
                value = value.setScale(scale);
            }
            if (value.precision() > precision) {
                throw new InvalidValue("'" + abbreviate(text) + "' is too large");
            }
            if (min != null) {
                int cmp = value.compareTo(min);
                if (cmp < 0 || (cmp == 0 && !minInclusive)) {
                    throw new InvalidValue("'" + text + "' must be " + (minInclusive ? "at least " : "greater than ")
                            + min.toPlainString());
                }
            }
            return value;
        }

        private static BigDecimal parseNumber(String text) throws InvalidValue {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
                    throw new InvalidValue("'" + abbreviate(text) + "' is not a decimal number (digits and '.' only)");
                }
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new InvalidValue("'" + abbreviate(text) + "' is not a decimal number");
            }
        }

        @Override
        public String sqlType() {
            return "DECIMAL(" + precision + ", " + scale + ")";
        }
    }

    /** A whole number within [min, max], stored as BIGINT, INTEGER or SMALLINT. */
    record Whole(long min, long max, String sqlType) implements ColumnType {
        @Override
        public Object parse(String text) throws InvalidValue {
            long value;
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new InvalidValue("'" + abbreviate(text) + "' is not a whole number");
            }
            if (value < min || value > max) {
                throw new InvalidValue("'" + text + "' must be between " + min + " and " + max);
            }
            return switch (sqlType) {
                case "SMALLINT" -> (short) value;
                case "INTEGER" -> (int) value;
                default -> value;
            };
        }
    }

    /** true or false, in any letter case. */
    record Flag() implements ColumnType {
        private static final Set<String> TRUE = Set.of("true"), FALSE = Set.of("false");

        @Override
        public Object parse(String text) throws InvalidValue {
            String lower = text.toLowerCase(Locale.ROOT);
            if (TRUE.contains(lower)) {
                return Boolean.TRUE;
            }
            if (FALSE.contains(lower)) {
                return Boolean.FALSE;
            }
            throw new InvalidValue("'" + abbreviate(text) + "' is not true or false");
        }

        @Override
        public String sqlType() {
            return "BOOLEAN";
        }
    }

    private static String atMost(int maxLength, String text) throws InvalidValue {
        if (text.length() > maxLength) {
            throw new InvalidValue("is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
