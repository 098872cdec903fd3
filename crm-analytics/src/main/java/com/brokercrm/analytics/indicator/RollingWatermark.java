package com.brokercrm.analytics.indicator;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the data looked like when a rolling state was saved ({@code rolling_state}, one row per step): the
 * date the state is for, the anchor it depends on, the last import run, and per fact table the step reads
 * the rows dated on or before the state's date. A state is advanced only if nothing it was computed from
 * has changed since (see {@link #canAdvance}).
 *
 * @param step the rolling step (returns, positions)
 * @param asOf the date the state is for
 * @param anchor the date the state's computation starts from, if it depends on one (the replay's snapshot)
 * @param lastImportRun the highest {@code import_run} id when the state was saved
 * @param rowCounts per source table, its rows dated on or before {@code asOf} ("trade=9619474,...")
 */
record RollingWatermark(String step, LocalDate asOf, Optional<LocalDate> anchor, long lastImportRun, String rowCounts) {

    /** A table a step reads, with the column that dates its rows (null: an undated reference table). */
    record Source(String table, String dateColumn) {}

    /**
     * What a rolling step's state is watched by: the step, the tables it reads, and whether the state depends
     * on the replay's snapshot date (its anchor).
     */
    record Watch(String step, List<Source> sources, boolean anchoredToReplay) {

        private Optional<LocalDate> anchor(IndicatorParameters parameters) {
            return anchoredToReplay ? parameters.replayDate() : Optional.empty();
        }

        /** Whether the state saved for the step can be advanced to the run's date ({@link #canAdvance}). */
        boolean canAdvance(Connection connection, IndicatorParameters parameters, SourceCounts counts)
                throws SQLException {
            return RollingWatermark.canAdvance(connection, step, parameters, anchor(parameters), sources, counts);
        }

        /** Records what the data looked like for the state just saved for the run's date. */
        void save(Connection connection, IndicatorParameters parameters, SourceCounts counts) throws SQLException {
            of(connection, step, parameters.asOf(), anchor(parameters), sources, counts)
                    .save(connection);
        }
    }

    static RollingWatermark of(
            Connection connection,
            String step,
            LocalDate asOf,
            Optional<LocalDate> anchor,
            List<Source> sources,
            SourceCounts counts)
            throws SQLException {
        long lastRun;
        try (PreparedStatement st = connection.prepareStatement("SELECT COALESCE(MAX(run_id), 0) FROM import_run");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            lastRun = rs.getLong(1);
        }
        StringBuilder counted = new StringBuilder();
        for (Source source : sources) {
            if (source.dateColumn() == null) {
                continue; // an undated table is watched only through the import runs that replaced its rows
            }
            counted.append(counted.isEmpty() ? "" : ",")
                    .append(source.table())
                    .append('=')
                    .append(counts.upTo(connection, source, asOf));
        }
        return new RollingWatermark(step, asOf, anchor, lastRun, counted.toString());
    }

    static Optional<RollingWatermark> saved(Connection connection, String step) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT as_of, anchor, last_import_run, row_counts FROM rolling_state WHERE step = ?")) {
            st.setString(1, step);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RollingWatermark(
                        step,
                        rs.getDate(1).toLocalDate(),
                        Optional.ofNullable(rs.getDate(2)).map(Date::toLocalDate),
                        rs.getLong(3),
                        rs.getString(4)));
            }
        }
    }

    void save(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rolling_state WHERE step = ?");
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO rolling_state (step, as_of, anchor, saved_at, last_import_run, row_counts)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)) {
            delete.setString(1, step);
            delete.executeUpdate();
            insert.setString(1, step);
            insert.setDate(2, Date.valueOf(asOf));
            insert.setDate(3, anchor.map(Date::valueOf).orElse(null));
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setLong(5, lastImportRun);
            insert.setString(6, rowCounts);
            insert.executeUpdate();
        }
    }

    /**
     * Whether the step's saved state can be advanced to the run's date: it is for the trading day before,
     * with the same anchor; no import since it was saved replaced a row of a source table, and each holds as
     * many rows dated on or before that day as then (a row added back in time changes the count); and no
     * source row falls between the two days.
     */
    static boolean canAdvance(
            Connection connection,
            String step,
            IndicatorParameters parameters,
            Optional<LocalDate> anchor,
            List<Source> sources,
            SourceCounts counts)
            throws SQLException {
        List<LocalDate> days = parameters.tradingDays();
        Optional<RollingWatermark> saved = saved(connection, step);
        if (days.size() < 2 || saved.isEmpty()) {
            return false;
        }
        RollingWatermark then = saved.get();
        if (!then.asOf().equals(days.get(1)) || !then.anchor().equals(anchor)) {
            return false;
        }
        if (!of(connection, step, then.asOf(), anchor, sources, counts)
                .rowCounts()
                .equals(then.rowCounts())) {
            return false;
        }
        String tables = sources.stream().map(s -> "'" + s.table() + "'").collect(Collectors.joining(", "));
        try (PreparedStatement st = connection.prepareStatement("SELECT COUNT(*) FROM import_run"
                + " WHERE run_id > ? AND rows_replaced > 0 AND table_name IN (" + tables + ")")) {
            st.setLong(1, then.lastImportRun());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
        }
        for (Source source : sources) {
            if (source.dateColumn() != null && counts.between(connection, source, then.asOf(), parameters.asOf()) > 0) {
                return false;
            }
        }
        return true;
    }
}
