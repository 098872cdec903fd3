package com.brokercrm.profiling;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.analytics.indicator.IndicatorRun;
import com.brokercrm.analytics.indicator.IndicatorRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The score pipeline for one as-of date: indicators into {@code customer_indicator} (then, when they
 * exist, the models over them), recorded in {@code job_run}. A failed or killed run leaves the previous
 * results of that date in place.
 */
@Service
public class ScoreService {

    public static final String JOB = "score";

    private static final Logger log = LoggerFactory.getLogger(ScoreService.class);

    private final DataSource dataSource;
    private final JobRuns jobRuns;

    public ScoreService(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jobRuns = new JobRuns(dataSource);
    }

    /** What a score run did. */
    public record ScoreResult(long runId, IndicatorRun indicators) {}

    /** The latest trading day in the store, the default as-of date. */
    public Optional<LocalDate> latestTradingDay() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return IndicatorParameters.latestTradingDay(c);
        }
    }

    /**
     * Scores every client as of the requested date (the latest trading day on or before it; empty: the
     * latest trading day in the data).
     *
     * @throws ScoreFailed when the run failed; it is recorded as FAILED with the error
     */
    public ScoreResult score(Optional<LocalDate> requested, IndicatorListener listener) throws ScoreFailed {
        long runId;
        try {
            runId = jobRuns.start(JOB, requested.orElse(null));
        } catch (SQLException e) {
            throw new ScoreFailed("cannot record the run in job_run: " + e.getMessage(), e);
        }
        LocalDate asOf = null;
        try (Connection c = dataSource.getConnection()) {
            LocalDate date = requested.isPresent()
                    ? requested.get()
                    : IndicatorParameters.latestTradingDay(c)
                            .orElseThrow(
                                    () -> new IllegalArgumentException("the store holds no prices: import data first"));
            IndicatorRun run = new IndicatorRunner().run(c, date, listener);
            asOf = run.asOf();
            jobRuns.succeeded(runId, asOf, run.rows());
            log.info("score run {} as of {}: {} clients in {}", runId, asOf, run.rows(), run.elapsed());
            return new ScoreResult(runId, run);
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            try {
                jobRuns.failed(runId, asOf, message);
            } catch (SQLException recording) {
                e.addSuppressed(recording);
            }
            throw new ScoreFailed(message, e);
        }
    }

    /** The job runs table, for status pages and tests. */
    public JobRuns jobRuns() {
        return jobRuns;
    }

    /** A score run that failed; recorded as FAILED, previous results untouched. */
    public static class ScoreFailed extends Exception {
        public ScoreFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
