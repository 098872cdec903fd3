package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.analytics.indicator.IndicatorRun;
import com.brokercrm.analytics.indicator.IndicatorRunner;
import com.brokercrm.datagen.BrokerageGenerator;
import com.brokercrm.datagen.GenerationProgress;
import com.brokercrm.datagen.GeneratorOptions;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated brokerage (500 clients, one year) imported into DuckDB and PostgreSQL gives the same
 * indicators on both, for every client and column, as of the last day and as of a day mid-month.
 */
class GeneratedBrokerageIndicatorTest {

    @TempDir
    Path temp;

    @Test
    void bothEnginesGiveTheSameIndicators() throws Exception {
        Path input = temp.resolve("generated");
        new BrokerageGenerator().generate(GeneratorOptions.of(500, 1, 5, input), GenerationProgress.NONE);
        try (HikariDataSource duck = TestStore.duckDb(temp.resolve("duck"));
                HikariDataSource pg = TestStore.postgres("generated_indicators")) {
            for (HikariDataSource store : List.of(duck, pg)) {
                new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
            }
            LocalDate last;
            try (Connection c = duck.getConnection()) {
                last = IndicatorParameters.latestTradingDay(c).orElseThrow();
            }
            for (LocalDate asOf : List.of(last, last.minusDays(45))) {
                Map<String, Map<String, Object>> fromDuck = runAndRead(duck, asOf);
                Map<String, Map<String, Object>> fromPg = runAndRead(pg, asOf);
                assertThat(fromDuck).hasSizeGreaterThan(400);
                assertThat(fromPg.keySet()).isEqualTo(fromDuck.keySet());
                List<String> differences = new ArrayList<>();
                fromDuck.forEach((id, values) ->
                        differences.addAll(IndicatorComparison.differences(id, values, fromPg.get(id))));
                assertThat(differences).isEmpty();
                long traded = fromDuck.values().stream()
                        .filter(v -> v.get("disposition_effect_250") != null)
                        .count();
                assertThat(traded).as("clients with a disposition effect").isGreaterThan(100);
            }
        }
    }

    private static Map<String, Map<String, Object>> runAndRead(HikariDataSource store, LocalDate asOf)
            throws Exception {
        try (Connection c = store.getConnection()) {
            IndicatorRun run = new IndicatorRunner().run(c, asOf, IndicatorListener.NONE);
            return IndicatorRows.byClient(c, run.asOf());
        }
    }
}
