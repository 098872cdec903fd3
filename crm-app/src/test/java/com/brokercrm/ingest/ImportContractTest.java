package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The import contract, held on each engine by a subclass. */
abstract class ImportContractTest {

    @TempDir
    Path temp;

    HikariDataSource dataSource;
    ImportService importer;
    JdbcClient jdbc;

    abstract HikariDataSource createStore(Path temp);

    /** The importer under test; by default with the standard size from which DuckDB's own reader is tried. */
    ImportService createImporter(HikariDataSource store) {
        return new ImportService(store);
    }

    @BeforeEach
    void setUp() {
        dataSource = createStore(temp);
        importer = createImporter(dataSource);
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void tearDown() {
        dataSource.close();
    }

    FolderImportReport importFolder(Path dir) throws FileUnreadable {
        return importer.importFolder(dir, StandardCharsets.UTF_8, ImportListener.NONE);
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static FileImportReport report(FolderImportReport folder, String file) {
        return folder.files().stream()
                .filter(f -> f.fileName().equals(file))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " not imported: " + folder.failures()));
    }

    /** line number -> reason, from a rejects file. */
    static Map<Long, String> rejects(Path dir, String file) throws IOException {
        Path path = dir.resolve(file + ".rejects.csv");
        Map<Long, String> byLine = new LinkedHashMap<>();
        if (!Files.exists(path)) {
            return byLine;
        }
        try (var reader = new com.brokercrm.ingest.csv.CsvRecordReader(Files.newBufferedReader(path))) {
            assertThat(reader.next().fields()).containsExactly("line", "reason", "record");
            for (var r = reader.next(); r != null; r = reader.next()) {
                assertThat(r.broken()).as("rejects file is valid CSV").isFalse();
                byLine.put(Long.parseLong(r.fields()[0]), r.fields()[1]);
            }
        }
        return byLine;
    }

    static String allRejects(Path dir) {
        try (var files = Files.list(dir)) {
            StringBuilder text = new StringBuilder();
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".rejects.csv")).toList()) {
                text.append(p.getFileName()).append(":\n").append(Files.readString(p));
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void cleanFolderLoadsEveryRowWithoutRejects() throws Exception {
        Path dir = temp.resolve("clean");
        SampleBrokerage.writeClean(dir);

        FolderImportReport report = importFolder(dir);

        assertThat(report.failures()).isEmpty();
        assertThat(report.rejected()).isZero();
        assertThat(count("branch")).isEqualTo(2);
        assertThat(count("staff")).isEqualTo(3);
        assertThat(count("security")).isEqualTo(3);
        assertThat(count("customer")).isEqualTo(3);
        assertThat(count("trade")).isEqualTo(3);
        assertThat(count("contact")).isEqualTo(2);
        assertThat(count("market_volume")).isEqualTo(2);
        assertThat(report(report, "trades.csv").inserted()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT note FROM contact WHERE contact_id = 'K1'")
                        .query(String.class)
                        .single())
                .isEqualTo("多行\n备注");
        assertThat(jdbc.sql("SELECT occupation FROM customer WHERE customer_id = 'C003'")
                        .query(String.class)
                        .single())
                .isEqualTo("Teacher, \"senior\"");
        assertThat(jdbc.sql("SELECT security_code FROM security WHERE name LIKE '平安%'")
                        .query(String.class)
                        .single())
                .as("leading zeros of codes are kept")
                .isEqualTo("000001");
        assertThat(jdbc.sql("SELECT CAST(occurred_at AS VARCHAR) FROM contact WHERE contact_id = 'K1'")
                        .query(String.class)
                        .single())
                .as("instants are stored in UTC")
                .startsWith("2025-01-03 02:15:00");
        assertThat(count("import_run")).isEqualTo(12);
    }

    @Test
    void secondImportOfTheSameFolderChangesNothing() throws Exception {
        Path dir = temp.resolve("clean");
        SampleBrokerage.writeClean(dir);
        importFolder(dir);

        FolderImportReport second = importFolder(dir);

        for (FileImportReport file : second.files()) {
            assertThat(file.inserted()).as(file.fileName() + " new rows").isZero();
            assertThat(file.replaced()).as(file.fileName() + " replaced rows").isZero();
            assertThat(file.unchanged()).as(file.fileName() + " unchanged rows").isEqualTo(file.rowsRead());
        }
        assertThat(count("trade")).isEqualTo(3);
        assertThat(count("customer")).isEqualTo(3);
    }

    @Test
    void changedRowReplacesTheOldOneAndIsCounted() throws Exception {
        Path dir = temp.resolve("clean");
        SampleBrokerage.writeClean(dir);
        importFolder(dir);
        Path trades = dir.resolve("trades.csv");
        Files.writeString(
                trades,
                Files.readString(trades)
                        .replace(
                                "T3,C003,2025-01-02,09:31:00,SZ,000001,B,200,11.50,2300.00,5.00",
                                "T3,C003,2025-01-02,09:31:00,SZ,000001,B,200,11.50,2300.00,6.90"));
        Path customers = dir.resolve("customers.csv");
        Files.writeString(
                customers,
                Files.readString(customers)
                        .replace(
                                "C002,李四,,,,,,,,,,2019-07-15,B02,,,ORDINARY,,,ACTIVE,",
                                "C002,李四,,,,,,,,,,2019-07-15,B02,,,ORDINARY,,,CLOSED,2025-07-01"));

        FolderImportReport second = importFolder(dir);

        assertThat(report(second, "trades.csv").replaced()).isEqualTo(1);
        assertThat(report(second, "trades.csv").unchanged()).isEqualTo(2);
        assertThat(report(second, "customers.csv").replaced()).isEqualTo(1);
        assertThat(count("trade")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT commission FROM trade WHERE trade_id = 'T3'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("6.90");
        assertThat(jdbc.sql("SELECT status FROM customer WHERE customer_id = 'C002'")
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
    }

    @Test
    void faultyRowsAreRejectedWithLineAndReasonAndGoodRowsLoad() throws Exception {
        Path dir = temp.resolve("faulty");
        SampleBrokerage.writeClean(dir);
        SampleBrokerage.write(dir, "staff.csv", """
                staff_id,name,role,branch_id,hired_on,left_on
                S01,王经理,ACCOUNT_MANAGER,B01,2015-01-01,
                S02,李经纪,BROKER,B02,2016-01-01,
                S03,周总,HQ_ADMIN,,2014-06-01,
                S04,赵,JANITOR,B01,2016-01-01,
                S05,钱,BROKER,B99,2016-01-01,
                S06,孙,BROKER,B01,2016-01-01,2015-01-01
                """);
        String badChecksum =
                SampleBrokerage.ID_1.substring(0, 17) + (SampleBrokerage.ID_1.charAt(17) == '1' ? '2' : '1');
        SampleBrokerage.write(
                dir, "customers.csv", """
                customer_id,name,gender,birth_date,id_number,phone,email,city,occupation,education,income_band,open_date,branch_id,manager_id,broker_id,investor_type,risk_level,risk_assessed_on,status,status_date
                C001,张三,M,1980-01-01,%s,13800138000,zhang@example.com,上海,工程师,本科,300K_1M,2018-03-01,B01,S01,S02,ORDINARY,C4,2024-05-01,ACTIVE,
                C002,李四,,,,,,,,,,2019-07-15,B02,,,ORDINARY,,,ACTIVE,
                C003,王五,F,1975-12-31,%s,13912345678,,北京,教师,硕士,100K_300K,2020-01-02,B02,S01,,PROFESSIONAL,C5,2023-01-01,ACTIVE,
                C004,坏号,M,,%s,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,
                C005,坏电话,M,,,12345,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,
                C006,无经理,M,,,,,,,,,2020-01-02,B01,S99,,ORDINARY,,,ACTIVE,
                C007,收入,M,,,,,,,,RICH,2020-01-02,B01,,,ORDINARY,,,ACTIVE,
                C001,重复,M,,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,
                C008,"未闭合引号,M,,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,
                C009,好客户,F,,,,,,,,,2021-02-03,B01,,,ORDINARY,C2,2025-01-01,ACTIVE,
                C010,少字段,M,2020-01-02,B01
                C011,,M,,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,
                C012,未来,M,2030-01-01,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,
                """.formatted(SampleBrokerage.ID_1, SampleBrokerage.ID_2, badChecksum));
        // line 15: a name in GB18030 bytes inside a UTF-8 file (a wrong encoding)
        SampleBrokerage.append(dir.resolve("customers.csv"), "C013,".getBytes(StandardCharsets.UTF_8));
        SampleBrokerage.append(dir.resolve("customers.csv"), "张三".getBytes(Charset.forName("GB18030")));
        SampleBrokerage.append(
                dir.resolve("customers.csv"),
                ",M,,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,\n".getBytes(StandardCharsets.UTF_8));
        SampleBrokerage.write(dir, "trades.csv", """
                trade_id,customer_id,trade_date,trade_time,exchange,security_code,side,quantity,price,amount,commission,stamp_duty,transfer_fee,channel
                T1,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP
                T2,C001,2025-01-03,14:30:05,SH,600000,S,100,10.10,1010.00,5.00,0.51,0.01,WEB
                T3,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1100.00,5.00,0.00,0.01,APP
                T4,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,5.00,0.51,0.01,APP
                T5,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,-5.00,0.00,0.01,APP
                T6,C001,2025-01-03,14:30:05,SH,600000,B,0,10.10,1010.00,5.00,0.00,0.01,APP
                T7,C999,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,5.00,0.00,0.01,APP
                T8,C001,2025-01-03,14:30:05,SH,600999,B,100,10.10,1010.00,5.00,0.00,0.01,APP
                T9,C001,2025-02-30,14:30:05,SH,600000,B,100,10.10,1010.00,5.00,0.00,0.01,APP
                T10,C001,2025-01-03,25:00:00,SH,600000,B,100,10.10,1010.00,5.00,0.00,0.01,APP
                T11,C001,2025-01-03,14:30:05,SH,600000,X,100,10.10,1010.00,5.00,0.00,0.01,APP
                T12,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,5.00,0.00,0.01,FAX
                T13,C001,2025-01-03,14:30:05,SH,600000,B,100,abc,1010.00,5.00,0.00,0.01,APP
                T14,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,50.00,0.00,0.01,APP
                T1,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP
                T15,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,AP"P
                T16,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP
                T17,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.001,5.00,0.00,0.01,APP
                """);
        SampleBrokerage.write(dir, "fund_flows.csv", """
                flow_id,customer_id,flow_date,direction,amount,kind
                F1,C001,2025-01-02,IN,50000.00,BANK_TRANSFER
                F2,C003,2025-01-03,OUT,0.00,BANK_TRANSFER
                F3,C003,2025-01-03,SIDEWAYS,10.00,BANK_TRANSFER
                """);
        SampleBrokerage.write(dir, "daily_assets.csv", """
                customer_id,as_of,cash,market_value,margin_debt
                C001,2025-01-02,48995.00,1000.00,0.00
                C001,2025-01-03,-1.00,0.00,0.00
                """);
        SampleBrokerage.write(dir, "contacts.csv", """
                contact_id,customer_id,staff_id,channel,occurred_at,duration_s,topic,outcome,satisfaction,note
                K1,C001,S01,CALL_OUT,2025-01-03T10:15:00+08:00,320,回访,满意,5,
                K2,C001,S01,CALL_OUT,yesterday,320,回访,满意,5,
                K3,C001,S01,CALL_OUT,2025-01-03T10:15:00+08:00,320,回访,满意,9,
                """);
        SampleBrokerage.write(dir, "market_volume.csv", """
                region,month,market_amount,market_accounts
                华东,2025-01,123456789.00,1000000
                华北,2025-13,98765432.10,
                """);

        FolderImportReport report = importFolder(dir);

        assertThat(report.failures()).isEmpty();
        assertThat(rejects(dir, "staff.csv"))
                .containsOnlyKeys(5L, 6L, 7L)
                .hasEntrySatisfying(5L, r -> assertThat(r).contains("role").contains("JANITOR"))
                .hasEntrySatisfying(
                        6L, r -> assertThat(r).contains("branch_id 'B99'").contains("no known branch"))
                .hasEntrySatisfying(7L, r -> assertThat(r).contains("left_on").contains("before hired_on"));
        assertThat(rejects(dir, "customers.csv"))
                .containsOnlyKeys(5L, 6L, 7L, 8L, 9L, 10L, 12L, 13L, 14L, 15L)
                .hasEntrySatisfying(5L, r -> assertThat(r).contains("checksum"))
                .hasEntrySatisfying(6L, r -> assertThat(r).contains("phone"))
                .hasEntrySatisfying(7L, r -> assertThat(r).contains("manager_id 'S99'"))
                .hasEntrySatisfying(
                        8L, r -> assertThat(r).contains("income_band").contains("RICH"))
                .hasEntrySatisfying(
                        9L, r -> assertThat(r).contains("duplicate key").contains("line 2"))
                .hasEntrySatisfying(10L, r -> assertThat(r).contains("broken CSV"))
                .hasEntrySatisfying(12L, r -> assertThat(r).contains("expected 20 fields but found 5"))
                .hasEntrySatisfying(13L, r -> assertThat(r).contains("name is required"))
                .hasEntrySatisfying(
                        14L, r -> assertThat(r).contains("birth_date").contains("open_date"))
                .hasEntrySatisfying(
                        15L, r -> assertThat(r).contains("not valid UTF-8").contains("GB18030"));
        assertThat(jdbc.sql("SELECT customer_id FROM customer ORDER BY customer_id")
                        .query(String.class)
                        .list())
                .containsExactly("C001", "C002", "C003", "C009");
        assertThat(jdbc.sql("SELECT name FROM customer WHERE customer_id = 'C001'")
                        .query(String.class)
                        .single())
                .as("the first row of a duplicated key is kept")
                .isEqualTo("张三");

        Map<Long, String> tradeRejects = rejects(dir, "trades.csv");
        assertThat(tradeRejects).containsOnlyKeys(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 19L);
        assertThat(tradeRejects.get(4L)).contains("amount").contains("quantity x price");
        assertThat(tradeRejects.get(5L)).contains("stamp_duty").contains("buy");
        assertThat(tradeRejects.get(6L)).contains("commission").contains("at least 0");
        assertThat(tradeRejects.get(7L)).contains("quantity");
        assertThat(tradeRejects.get(8L)).contains("customer_id 'C999'");
        assertThat(tradeRejects.get(9L)).contains("security_code '600999'");
        assertThat(tradeRejects.get(10L)).contains("trade_date").contains("2025-02-30");
        assertThat(tradeRejects.get(11L)).contains("trade_time");
        assertThat(tradeRejects.get(12L)).contains("side");
        assertThat(tradeRejects.get(13L)).contains("channel").contains("FAX");
        assertThat(tradeRejects.get(14L)).contains("price").contains("abc");
        assertThat(tradeRejects.get(15L)).contains("commission").contains("cap");
        assertThat(tradeRejects.get(16L)).contains("duplicate key");
        assertThat(tradeRejects.get(17L)).contains("stray quote");
        assertThat(tradeRejects.get(19L)).contains("amount").contains("decimal places");
        assertThat(jdbc.sql("SELECT trade_id FROM trade ORDER BY trade_id")
                        .query(String.class)
                        .list())
                .containsExactly("T1", "T16", "T2");

        assertThat(rejects(dir, "fund_flows.csv")).containsOnlyKeys(3L, 4L);
        assertThat(rejects(dir, "daily_assets.csv")).containsOnlyKeys(3L);
        assertThat(rejects(dir, "contacts.csv")).containsOnlyKeys(3L, 4L);
        assertThat(rejects(dir, "market_volume.csv")).containsOnlyKeys(3L);
        assertThat(rejects(dir, "branches.csv")).isEmpty();
        assertThat(report(report, "trades.csv").rejected()).isEqualTo(15);
        assertThat(report(report, "trades.csv").inserted()).isEqualTo(3);
    }

    @Test
    void everyColumnsFailureModesAreRejectedNamingTheColumnAndNothingElseIsLost() throws Exception {
        Path dir = temp.resolve("every-column");
        SampleBrokerage.writeClean(dir);
        Map<String, Map<Long, String>> expected = new LinkedHashMap<>();
        for (com.brokercrm.ingest.spec.FileSpec spec : com.brokercrm.ingest.spec.ImportFormat.FILES) {
            expected.put(spec.fileName(), BadRows.appendTo(dir.resolve(spec.fileName()), spec));
        }

        FolderImportReport report = importFolder(dir);

        assertThat(report.failures()).isEmpty();
        for (var file : expected.entrySet()) {
            Map<Long, String> rejected = rejects(dir, file.getKey());
            assertThat(rejected.keySet())
                    .as(file.getKey())
                    .containsExactlyInAnyOrderElementsOf(file.getValue().keySet());
            file.getValue()
                    .forEach((line, column) -> assertThat(rejected.get(line))
                            .as(file.getKey() + " line " + line)
                            .contains(column));
        }
        assertThat(count("trade")).isEqualTo(3);
        assertThat(count("customer")).isEqualTo(3);
        assertThat(count("contact")).isEqualTo(2);
        assertThat(count("market_volume")).isEqualTo(2);
        assertThat(report.rejected())
                .isEqualTo(expected.values().stream().mapToLong(Map::size).sum())
                .isGreaterThan(150);
    }

    @Test
    void customersLoadWithOrWithoutTheOptionalIdExpiryColumn() throws Exception {
        Path without = temp.resolve("without-id-expiry");
        SampleBrokerage.writeClean(without);
        FolderImportReport old = importFolder(without);
        assertThat(old.rejected()).isZero();
        assertThat(report(old, "customers.csv").inserted()).isEqualTo(3);
        assertThat(report(old, "customers.csv").warnings())
                .containsExactly("optional column id_expires_on is absent: left empty");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE id_expires_on IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isZero();

        Path with = temp.resolve("with-id-expiry");
        SampleBrokerage.writeClean(with);
        SampleBrokerage.write(with, "customers.csv", SampleBrokerage.customersWithIdExpiry());
        FolderImportReport added = importFolder(with);
        assertThat(added.rejected()).as(() -> allRejects(with)).isZero();
        FileImportReport customers = report(added, "customers.csv");
        assertThat(customers.warnings()).isEmpty();
        assertThat(List.of(customers.inserted(), customers.replaced(), customers.unchanged()))
                .as("new, replaced, unchanged")
                .containsExactly(0L, 2L, 1L);
        assertThat(idExpiry()).containsExactly("C001=2031-07-15", "C002=null", "C003=9999-12-31");

        FolderImportReport again = importFolder(with);
        assertThat(report(again, "customers.csv").unchanged()).isEqualTo(3);

        FolderImportReport back = importFolder(without);
        assertThat(report(back, "customers.csv").replaced())
                .as("a file without the column leaves it empty, as any absent optional column")
                .isEqualTo(2);
        assertThat(idExpiry()).containsExactly("C001=null", "C002=null", "C003=null");
    }

    @Test
    void malformedOrImpossibleIdExpiryRejectsTheRowWithTheReason() throws Exception {
        Path dir = temp.resolve("bad-id-expiry");
        SampleBrokerage.writeClean(dir);
        String good = "ORDINARY,,,ACTIVE,,";
        SampleBrokerage.write(
                dir,
                "customers.csv",
                SampleBrokerage.customersWithIdExpiry()
                        + "C004,月份,M,,,,,,,,,2020-01-02,B01,,," + good + "2031-13-01\n"
                        + "C005,斜线,M,,,,,,,,,2020-01-02,B01,,," + good + "2031/01/01\n"
                        + "C006,长期,M,,,,,,,,,2020-01-02,B01,,," + good + "长期\n"
                        + "C007,开户前,M,1960-05-05,,,,,,,,2020-01-02,B01,,," + good + "2019-12-31\n"
                        + "C008,开户日,M,1960-05-05,,,,,,,,2020-01-02,B01,,," + good + "2020-01-02\n"
                        + "C009,空格,M,,,,,,,,,2020-01-02,B01,,," + good + " 2030-01-31 \n");

        FolderImportReport report = importFolder(dir);

        assertThat(rejects(dir, "customers.csv"))
                .containsOnlyKeys(5L, 6L, 7L, 8L)
                .hasEntrySatisfying(
                        5L, r -> assertThat(r).contains("id_expires_on").contains("2031-13-01"))
                .hasEntrySatisfying(
                        6L, r -> assertThat(r).contains("id_expires_on").contains("YYYY-MM-DD"))
                .hasEntrySatisfying(
                        7L, r -> assertThat(r).contains("id_expires_on").contains("长期"))
                .hasEntrySatisfying(
                        8L, r -> assertThat(r).contains("id_expires_on 2019-12-31 is before open_date 2020-01-02"));
        assertThat(report(report, "customers.csv").inserted()).isEqualTo(5);
        assertThat(idExpiry())
                .containsExactly(
                        "C001=2031-07-15", "C002=null", "C003=9999-12-31", "C008=2020-01-02", "C009=2030-01-31");
    }

    private List<String> idExpiry() {
        return jdbc.sql("SELECT customer_id, id_expires_on FROM customer ORDER BY customer_id")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getObject(2, java.time.LocalDate.class))
                .list();
    }

    @Test
    void rejectsFileKeepsTheOriginalRecordText() throws Exception {
        Path dir = temp.resolve("one");
        SampleBrokerage.writeClean(dir);
        SampleBrokerage.write(dir, "market_volume.csv", """
                region,month,market_amount,market_accounts
                华东,2025-01,"1,000",1
                """);
        importFolder(dir);
        List<String> lines = Files.readAllLines(dir.resolve("market_volume.csv.rejects.csv"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("2,").contains("\"华东,2025-01,\"\"1,000\"\",1\"");
    }

    @Test
    void gb18030FileLoadsWhenToldItsCharset() throws Exception {
        Path dir = temp.resolve("gb");
        SampleBrokerage.writeClean(dir);
        String branches = Files.readString(dir.resolve("branches.csv"));
        SampleBrokerage.write(dir, "branches.csv", branches, Charset.forName("GB18030"));

        FolderImportReport asUtf8 = importFolder(dir);
        assertThat(rejects(dir, "branches.csv")).hasSize(2);
        assertThat(report(asUtf8, "branches.csv").rejected()).isEqualTo(2);

        FolderImportReport asGb = importer.importFolder(dir, Charset.forName("GB18030"), ImportListener.NONE);
        assertThat(report(asGb, "branches.csv").rejected()).isZero();
        assertThat(jdbc.sql("SELECT name FROM branch WHERE branch_id = 'B01'")
                        .query(String.class)
                        .single())
                .isEqualTo("上海浦东营业部");
    }

    @Test
    void unreadableFilesFailClearlyAndOthersStillLoad() throws Exception {
        Path dir = temp.resolve("unreadable");
        SampleBrokerage.writeClean(dir);
        SampleBrokerage.write(dir, "fund_flows.csv", "");
        SampleBrokerage.write(dir, "prices.csv", "exchange,security_code,close\nSH,600000,10.00\n");

        FolderImportReport report = importFolder(dir);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.failures())
                .extracting(FolderImportReport.FileFailure::fileName)
                .containsExactlyInAnyOrder("fund_flows.csv", "prices.csv");
        assertThat(report.failures())
                .filteredOn(f -> f.fileName().equals("prices.csv"))
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("trade_date"));
        assertThat(report.failures())
                .filteredOn(f -> f.fileName().equals("fund_flows.csv"))
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("empty"));
        assertThat(count("trade")).isEqualTo(3);
        assertThat(count("price_daily")).isZero();
    }

    @Test
    void folderWithoutImportFilesIsAnError() {
        assertThatThrownBy(() -> importFolder(temp))
                .isInstanceOf(FileUnreadable.class)
                .hasMessageContaining("no import files");
        assertThatThrownBy(() -> importFolder(temp.resolve("missing")))
                .isInstanceOf(FileUnreadable.class)
                .hasMessageContaining("no such folder");
    }

    @Test
    void exportedTableImportsAgainAsUnchanged() throws Exception {
        Path dir = temp.resolve("clean");
        SampleBrokerage.writeClean(dir);
        importFolder(dir);
        Path exported = temp.resolve("export");
        TableExporter exporter = new TableExporter(dataSource);
        for (String table : List.of("branch", "staff", "security", "customer", "trade", "contact", "market_volume")) {
            String file = com.brokercrm.ingest.spec.ImportFormat.forTable(table)
                    .orElseThrow()
                    .fileName();
            exporter.export(table, exported.resolve(file));
        }

        FolderImportReport again = importFolder(exported);

        assertThat(again.rejected()).as(() -> allRejects(exported)).isZero();
        for (FileImportReport file : again.files()) {
            assertThat(file.unchanged())
                    .as(file.fileName())
                    .isEqualTo(file.rowsRead())
                    .isPositive();
        }
    }
}
