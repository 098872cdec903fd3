package com.brokercrm.profiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code job_run} table: a run is recorded as RUNNING when it starts (committed at once, so a killed
 * run stays visible) and ended as SUCCEEDED or FAILED with its error. Times are UTC.
 */
public final class JobRuns {

    /** A recorded run. */
    public record JobRun(
            long runId,
            String job,
            LocalDate asOf,
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            Long rowCount,
            String status,
            String error) {}

    private static final int ERROR_LENGTH = 4000;

    private final DataSource dataSource;

    public JobRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the start of a run and returns its id. */
    public long start(String job, LocalDate asOf) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement st = c.prepareStatement("SELECT nextval('job_run_seq')");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO job_run (run_id, job, as_of, started_at,"
                    + " status) VALUES (?, ?, ?, ?, 'RUNNING')")) {
                st.setLong(1, id);
                st.setString(2, job);
                date(st, 3, asOf);
                st.setObject(4, now());
                st.executeUpdate();
            }
            return id;
        }
    }

    /**
     * Marks the job's runs still RUNNING as FAILED ("interrupted"): called when a new run starts, so a run
     * whose process was killed does not stay RUNNING for ever. Assumes one run of the job at a time.
     *
     * @return the runs marked
     */
    public int interruptRunning(String job) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE job_run SET status = 'FAILED', finished_at = ?,"
                        + " error = 'interrupted: the process ended without finishing the run' WHERE job = ?"
                        + " AND status = 'RUNNING'")) {
            st.setObject(1, now());
            st.setString(2, job);
            return st.executeUpdate();
        }
    }

    /** One run by id, if recorded. */
    public Optional<JobRun> find(long runId) throws SQLException {
        return query("WHERE run_id = ?", st -> st.setLong(1, runId));
    }

    public void succeeded(long runId, LocalDate asOf, long rows) throws SQLException {
        end(runId, asOf, rows, "SUCCEEDED", null);
    }

    public void failed(long runId, LocalDate asOf, String error) throws SQLException {
        String message = error == null ? "failed" : error;
        end(
                runId,
                asOf,
                null,
                "FAILED",
                message.length() > ERROR_LENGTH ? message.substring(0, ERROR_LENGTH) : message);
    }

    /** The latest run of a job, if any. */
    public Optional<JobRun> latest(String job) throws SQLException {
        return query("WHERE job = ? ORDER BY run_id DESC LIMIT 1", st -> st.setString(1, job));
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private Optional<JobRun> query(String where, Binder binder) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT run_id, job, as_of, started_at, finished_at,"
                        + " row_count, status, error FROM job_run " + where)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long rows = rs.getLong(6);
                Long rowCount = rs.wasNull() ? null : rows;
                return Optional.of(new JobRun(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDateTime.class),
                        rs.getObject(5, LocalDateTime.class),
                        rowCount,
                        rs.getString(7),
                        rs.getString(8)));
            }
        }
    }

    private void end(long runId, LocalDate asOf, Long rows, String status, String error) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE job_run SET as_of = COALESCE(?, as_of),"
                        + " finished_at = ?, row_count = ?, status = ?, error = ? WHERE run_id = ?")) {
            date(st, 1, asOf);
            st.setObject(2, now());
            if (rows == null) {
                st.setNull(3, Types.BIGINT);
            } else {
                st.setLong(3, rows);
            }
            st.setString(4, status);
            st.setString(5, error);
            st.setLong(6, runId);
            st.executeUpdate();
        }
    }

    private static void date(PreparedStatement st, int index, LocalDate date) throws SQLException {
        if (date == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setObject(index, date);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
