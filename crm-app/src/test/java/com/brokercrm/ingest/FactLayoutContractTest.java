package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A store fed by nightly imports after a bulk load, held on each engine by a subclass: the rows stay what
 * was imported, and on DuckDB the appended days are put back in client order once they span four weeks
 * ({@code ingest.duckdb.FactLayout}); PostgreSQL reads clients through its indexes and rewrites nothing.
 */
abstract class FactLayoutContractTest {

    /** The sample brokerage's last day. */
    static final LocalDate BULK_END = LocalDate.of(2025, 1, 3);

    static final List<String> CLIENTS = List.of("C001", "C002", "C003");

    @TempDir
    Path temp;

    HikariDataSource store;
    ImportService importer;
    JdbcClient jdbc;
    private int nights;

    abstract HikariDataSource createStore(Path temp);

    /** Whether the engine's importer rewrites appended days in client order (DuckDB). */
    abstract boolean keepsClientOrder();

    /** Checks of the stored order, which only DuckDB keeps. */
    abstract void assertAppendedDaysInClientOrder(boolean expected);

    @BeforeEach
    void bulkLoad() throws Exception {
        store = createStore(temp);
        importer = new ImportService(store);
        jdbc = JdbcClient.create(store);
        Path bulk = temp.resolve("bulk");
        SampleBrokerage.writeClean(bulk);
        FolderImportReport first = importer.importFolder(bulk, StandardCharsets.UTF_8, ImportListener.NONE);
        assertThat(first.rejected()).isZero();
        assertThat(first.reordered())
                .as("a first load is taken in the order it came")
                .isEmpty();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void appendedDaysAreRewrittenInClientOrderOnceTheySpanFourWeeksAndStayTheSameRows() throws Exception {
        List<LocalDate> days = weekdaysAfter(BULK_END, 25);
        FolderImportReport twoWeeks = night(days.subList(0, 10));
        assertThat(twoWeeks.reordered())
                .as("two weeks of appended days: not yet")
                .isEmpty();
        assertAppendedDaysInClientOrder(false);

        FolderImportReport fiveWeeks = night(days.subList(10, 25));
        assertThat(fiveWeeks.rejected()).isZero();
        assertRows(days);
        assertAppendedDaysInClientOrder(true);
        if (keepsClientOrder()) {
            assertThat(fiveWeeks.reordered())
                    .extracting(TailReordered::table, TailReordered::rows, TailReordered::from, TailReordered::to)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("trade", 75L, days.get(0), days.get(24)),
                            org.assertj.core.groups.Tuple.tuple("daily_asset", 75L, days.get(0), days.get(24)));
        } else {
            assertThat(fiveWeeks.reordered()).isEmpty();
        }

        FolderImportReport nextNight = night(weekdaysAfter(days.get(24), 1));
        assertThat(nextNight.reordered())
                .as("a day after the rewrite: not yet again")
                .isEmpty();
        assertRows(weekdaysAfter(BULK_END, 26));
    }

    /** Imports one folder holding the given days' assets and trades, each day's rows after the day before's. */
    FolderImportReport night(List<LocalDate> days) throws Exception {
        Path folder = temp.resolve("night" + nights++);
        StringBuilder assets = new StringBuilder("customer_id,as_of,cash,market_value,margin_debt\n");
        StringBuilder trades = new StringBuilder(
                "trade_id,customer_id,trade_date,trade_time,exchange,security_code,side,quantity,price,amount,"
                        + "commission,stamp_duty,transfer_fee,channel\n");
        for (LocalDate day : days) {
            for (String client : CLIENTS) {
                assets.append("%s,%s,%s,1000.00,0.00\n".formatted(client, day, cash(client, day)));
                trades.append("N%s%s,%s,%s,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP\n"
                        .formatted(client, day.toString().replace("-", ""), client, day));
            }
        }
        SampleBrokerage.write(folder, "daily_assets.csv", assets.toString());
        SampleBrokerage.write(folder, "trades.csv", trades.toString());
        return importer.importFolder(folder, StandardCharsets.UTF_8, ImportListener.NONE);
    }

    /** The appended days' rows are exactly those imported, whatever order they are stored in. */
    void assertRows(List<LocalDate> days) {
        BigDecimal expected = BigDecimal.ZERO;
        for (LocalDate day : days) {
            for (String client : CLIENTS) {
                expected = expected.add(cash(client, day));
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_asset WHERE as_of > :d")
                        .param("d", BULK_END)
                        .query(Long.class)
                        .single())
                .isEqualTo(3L * days.size());
        assertThat(jdbc.sql("SELECT SUM(cash) FROM daily_asset WHERE as_of > :d")
                        .param("d", BULK_END)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(expected);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT trade_id) FROM trade WHERE trade_date > :d")
                        .param("d", BULK_END)
                        .query(Long.class)
                        .single())
                .isEqualTo(3L * days.size());
    }

    /** Each client's cash on a day differs, so a lost or doubled row shows in the sum. */
    static BigDecimal cash(String client, LocalDate day) {
        return new BigDecimal(client.substring(1) + day.getDayOfYear() + ".25");
    }

    static List<LocalDate> weekdaysAfter(LocalDate start, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start.plusDays(1); days.size() < count; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    /** Client and date of the appended daily rows, in the order they are stored (DuckDB's rowid). */
    List<String> storedOrder() {
        return jdbc.sql("SELECT customer_id || ' ' || CAST(as_of AS VARCHAR) FROM daily_asset WHERE as_of > :d"
                        + " ORDER BY rowid")
                .param("d", BULK_END)
                .query(String.class)
                .list();
    }

    static List<String> sorted(List<String> rows) {
        return rows.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
