package com.brokercrm.cli;

import com.brokercrm.service.MotEngine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "mot",
        mixinStandardHelpOptions = true,
        description = {
            "Run the nightly MOT rules for a day: questionnaire expiry, birthdays, no deposit after a month,",
            "large withdrawals and margin calls in the imported data, and escalation of overdue tasks.",
            "The server runs the same every night at 02:30 Asia/Shanghai (brokercrm.mot.cron)."
        })
class MotCommand extends SpringCommand implements Callable<Integer> {

    @Option(names = "--as-of", description = "Day to evaluate (default: today in Asia/Shanghai).")
    LocalDate asOf;

    MotCommand(String[] springArgs) {
        super(springArgs);
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = startWithoutWeb()) {
            LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
            MotEngine.DailyReport report = context.getBean(MotEngine.class).daily(day);
            System.out.printf("MOT rules for %s: %d task(s) created%n", day, report.total());
            report.created().forEach((rule, count) -> System.out.printf("  %-20s %,d%n", rule, count));
            System.out.printf("  %-20s %,d%n", "escalated", report.escalated());
            return 0;
        }
    }
}
