package com.brokercrm.cli;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.config.BrokerCrmProperties;
import com.brokercrm.ingest.FolderImportReport;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.profiling.ScoreService;
import com.brokercrm.security.DemoUsers;
import com.brokercrm.service.MotEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a demo brokerage, import it and serve the web application.",
            "On a data folder that already holds clients, the data is reused and the server starts at once."
        })
class DemoCommand extends SpringCommand implements Callable<Integer> {

    @Option(
            names = "--customers",
            defaultValue = "50000",
            description = "Clients to generate (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--years", defaultValue = "2", description = "Years of history (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--history-months",
            defaultValue = "5",
            description = "Month-ends before the latest day to score too, for the profile history"
                    + " (default ${DEFAULT-VALUE}; 0: none).")
    int historyMonths;

    DemoCommand(String[] springArgs) {
        super(springArgs);
    }

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext context = startWeb();
        long clients = context.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM customer")
                .query(Long.class)
                .single();
        if (clients > 0) {
            System.out.printf("Reusing the demo brokerage in the data folder (%,d clients).%n", clients);
        } else {
            Path dataDir = context.getBean(BrokerCrmProperties.class).dataDir();
            Path input = dataDir.resolve("demo-input");
            Path done = input.resolve(".generated");
            if (!Files.exists(done)) {
                System.out.printf(
                        "Generating a demo brokerage: %,d clients over %d years (seed %d)...%n",
                        customers, years, seed);
                GenerateCommand.generate(customers, years, seed, null, input);
                Files.writeString(done, "seed=" + seed + "\n");
            }
            System.out.println("Importing " + input + " ...");
            FolderImportReport report = context.getBean(ImportService.class)
                    .importFolder(input, StandardCharsets.UTF_8, new ConsoleProgress(System.out));
            if (Reports.print(report) != 0) {
                context.close();
                return 1;
            }
        }
        scoreIfNeverScored(context);
        Path dataDir = context.getBean(BrokerCrmProperties.class).dataDir();
        List<DemoUsers.Login> logins = context.getBean(DemoUsers.class).ensure(dataDir);
        ServerBanner.print(context);
        System.out.println(
                "Sign in with one of the demo users (one per role; kept in " + dataDir.resolve(DemoUsers.FILE) + "):");
        for (DemoUsers.Login login : logins) {
            System.out.printf(
                    "  %-11s %-16s %-16s %s%n",
                    login.username(), login.password(), login.role(), login.staffId() == null ? "" : login.staffId());
        }
        return Cli.KEEP_RUNNING;
    }

    /**
     * A brokerage that has never been scored gets its profiles now, as the nightly job would, and the MOT
     * rules of that day, so the 360 view, the dashboard and "my tasks" have something to show at once. A
     * failed score is reported and the server still starts (pages show "not scored yet").
     */
    private void scoreIfNeverScored(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long profiles = jdbc.sql("SELECT COUNT(*) FROM customer_profile")
                .query(Long.class)
                .single();
        if (profiles > 0) {
            return;
        }
        System.out.println("Scoring the demo brokerage (indicators, then value, risk, habits and needs) ...");
        try {
            ScoreService.ScoreResult result =
                    context.getBean(ScoreService.class).score(Optional.empty(), new ConsoleProgress(System.out));
            ScoreCommand.print(result.indicators());
            System.out.printf(
                    Locale.ROOT,
                    "Profiles (value, risk, habits, needs) of %,d clients in %.1fs%n",
                    result.profiles(),
                    result.modelTime().toNanos() / 1e9);
            LocalDate asOf = result.indicators().asOf();
            MotEngine.DailyReport mot = context.getBean(MotEngine.class).daily(asOf);
            System.out.printf("MOT rules for %s: %,d task(s) created%n", asOf, mot.total());
            scoreHistory(context.getBean(ScoreService.class), asOf);
        } catch (ScoreService.ScoreFailed e) {
            System.err.println("warning: the demo could not be scored (recorded in job_run): " + e.getMessage());
        }
    }

    /**
     * Profiles as of the ends of the months before, so the 360 view shows how value and risk moved, as on a
     * system that has scored every night for a while. Newest first: each of these dates has no earlier
     * profiles yet when it is scored, so the history raises no tier-change tasks dated in the past.
     */
    private void scoreHistory(ScoreService scores, LocalDate latest) throws ScoreService.ScoreFailed {
        for (int month = 1; month <= historyMonths; month++) {
            LocalDate monthEnd =
                    latest.minusMonths(month - 1L).withDayOfMonth(1).minusDays(1);
            ScoreService.ScoreResult earlier = scores.score(Optional.of(monthEnd), IndicatorListener.NONE);
            System.out.printf(
                    Locale.ROOT,
                    "History: profiles as of %s (%,d clients) in %.1fs%n",
                    earlier.indicators().asOf(),
                    earlier.profiles(),
                    (earlier.indicators().elapsed().toNanos()
                                    + earlier.modelTime().toNanos())
                            / 1e9);
        }
    }
}
