package com.brokercrm.cli;

import com.brokercrm.datagen.BrokerageGenerator;
import com.brokercrm.datagen.GenerationSummary;
import com.brokercrm.datagen.GeneratorOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a synthetic brokerage in the import format, plus truth.csv (the planted answer key).",
            "The same options and seed always give the same files."
        })
class GenerateCommand implements Callable<Integer> {

    @Option(
            names = "--customers",
            defaultValue = "50000",
            description = "Number of clients (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--years", defaultValue = "2", description = "Years of trading history (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--end", description = "Last trading day of the history, YYYY-MM-DD (default 2026-10-30).")
    LocalDate end;

    @Option(names = "--out", required = true, description = "Folder to write the files into.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (customers < 1 || years < 1 || years > 10) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--customers must be at least 1 and --years between 1 and 10");
        }
        GenerationSummary summary = generate(customers, years, seed, end, out);
        System.out.printf(
                Locale.ROOT, "generated in %.1fs into %s%n", summary.elapsed().toMillis() / 1000.0, out);
        summary.rowsPerFile()
                .forEach((file, rows) -> System.out.printf(Locale.ROOT, "  %-18s %,12d rows%n", file, rows));
        return 0;
    }

    static GenerationSummary generate(int customers, int years, long seed, LocalDate end, Path out) throws Exception {
        GeneratorOptions defaults = GeneratorOptions.of(customers, years, seed, out);
        GeneratorOptions options = end == null
                ? defaults
                : new GeneratorOptions(customers, years, seed, out, end, defaults.branches(), defaults.staff());
        return new BrokerageGenerator().generate(options, new ConsoleProgress(System.err));
    }
}
