package com.brokercrm.datagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One small generated brokerage (300 clients x 1 year) shared by all test classes of a run, with
 * its files parsed on first use.
 */
final class GeneratedBrokerage {

    static final int CUSTOMERS = 300;
    static final long SEED = 20261030L;

    private static GeneratedBrokerage instance;

    final Path dir;
    final GenerationSummary summary;
    private final Map<String, Csv> files = new HashMap<>();

    private GeneratedBrokerage(Path dir, GenerationSummary summary) {
        this.dir = dir;
        this.summary = summary;
    }

    static synchronized GeneratedBrokerage get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("datagen-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                GenerationSummary summary = new BrokerageGenerator()
                        .generate(GeneratorOptions.of(CUSTOMERS, 1, SEED, dir), GenerationProgress.NONE);
                instance = new GeneratedBrokerage(dir, summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    synchronized Csv csv(String file) {
        return files.computeIfAbsent(file, f -> Csv.read(dir.resolve(f)));
    }

    List<Map<String, String>> rows(String file) {
        return csv(file).maps();
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
