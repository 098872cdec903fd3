package com.brokercrm.ingest.duckdb;

import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.ColumnType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The canonical spelling of one column's values, checked on the raw UTF-8 bytes of a field without
 * building a string. A field passes only when the Java validator accepts it (after trimming) and DuckDB's
 * typed CSV reader turns the same bytes into the same value; every other spelling, even one the Java
 * validator accepts (a leading {@code +}, {@code 1.000} for money, a space to trim), fails, which sends
 * the file down the Java path. So this may refuse too much, never too little.
 */
final class FieldForm {

    /** Years from which Asia/Shanghai has had one fixed offset (+08:00, no daylight saving). */
    static final int SHANGHAI_FIXED_FROM_YEAR = 1992;

    private static final int TEXT = 0, ONE_OF = 1, DATE = 2, TIME = 3, INSTANT = 4, DECIMAL = 5, WHOLE = 6, FLAG = 7;

    private final String name;
    private final boolean required;
    private final int kind;
    /** TEXT: most UTF-16 units; DECIMAL: most integer digits. */
    private final int maxLength;
    /** DECIMAL: most decimals. */
    private final int scale;
    /** DECIMAL: 0 for no bound, 1 for at least zero, 2 for above zero. */
    private final int bound;

    private final long min;
    private final long max;
    private final byte[][] values;

    private FieldForm(
            String name,
            boolean required,
            int kind,
            int maxLength,
            int scale,
            int bound,
            long min,
            long max,
            byte[][] values) {
        this.name = name;
        this.required = required;
        this.kind = kind;
        this.maxLength = maxLength;
        this.scale = scale;
        this.bound = bound;
        this.min = min;
        this.max = max;
        this.values = values;
    }

    private static FieldForm simple(Column column, int kind) {
        return new FieldForm(column.name(), !column.nullable(), kind, 0, 0, 0, 0, 0, null);
    }

    /** The form of a column, or null when its type has no form here (the file then never goes native). */
    static FieldForm of(Column column) {
        String n = column.name();
        boolean req = !column.nullable();
        return switch (column.type()) {
            case ColumnType.Text t -> new FieldForm(n, req, TEXT, t.maxLength(), 0, 0, 0, 0, null);
            case ColumnType.Code c -> new FieldForm(n, req, TEXT, c.maxLength(), 0, 0, 0, 0, null);
            case ColumnType.OneOf o ->
                new FieldForm(
                        n,
                        req,
                        ONE_OF,
                        0,
                        0,
                        0,
                        0,
                        0,
                        o.values().stream()
                                .map(v -> v.getBytes(StandardCharsets.UTF_8))
                                .toArray(byte[][]::new));
            case ColumnType.Date d -> simple(column, DATE);
            case ColumnType.Time t -> simple(column, TIME);
            case ColumnType.Instant i -> simple(column, INSTANT);
            case ColumnType.Decimal d -> {
                if (d.min() != null && d.min().compareTo(BigDecimal.ZERO) != 0) {
                    yield null;
                }
                int bound = d.min() == null ? 0 : d.minInclusive() ? 1 : 2;
                yield new FieldForm(n, req, DECIMAL, d.precision() - d.scale(), d.scale(), bound, 0, 0, null);
            }
            case ColumnType.Whole w -> new FieldForm(n, req, WHOLE, 0, 0, 0, w.min(), w.max(), null);
            case ColumnType.Flag f -> simple(column, FLAG);
        };
    }

    /**
     * Why the field is not in canonical form, or null when it is. {@code from..to} is the field's content
     * (inside the quotes when quoted); {@code escapedQuotes} counts doubled quotes in it.
     */
    String problem(byte[] b, int from, int to, int escapedQuotes) {
        if (from == to) {
            return required ? name + " is empty" : null;
        }
        if ((b[from] & 0xFF) <= ' ' || (b[to - 1] & 0xFF) <= ' ') {
            return name + " has white space to trim";
        }
        if (escapedQuotes > 0 && kind != TEXT) {
            return name + " holds a quote";
        }
        boolean ok = switch (kind) {
            case TEXT -> text(b, from, to, escapedQuotes, maxLength);
            case ONE_OF -> oneOf(b, from, to, values);
            case DATE -> to - from == 10 && isoDate(b, from, 1);
            case TIME -> to - from == 8 && isoTime(b, from, true);
            case INSTANT -> instant(b, from, to);
            case DECIMAL -> decimal(b, from, to, maxLength, scale, bound);
            case WHOLE -> whole(b, from, to, min, max);
            default -> flag(b, from, to);
        };
        return ok ? null : name + " is not in the canonical form of its type";
    }

    static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** Value of the decimal digits in b[from..to), or -1 when one is not a digit. */
    static int digits(byte[] b, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            if (!digit(b[i])) {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    /** At most maxLength UTF-16 units, as Java counts them. */
    private static boolean text(byte[] b, int from, int to, int escapedQuotes, int maxLength) {
        if (to - from <= maxLength) {
            return true;
        }
        int units = -escapedQuotes;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80 || c >= 0xC0) {
                units += c >= 0xF0 ? 2 : 1;
            }
        }
        return units <= maxLength;
    }

    private static boolean oneOf(byte[] b, int from, int to, byte[][] values) {
        int length = to - from;
        for (byte[] value : values) {
            if (value.length == length) {
                int i = 0;
                while (i < length && value[i] == b[from + i]) {
                    i++;
                }
                if (i == length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a valid YYYY-MM-DD at b[at..at+10) with a year from minYear on. */
    static boolean isoDate(byte[] b, int at, int minYear) {
        if (b[at + 4] != '-' || b[at + 7] != '-') {
            return false;
        }
        int year = digits(b, at, at + 4);
        int month = digits(b, at + 5, at + 7);
        int day = digits(b, at + 8, at + 10);
        if (year < minYear || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= daysIn(year, month);
    }

    static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** True for a valid HH:MM (seconds false) or HH:MM:SS (seconds true) at b[at..). */
    static boolean isoTime(byte[] b, int at, boolean seconds) {
        if (b[at + 2] != ':') {
            return false;
        }
        int hour = digits(b, at, at + 2);
        int minute = digits(b, at + 3, at + 5);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return false;
        }
        if (!seconds) {
            return true;
        }
        int second = b[at + 5] == ':' ? digits(b, at + 6, at + 8) : -1;
        return second >= 0 && second <= 59;
    }

    /**
     * YYYY-MM-DDTHH:MM[:SS] (or a space for the T) followed by an offset ±HH:MM, or without offset in
     * Beijing time from 1992 on, when Asia/Shanghai has been a fixed +08:00.
     */
    private static boolean instant(byte[] b, int from, int to) {
        int length = to - from;
        boolean offset = length == 22 || length == 25;
        int local = offset ? length - 6 : length;
        if (local != 16 && local != 19) {
            return false;
        }
        if (!isoDate(b, from, 1900) || (b[from + 10] != 'T' && b[from + 10] != ' ')) {
            return false;
        }
        if (!isoTime(b, from + 11, local == 19)) {
            return false;
        }
        if (!offset) {
            return digits(b, from, from + 4) >= SHANGHAI_FIXED_FROM_YEAR;
        }
        int at = from + local;
        int hours = digits(b, at + 1, at + 3);
        int minutes = digits(b, at + 4, at + 6);
        return (b[at] == '+' || b[at] == '-')
                && b[at + 3] == ':'
                && hours >= 0
                && minutes >= 0
                && minutes <= 59
                && hours * 60 + minutes <= 18 * 60;
    }

    /** -?digits(.digits)? with at most scale decimals and integerDigits integer digits (leading zeros aside). */
    private static boolean decimal(byte[] b, int from, int to, int integerDigits, int scale, int bound) {
        int i = from;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        while (i < to && digit(b[i])) {
            i++;
        }
        int intEnd = i;
        int fraction = 0;
        if (i < to && b[i] == '.') {
            i++;
            int fracStart = i;
            while (i < to && digit(b[i])) {
                i++;
            }
            fraction = i - fracStart;
            if (fraction == 0) {
                return false;
            }
        }
        if (i != to || intEnd == intStart || fraction > scale) {
            return false;
        }
        int significant = intEnd - intStart;
        for (int k = intStart; k < intEnd && b[k] == '0'; k++) {
            significant--;
        }
        if (significant > integerDigits) {
            return false;
        }
        boolean nonZero = significant > 0;
        for (int k = intEnd + 1; !nonZero && k < to; k++) {
            nonZero = b[k] != '0';
        }
        if (negative && (!nonZero || bound != 0)) {
            return false;
        }
        return bound != 2 || nonZero;
    }

    /** -?digits, at most 18 of them (no overflow anywhere), within [min, max]. */
    private static boolean whole(byte[] b, int from, int to, long min, long max) {
        int i = from;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        if (i == to || to - i > 18) {
            return false;
        }
        long value = 0;
        for (; i < to; i++) {
            if (!digit(b[i])) {
                return false;
            }
            value = value * 10 + (b[i] - '0');
        }
        if (negative && value == 0) {
            return false;
        }
        value = negative ? -value : value;
        return value >= min && value <= max;
    }

    /** true or false, in ASCII letters of any case. */
    private static boolean flag(byte[] b, int from, int to) {
        String word = to - from == 4 ? "true" : to - from == 5 ? "false" : null;
        if (word == null) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((b[from + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
