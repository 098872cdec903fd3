package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.indicator.IndicatorParameters;
import com.brokercrm.analytics.model.ModelConfig;
import com.brokercrm.analytics.model.ProfileTable;
import com.brokercrm.customer.CustomerProperties;
import com.brokercrm.datagen.BrokerageGenerator;
import com.brokercrm.datagen.GenerationProgress;
import com.brokercrm.datagen.GeneratorOptions;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.service.MotEngine;
import com.brokercrm.service.MotProperties;
import com.brokercrm.service.TaskStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The profile store on each engine: a score run writes one profile per client scored, in one transaction
 * per date (other dates untouched, a failed write leaves the previous rows), marks runs a killed process
 * left RUNNING as interrupted, feeds the tier source and raises a MOT task per tier change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProfileWriteContractTest {

    Path temp;

    HikariDataSource store;
    ScoreService score;
    LocalDate last;
    LocalDate earlier;

    abstract HikariDataSource createStore(Path temp);

    @BeforeAll
    void generateImportAndScoreTwoDates(@TempDir Path dir) throws Exception {
        temp = dir;
        Path input = temp.resolve("generated");
        new BrokerageGenerator().generate(GeneratorOptions.of(300, 1, 3, input), GenerationProgress.NONE);
        store = createStore(temp);
        new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        JdbcClient jdbc = JdbcClient.create(store);
        MotEngine mot = new MotEngine(
                jdbc,
                new TaskStore(jdbc),
                MotProperties.defaults(),
                new CustomerProperties(Period.ofYears(2), Period.ofDays(30)));
        score = new ScoreService(store, ModelConfig.DEFAULT, mot);
        try (Connection c = store.getConnection()) {
            last = IndicatorParameters.latestTradingDay(c).orElseThrow();
        }
        earlier = score.score(Optional.of(last.minusDays(60)), IndicatorListener.NONE)
                .indicators()
                .asOf();
        score.score(Optional.of(last), IndicatorListener.NONE);
    }

    @AfterAll
    void close() {
        store.close();
    }

    List<Map<String, Object>> rows(LocalDate asOf) throws SQLException {
        try (Connection c = store.getConnection()) {
            return new ProfileTable(c).rows(asOf);
        }
    }

    @Test
    void oneProfilePerScoredClientWithTiersClassesTagsAndDrivers() throws Exception {
        List<Map<String, Object>> rows = rows(last);
        long indicators = JdbcClient.create(store)
                .sql("SELECT COUNT(*) FROM customer_indicator WHERE as_of = :d")
                .param("d", last)
                .query(Long.class)
                .single();
        assertThat(rows).hasSize((int) indicators).hasSizeGreaterThan(250);
        Map<Object, Long> tiers =
                rows.stream().collect(Collectors.groupingBy(r -> r.get("tier"), Collectors.counting()));
        assertThat(tiers.keySet()).contains("DIAMOND", "PLATINUM", "GOLD", "SILVER", "ORDINARY");
        assertThat(tiers.get("ORDINARY")).isBetween(140L, 160L);
        assertThat(rows.stream().map(r -> r.get("risk_class")).distinct())
                .containsExactlyInAnyOrder("RISK_SEEKING", "RISK_AVERSE", "CONSERVATIVE");
        for (Map<String, Object> r : rows) {
            assertThat((String) r.get("habits")).startsWith("|").endsWith("|");
            assertThat((String) r.get("needs")).startsWith("|").endsWith("|");
            assertThat((String) r.get("drivers")).startsWith("{\"value\":[[\"netCommission\",");
            assertThat((Double) r.get("risk_score")).isBetween(0.0, 100.0);
        }
        assertThat(rows).anySatisfy(r -> assertThat((String) r.get("habits")).contains("|CONCENTRATED|"));
        JobRuns.JobRun run = score.jobRuns().latest(ScoreService.JOB).orElseThrow();
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.rowCount()).isEqualTo(rows.size());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("run_id")).isEqualTo(run.runId()));
    }

    @Test
    void aRunReplacesItsOwnDateOnlyAndMarksAKilledRunInterrupted() throws Exception {
        List<Map<String, Object>> before = rows(earlier);
        long killed = score.jobRuns().start(ScoreService.JOB, last); // a run whose process died: never ended
        ScoreService.ScoreResult again = score.score(Optional.of(last), IndicatorListener.NONE);
        assertThat(again.interrupted()).isEqualTo(1);
        JobRuns.JobRun dead = score.jobRuns().find(killed).orElseThrow();
        assertThat(dead.status()).isEqualTo("FAILED");
        assertThat(dead.error()).startsWith("interrupted");
        assertThat(rows(earlier)).isEqualTo(before);
        List<Map<String, Object>> now = rows(last);
        assertThat(now).hasSize((int) again.profiles());
        assertThat(now).allSatisfy(r -> assertThat(r.get("run_id")).isEqualTo(again.runId()));
        assertThat(again.tierChanges())
                .as("same date again: the previous date's tiers are compared")
                .isPositive();
    }

    @Test
    void aFailedWriteLeavesThePreviousProfiles() throws Exception {
        List<Map<String, Object>> before = rows(last);
        try (Connection c = store.getConnection()) {
            ProfileTable table = new ProfileTable(c);
            assertThatThrownBy(() -> table.replace(last, List.of(), (connection, values) -> {
                        // the date's rows are already deleted in this transaction
                        throw new SQLException("disk full");
                    }))
                    .hasMessage("disk full");
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(rows(last)).isEqualTo(before);
    }

    @Test
    void rowsTheEngineInsertedAreUnseenByOthersAndTakenBackWhenTheWriteFails() throws Exception {
        List<Map<String, Object>> before = rows(last);
        List<Object[]> again = before.stream()
                .map(r -> ProfileTable.COLUMNS.stream()
                        .map(column -> column.equals("run_id") ? (Object) (-1L) : r.get(column))
                        .toArray())
                .toList();
        long[] seen = new long[2];
        try (Connection c = store.getConnection()) {
            ProfileTable.Inserter engine = DuckDbProfileInserter.forEngineOf(c);
            ProfileTable table = new ProfileTable(c);
            assertThatThrownBy(() -> table.replace(last, List.of(), (connection, values) -> {
                        seen[0] = engine.insert(connection, again);
                        seen[1] = JdbcClient.create(store)
                                .sql("SELECT COUNT(*) FROM customer_profile WHERE as_of = :d AND run_id = -1")
                                .param("d", last)
                                .query(Long.class)
                                .single();
                        throw new SQLException("disk full after the rows");
                    }))
                    .hasMessage("disk full after the rows");
        }
        assertThat(seen[0]).as("rows the engine's inserter wrote").isEqualTo(before.size());
        assertThat(seen[1])
                .as("of them, seen by another connection before the commit")
                .isZero();
        assertThat(rows(last)).isEqualTo(before);
    }

    @Test
    void tiersComeFromTheLatestProfileAndTierChangesBecomeTasks() throws Exception {
        List<Map<String, Object>> now = rows(last);
        Map<String, String> expected = new HashMap<>();
        now.forEach(r -> expected.put((String) r.get("customer_id"), (String) r.get("tier")));
        ProfileTierSource source = new ProfileTierSource(store);
        List<String> some = expected.keySet().stream().sorted().limit(20).toList();
        assertThat(source.tiers(some))
                .hasSize(20)
                .allSatisfy((id, tier) -> assertThat(tier).isEqualTo(expected.get(id)));
        assertThat(source.tiers(expected.keySet())).isEqualTo(expected); // the one-pass path for long lists
        assertThat(source.tiers(List.of("NOBODY"))).isEmpty();

        Map<String, String> previous = new HashMap<>();
        rows(earlier).forEach(r -> previous.put((String) r.get("customer_id"), (String) r.get("tier")));
        long changed = expected.entrySet().stream()
                .filter(e -> previous.containsKey(e.getKey())
                        && !previous.get(e.getKey()).equals(e.getValue()))
                .count();
        assertThat(changed).isPositive();
        long tasks = JdbcClient.create(store)
                .sql("SELECT COUNT(*) FROM service_task WHERE rule = 'TIER_CHANGE' AND event_key LIKE :k")
                .param("k", "%:" + last)
                .query(Long.class)
                .single();
        assertThat(tasks).isEqualTo(changed);
    }

    @Test
    void exportWritesOneLinePerClientWithTagColumns() throws Exception {
        Path out = temp.resolve("profiles-" + getClass().getSimpleName() + ".csv");
        ProfileExport.Written written = new ProfileExport(store).profiles(Optional.empty(), out);
        assertThat(written.asOf()).isEqualTo(last);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(rows(last).size() + 1);
        assertThat(lines.getFirst())
                .startsWith("customer_id,as_of,run_id,net_commission,")
                .contains(",tier,", ",risk_class,", ",habit_HIGH_FREQUENCY,", ",need_CASH_MANAGEMENT,");
        String[] header = lines.getFirst().split(",");
        String[] first = lines.get(1).split(",", -1);
        assertThat(first).hasSameSizeAs(header);
        Path indicators = temp.resolve("indicators-" + getClass().getSimpleName() + ".csv");
        assertThat(new ProfileExport(store)
                        .indicators(Optional.of(last), indicators)
                        .rows())
                .isEqualTo(lines.size() - 1);
        assertThat(Files.readAllLines(indicators).getFirst()).startsWith("customer_id,as_of,ending_assets,");
    }
}
