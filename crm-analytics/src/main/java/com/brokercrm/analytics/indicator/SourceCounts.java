package com.brokercrm.analytics.indicator;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The row counts the rolling steps' watermarks compare ({@link RollingWatermark}), taken once per score run.
 * Several steps read the same fact table, and each count is a scan of its date column, so the first question
 * about a table counts, in one pass, its rows up to the trading day before the run's date, those between
 * that day and the run's date, and those up to the run's date; later questions are answered from memory.
 * The fact tables do not change while a run holds its transaction open.
 */
final class SourceCounts {

    private record Key(String table, String dateColumn) {}

    /** Rows up to the day before, strictly between the two days, and up to the run's date. */
    private record Counted(long upToBefore, long between, long upToAsOf) {}

    private final LocalDate before;
    private final LocalDate asOf;
    private final Map<Key, Counted> counted = new HashMap<>();

    /**
     * @param before the trading day before the run's date (the date a state to advance was saved for)
     * @param asOf the run's date
     */
    SourceCounts(LocalDate before, LocalDate asOf) {
        this.before = before;
        this.asOf = asOf;
    }

    static SourceCounts of(IndicatorParameters parameters) {
        var days = parameters.tradingDays();
        return new SourceCounts(days.size() > 1 ? days.get(1) : parameters.asOf(), parameters.asOf());
    }

    /** The source's rows dated on or before {@code date}. */
    long upTo(Connection connection, RollingWatermark.Source source, LocalDate date) throws SQLException {
        if (date.equals(before)) {
            return counts(connection, source).upToBefore();
        }
        if (date.equals(asOf)) {
            return counts(connection, source).upToAsOf();
        }
        return count(
                connection, "SELECT COUNT(*) FROM " + source.table() + " WHERE " + source.dateColumn() + " <= ?", date);
    }

    /** The source's rows dated strictly between {@code after} and {@code until}. */
    long between(Connection connection, RollingWatermark.Source source, LocalDate after, LocalDate until)
            throws SQLException {
        if (after.equals(before) && until.equals(asOf)) {
            return counts(connection, source).between();
        }
        String sql = "SELECT COUNT(*) FROM " + source.table() + " WHERE " + source.dateColumn() + " > ? AND "
                + source.dateColumn() + " < DATE '" + until + "'";
        return count(connection, sql, after);
    }

    private Counted counts(Connection connection, RollingWatermark.Source source) throws SQLException {
        Key key = new Key(source.table(), source.dateColumn());
        Counted known = counted.get(key);
        if (known != null) {
            return known;
        }
        String d = source.dateColumn();
        String sql = "SELECT COUNT(*) FILTER (WHERE " + d + " <= ?), COUNT(*) FILTER (WHERE " + d + " > ? AND " + d
                + " < ?), COUNT(*) FILTER (WHERE " + d + " <= ?) FROM " + source.table();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setDate(1, Date.valueOf(before));
            st.setDate(2, Date.valueOf(before));
            st.setDate(3, Date.valueOf(asOf));
            st.setDate(4, Date.valueOf(asOf));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Counted c = new Counted(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                counted.put(key, c);
                return c;
            }
        }
    }

    private static long count(Connection connection, String sql, LocalDate date) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setDate(1, Date.valueOf(date));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
