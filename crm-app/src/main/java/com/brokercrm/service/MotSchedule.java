package com.brokercrm.service;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the date rules every night (02:30 Asia/Shanghai by default, {@code brokercrm.mot.cron}). */
@Component
@ConditionalOnProperty(name = "brokercrm.mot.nightly", havingValue = "true", matchIfMissing = true)
class MotSchedule {

    private final MotEngine engine;

    MotSchedule(MotEngine engine) {
        this.engine = engine;
    }

    @Scheduled(cron = "${brokercrm.mot.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        engine.daily(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }
}
