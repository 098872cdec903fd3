package com.brokercrm.cli;

import com.brokercrm.analytics.indicator.IndicatorRun;
import com.brokercrm.profiling.ScoreService;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Compute every client's indicators and profile (value, tier, risk preference, habits, needs) as of a",
            "date into the store, replacing that date's previous results; the run is recorded in job_run.",
            "A failed or interrupted run leaves the previous results in place. Exit 0 on success, 1 on failure."
        })
class ScoreCommand extends SpringCommand implements Callable<Integer> {

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "As-of date YYYY-MM-DD (default: the latest trading day in the data; a day without"
                    + " trading means the trading day before).")
    LocalDate asOf;

    ScoreCommand(String[] springArgs) {
        super(springArgs);
    }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = startWithoutWeb()) {
            ScoreService service = context.getBean(ScoreService.class);
            try {
                ScoreService.ScoreResult result =
                        service.score(Optional.ofNullable(asOf), new ConsoleProgress(System.out));
                print(result.indicators());
                System.out.printf(
                        Locale.ROOT,
                        "Profiles (value, risk, habits, needs) of %,d clients in %.1fs; %,d tier change(s)%n",
                        result.profiles(),
                        result.modelTime().toNanos() / 1e9,
                        result.tierChanges());
                if (result.interrupted() > 0) {
                    System.out.printf(
                            "%d earlier run(s) left RUNNING marked FAILED (interrupted)%n", result.interrupted());
                }
                System.out.printf("job_run %d: SUCCEEDED%n", result.runId());
                return 0;
            } catch (ScoreService.ScoreFailed e) {
                System.err.println(
                        "error: score failed (recorded in job_run, previous results kept): " + e.getMessage());
                return 1;
            }
        }
    }

    static void print(IndicatorRun run) {
        System.out.printf(
                Locale.ROOT,
                "Scored %,d clients as of %s in %.1fs%n",
                run.rows(),
                run.asOf(),
                run.elapsed().toNanos() / 1e9);
    }
}
