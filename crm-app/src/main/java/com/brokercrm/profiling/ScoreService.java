package com.brokercrm.profiling;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.analytics.indicator.IndicatorReader;
import com.brokercrm.analytics.indicator.IndicatorRow;
import com.brokercrm.analytics.indicator.IndicatorRun;
import com.brokercrm.analytics.indicator.IndicatorRunner;
import com.brokercrm.analytics.model.ClientFacts;
import com.brokercrm.analytics.model.ModelConfig;
import com.brokercrm.analytics.model.Profile;
import com.brokercrm.analytics.model.ProfileModels;
import com.brokercrm.analytics.model.ProfileTable;
import com.brokercrm.service.MotEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The score pipeline for one as-of date: indicators into {@code customer_indicator} (one transaction),
 * then the profile models over them into {@code customer_profile} (the date's rows replaced in a second
 * transaction, other dates untouched), recorded in {@code job_run}. A failed or killed run leaves the
 * previous indicators and profiles readable. A run first marks score runs left RUNNING by a process that
 * died as FAILED ("interrupted"): score runs one at a time. After the profiles are written, clients whose
 * tier changed since the previous as-of date get a MOT task.
 */
@Service
public class ScoreService {

    public static final String JOB = "score";

    private static final Logger log = LoggerFactory.getLogger(ScoreService.class);

    /** Indicator rows read before they are scored together. */
    private static final int SCORING_BATCH = 8192;

    private final DataSource dataSource;
    private final JobRuns jobRuns;
    private final ModelConfig models;
    private final MotEngine mot;

    /** Default model settings, no MOT tasks (tools and tests). */
    public ScoreService(DataSource dataSource) {
        this(dataSource, ModelConfig.DEFAULT, null);
    }

    @Autowired
    public ScoreService(DataSource dataSource, ModelProperties models, ObjectProvider<MotEngine> mot) {
        this(dataSource, models.config(), mot.getIfAvailable());
    }

    public ScoreService(DataSource dataSource, ModelConfig models, MotEngine mot) {
        this.dataSource = dataSource;
        this.jobRuns = new JobRuns(dataSource);
        this.models = models;
        this.mot = mot;
    }

    /**
     * What a score run did.
     *
     * @param profiles profiles written (one per client scored)
     * @param modelTime time of the models and the profile write
     * @param tierChanges clients whose tier differs from the previous as-of date's
     * @param interrupted earlier runs found RUNNING and marked FAILED
     */
    public record ScoreResult(
            long runId, IndicatorRun indicators, long profiles, Duration modelTime, int tierChanges, int interrupted) {}

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
        int interrupted;
        try {
            interrupted = jobRuns.interruptRunning(JOB);
            runId = jobRuns.start(JOB, requested.orElse(null));
        } catch (SQLException e) {
            throw new ScoreFailed("cannot record the run in job_run: " + e.getMessage(), e);
        }
        if (interrupted > 0) {
            log.warn("score run {}: {} earlier run(s) left RUNNING marked FAILED (interrupted)", runId, interrupted);
        }
        LocalDate asOf = null;
        IndicatorRun run;
        long rows;
        long t0;
        try (Connection c = dataSource.getConnection()) {
            LocalDate date = requested.isPresent()
                    ? requested.get()
                    : IndicatorParameters.latestTradingDay(c)
                            .orElseThrow(
                                    () -> new IllegalArgumentException("the store holds no prices: import data first"));
            run = new IndicatorRunner().run(c, date, listener);
            asOf = run.asOf();
            t0 = System.nanoTime();
            rows = profiles(c, asOf, runId).rows();
            jobRuns.succeeded(runId, asOf, rows);
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            try {
                jobRuns.failed(runId, asOf, message);
            } catch (SQLException recording) {
                e.addSuppressed(recording);
            }
            throw new ScoreFailed(message, e);
        }
        Duration modelTime = Duration.ofNanos(System.nanoTime() - t0);
        int changes = tierChanges(asOf);
        log.info(
                "score run {} as of {}: {} clients, indicators {}, profiles {}, {} tier change(s)",
                runId,
                asOf,
                rows,
                run.elapsed(),
                modelTime,
                changes);
        return new ScoreResult(runId, run, rows, modelTime, changes, interrupted);
    }

    /**
     * What the second half of a score run did: the profiles written, the time to read the indicators and run
     * the models over them, and the time to write the profiles.
     */
    public record ProfilesWritten(long rows, Duration scoring, Duration writing) {}

    /**
     * Runs the models over the date's indicators and replaces the date's profiles in one transaction (the
     * score run's second half; {@code bench score} times it on its own).
     */
    public ProfilesWritten profiles(Connection c, LocalDate asOf, long runId) throws SQLException {
        long t0 = System.nanoTime();
        ProfileTable table = new ProfileTable(c);
        Map<String, ClientFacts> facts = table.facts();
        ProfileModels scoring = ProfileModels.forStore(models);
        // read in batches, each scored in the background while the next is read
        List<IndicatorRow> batch = new ArrayList<>(SCORING_BATCH);
        new IndicatorReader(c).forEach(asOf, row -> {
            batch.add(row);
            if (batch.size() == SCORING_BATCH) {
                scoring.submit(batch, facts::get);
                batch.clear();
            }
        });
        scoring.submit(batch, facts::get);
        List<Profile> profiles = scoring.profiles(runId);
        long t1 = System.nanoTime();
        long rows = table.replace(asOf, profiles, DuckDbProfileInserter.forEngineOf(c));
        long t2 = System.nanoTime();
        log.info("profiles as of {}: {} written in {} ms", asOf, rows, (t2 - t1) / 1_000_000);
        return new ProfilesWritten(rows, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1));
    }

    /**
     * Raises a MOT task for each client whose tier differs from the previous as-of date's (clients new
     * since then have no earlier tier and raise none). A failure here is logged; the profiles stand.
     */
    private int tierChanges(LocalDate asOf) {
        if (mot == null) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            ProfileTable table = new ProfileTable(c);
            Optional<LocalDate> previous = table.previousAsOf(asOf);
            if (previous.isEmpty()) {
                return 0;
            }
            Map<String, String> before = table.tiers(previous.get());
            Map<String, String> now = table.tiers(asOf);
            int changes = 0;
            for (Map.Entry<String, String> e : now.entrySet()) {
                String from = before.get(e.getKey());
                if (from != null && !from.equals(e.getValue())) {
                    mot.tierChanged(e.getKey(), from, e.getValue(), asOf);
                    changes++;
                }
            }
            return changes;
        } catch (SQLException | RuntimeException e) {
            log.warn("tier-change tasks as of {} not raised: {}", asOf, e.getMessage());
            return 0;
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
