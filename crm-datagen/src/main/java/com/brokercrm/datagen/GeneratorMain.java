package com.brokercrm.datagen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Command line: {@code generate --customers N --years Y --seed S --out DIR [--end YYYY-MM-DD]
 * [--threads T]}. Prints the rows per file and the time taken, so it doubles as the benchmark.
 */
public final class GeneratorMain {

    private GeneratorMain() {}

    public static void main(String[] args) throws Exception {
        int customers = 50_000;
        int years = 2;
        long seed = 42;
        Path out = null;
        LocalDate end = GeneratorOptions.DEFAULT_END_DATE;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "generate" -> {
                    continue;
                }
                case "--customers" -> customers = Integer.parseInt(required(args[i], value));
                case "--years" -> years = Integer.parseInt(required(args[i], value));
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                case "--end" -> end = LocalDate.parse(required(args[i], value));
                case "--threads" -> threads = Integer.parseInt(required(args[i], value));
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (out == null) {
            usage("--out is required");
        }
        GeneratorOptions options =
                GeneratorOptions.of(customers, years, seed, out).withEndDate(end);
        GenerationSummary summary = new BrokerageGenerator(threads).generate(options, new Progress());
        double seconds = summary.elapsed().toMillis() / 1000.0;
        System.out.printf(
                Locale.ROOT, "generated %,d customers x %d years in %.1f s into %s%n", customers, years, seconds, out);
        long totalRows = 0;
        for (Map.Entry<String, Long> e : summary.rowsPerFile().entrySet()) {
            System.out.printf(Locale.ROOT, "  %-18s %,14d rows%n", e.getKey(), e.getValue());
            totalRows += e.getValue();
        }
        System.out.printf(Locale.ROOT, "  %-18s %,14d rows (%,.0f rows/s)%n", "total", totalRows, totalRows / seconds);
    }

    private static String required(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println(
                "usage: generate --customers N --years Y --seed S --out DIR [--end YYYY-MM-DD] [--threads T]");
        System.exit(2);
    }

    /** Prints a line per phase step at most every two seconds. */
    private static final class Progress implements GenerationProgress {
        private long last;

        @Override
        public void update(String phase, long done, long total) {
            long now = System.nanoTime();
            if (done >= total || now - last > 2_000_000_000L) {
                last = now;
                System.err.printf(Locale.ROOT, "%-10s %,d / %,d%n", phase, done, total);
            }
        }
    }
}
