package com.brokercrm.profiling;

import com.brokercrm.analytics.indicator.IndicatorListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scores every client every night as of the latest trading day in the store (01:30 Asia/Shanghai by
 * default, {@code brokercrm.score.cron}; before the MOT run at 02:30, so tier changes become tasks the
 * same night). {@code brokercrm.score.nightly=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "brokercrm.score.nightly", havingValue = "true", matchIfMissing = true)
class ScoreSchedule {

    private static final Logger log = LoggerFactory.getLogger(ScoreSchedule.class);

    private final ScoreService score;

    ScoreSchedule(ScoreService score) {
        this.score = score;
    }

    @Scheduled(cron = "${brokercrm.score.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        try {
            score.score(Optional.empty(), IndicatorListener.NONE);
        } catch (ScoreService.ScoreFailed e) {
            log.error("nightly score run failed (recorded in job_run, previous profiles kept): {}", e.getMessage());
        }
    }
}
