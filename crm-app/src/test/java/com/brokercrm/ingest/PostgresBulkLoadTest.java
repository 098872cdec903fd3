package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first bulk load into PostgreSQL, checked by the table's own keys, and its fallback. */
class PostgresBulkLoadTest {

    private static final int TRADES = 60_000;

    @TempDir
    Path temp;

    private FileImportReport importTrades(Path dir, HikariDataSource store) throws Exception {
        FolderImportReport report =
                new ImportService(store).importFolder(dir, StandardCharsets.UTF_8, ImportListener.NONE);
        assertThat(report.failures()).isEmpty();
        return ImportContractTest.report(report, "trades.csv");
    }

    @Test
    void cleanFirstLoadIsCheckedByTheTableKeys() throws Exception {
        Path dir = temp.resolve("clean");
        SampleBrokerage.writeClean(dir);
        SampleBrokerage.appendTrades(dir.resolve("trades.csv"), TRADES);
        try (HikariDataSource store = TestStore.postgres("bulk_clean")) {
            FileImportReport trades = importTrades(dir, store);

            assertThat(trades.phases()).containsKey("insert checked by table keys");
            assertThat(trades.inserted()).isEqualTo(TRADES + 3);
            assertThat(trades.rejected()).isZero();
            JdbcClient jdbc = JdbcClient.create(store);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_constraint WHERE conrelid = CAST('trade' AS regclass)")
                            .query(Long.class)
                            .single())
                    .as("primary key, both foreign keys and checks are back")
                    .isGreaterThanOrEqualTo(3);
            assertThat(jdbc.sql(
                                    "SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'trade' AND schemaname = current_schema()")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        }
    }

    @Test
    void firstLoadWithABadReferenceAndADuplicateFallsBackToLineByLineReasons() throws Exception {
        Path dir = temp.resolve("dirty");
        SampleBrokerage.writeClean(dir);
        Path trades = dir.resolve("trades.csv");
        SampleBrokerage.appendTrades(trades, TRADES);
        long firstExtraLine = 5; // header + 3 sample trades
        Files.writeString(
                trades,
                "Y1,C404,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP\n"
                        + "X7,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP\n",
                java.nio.file.StandardOpenOption.APPEND);
        long lines = Files.readAllLines(trades).size();
        try (HikariDataSource store = TestStore.postgres("bulk_dirty")) {
            FileImportReport report = importTrades(dir, store);

            assertThat(report.phases())
                    .doesNotContainKey("insert checked by table keys")
                    .containsKey("references");
            assertThat(report.inserted()).isEqualTo(TRADES + 3);
            assertThat(ImportContractTest.rejects(dir, "trades.csv"))
                    .containsOnlyKeys(lines - 1, lines)
                    .hasEntrySatisfying(lines - 1, r -> assertThat(r).contains("customer_id 'C404'"))
                    .hasEntrySatisfying(
                            lines,
                            r -> assertThat(r).contains("duplicate key").contains("line " + (firstExtraLine + 7)));
        }
    }
}
