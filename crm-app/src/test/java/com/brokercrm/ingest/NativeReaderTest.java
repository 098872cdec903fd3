package com.brokercrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.ImportFormat;
import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB's own reader against the Java one, case by case. Two DuckDB stores hold the same clean sample;
 * each case file is imported into both, once offered to DuckDB's reader first and once read the Java
 * way only, and both must end with the same report, the same rejects file and the same table contents.
 * Every fault, alone in an otherwise clean file, must make DuckDB's reader decline.
 */
class NativeReaderTest {

    @TempDir
    static Path temp;

    static HikariDataSource nativeStore;
    static HikariDataSource javaStore;
    static ImportService nativeImporter;
    static ImportService javaImporter;
    static Path clean;
    static int cases;

    @BeforeAll
    static void loadTheCleanSampleIntoBothStores() throws Exception {
        clean = temp.resolve("clean");
        SampleBrokerage.writeClean(clean);
        nativeStore = TestStore.duckDb(temp.resolve("native-store"));
        javaStore = TestStore.duckDb(temp.resolve("java-store"));
        nativeImporter = new ImportService(nativeStore, 0);
        javaImporter = new ImportService(javaStore, -1);
        FolderImportReport natively = nativeImporter.importFolder(clean, StandardCharsets.UTF_8, ImportListener.NONE);
        javaImporter.importFolder(clean, StandardCharsets.UTF_8, ImportListener.NONE);
        assertThat(natively.files())
                .allSatisfy(f -> assertThat(f.route()).as(f.fileName()).isEqualTo(FileImportReport.Route.NATIVE));
    }

    @AfterAll
    static void close() {
        nativeStore.close();
        javaStore.close();
    }

    @Test
    void everyColumnFaultAloneIsDeclined() throws Exception {
        int checked = 0;
        for (FileSpec spec : ImportFormat.FILES) {
            String text = Files.readString(clean.resolve(spec.fileName()));
            for (BadRows.BadRow bad : BadRows.of(clean.resolve(spec.fileName()), spec)) {
                FileImportReport report = both(spec.fileName(), text + bad.record() + "\n");
                assertDeclined(report, spec.fileName() + " bad " + bad.column() + ": " + bad.record());
                assertThat(report.rejected()).as(bad.record()).isEqualTo(1);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void rowRulesReferencesAndRepeatedKeysAreDeclined() throws Exception {
        String badChecksum =
                SampleBrokerage.ID_1.substring(0, 17) + (SampleBrokerage.ID_1.charAt(17) == '1' ? '2' : '1');
        String otherBirth = SampleBrokerage.validId("310101", "19800102", "123");
        List<String[]> faults = List.of(
                row("staff.csv", "S05,钱,BROKER,B99,2016-01-01,"),
                row("staff.csv", "S06,孙,BROKER,B01,2016-01-01,2015-01-01"),
                row("staff.csv", "S01,王经理,ACCOUNT_MANAGER,B01,2015-01-01,"),
                row("securities.csv", "60000A,SH,坏代码,STOCK,MAIN,R3,false,"),
                row("securities.csv", "60000,SZ,短代码,STOCK,MAIN,R3,false,"),
                row("customers.csv", "C004,坏号,M,,%s,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,".formatted(badChecksum)),
                row(
                        "customers.csv",
                        "C004,生日,M,1980-01-01,%s,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,".formatted(otherBirth)),
                row("customers.csv", "C004,短号,M,,31010119800101123,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C004,坏日,M,,310101198002301234,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C005,坏电话,M,,,12345,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C005,坏电话,M,,,12800138000,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C005,坏邮件,M,,,,a@b,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C005,坏邮件,M,,,,a@@b.cn,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C005,坏邮件,M,,,,@b.cn,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C006,无经理,M,,,,,,,,,2020-01-02,B01,S99,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C006,无经纪,M,,,,,,,,,2020-01-02,B01,,S99,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C006,无营业部,M,,,,,,,,,2020-01-02,B99,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C001,重复,M,,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C012,未来,M,2030-01-01,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("customers.csv", "C012,同日,M,2020-01-02,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,"),
                row("prices.csv", "SH,600999,2025-01-02,10.0000"),
                row("prices.csv", "SH,600000,2025-01-02,10.0000"),
                row("trades.csv", "T4,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1100.00,5.00,0.00,0.01,APP"),
                row("trades.csv", "T4,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.02,5.00,0.00,0.01,APP"),
                row("trades.csv", "T4,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,5.00,0.51,0.01,APP"),
                row("trades.csv", "T4,C001,2025-01-03,14:30:05,SH,600000,S,100,10.10,1010.00,5.00,1.03,0.01,APP"),
                row("trades.csv", "T4,C001,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,50.00,0.00,0.01,APP"),
                row("trades.csv", "T4,C001,2025-01-03,14:30:05,SH,600000,B,10000,10.10,101000.00,303.02,0.00,1,APP"),
                row("trades.csv", "T4,C001,2025-01-02,10:00:00,SH,600000,B,1,1.00,1.00,5.00,0.00,1.01,APP"),
                row("trades.csv", "T7,C999,2025-01-03,14:30:05,SH,600000,B,100,10.10,1010.00,5.00,0.00,0.01,APP"),
                row("trades.csv", "T8,C001,2025-01-03,14:30:05,SH,600999,B,100,10.10,1010.00,5.00,0.00,0.01,APP"),
                row("trades.csv", "T8,C001,2025-01-03,14:30:05,SZ,600000,B,100,10.10,1010.00,5.00,0.00,0.01,APP"),
                row("trades.csv", "T1,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP"),
                row("fund_flows.csv", "F3,C999,2025-01-03,OUT,10.00,BANK_TRANSFER"),
                row("fund_flows.csv", "F1,C001,2025-01-02,IN,50000.00,BANK_TRANSFER"),
                row("daily_assets.csv", "C999,2025-01-03,1.00,0.00,0.00"),
                row("daily_assets.csv", "C001,2025-01-02,48995.00,1000.00,0.00"),
                row("positions.csv", "C001,2025-01-02,SH,600999,100,1005.01,1000.00"),
                row("positions.csv", "C001,2025-01-02,SH,600000,100,1005.01,1000.00"),
                row("contacts.csv", "K3,C001,S99,CALL_OUT,2025-01-03T10:15:00+08:00,320,回访,满意,5,"),
                row("contacts.csv", "K3,C001,S01,CALL_OUT,2025-01-03T10:15:00+19:00,320,回访,满意,5,"),
                row("contacts.csv", "K3,C001,S01,CALL_OUT,2025-01-03T10:15:60+08:00,320,回访,满意,5,"),
                row("contacts.csv", "K3,C001,S01,CALL_OUT,2025-02-29T10:15:00+08:00,320,回访,满意,5,"),
                row("contacts.csv", "K1,C001,S01,CALL_OUT,2025-01-03T10:15:00+08:00,320,回访,满意,5,"),
                row("churn_events.csv", "C999,2025-06-30,DORMANT,,,"),
                row("churn_events.csv", "C002,2025-06-30,DORMANT,,,"),
                row("market_volume.csv", "华北,2025-13,98765432.10,"),
                row("market_volume.csv", "华北,2025-1,98765432.10,"),
                row("market_volume.csv", "华北,2025/01,98765432.10,"),
                row("market_volume.csv", "华东,2025-01,123456789.00,1000000"));
        for (String[] fault : faults) {
            String text = Files.readString(clean.resolve(fault[0]));
            FileImportReport report = both(fault[0], text + fault[1] + "\n");
            assertDeclined(report, fault[0] + ": " + fault[1]);
            assertThat(report.rejected()).as(fault[1]).isEqualTo(1);
        }
    }

    @Test
    void brokenCsvAndTextTheJavaReaderWouldChangeAreDeclined() throws Exception {
        String good = "T9,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP";
        String header = firstLine("trades.csv");
        List<byte[]> faults = List.of(
                bytes(good.replace("T9,", "\"T9,")),
                bytes(good.replace(",APP", ",AP\"P")),
                bytes(good.replace(",APP", ",\"APP\"X")),
                bytes(good.replace(",APP", "")),
                bytes(good + ",EXTRA"),
                bytes(good.replace("T9,", "T9\uFFFD,")),
                bytes(good.replace("T9,", "T\r9,")),
                bytes("   "),
                concat(bytes(good.replace("T9,", "T")), "张".getBytes(Charset.forName("GB18030")), bytes("9,")));
        for (byte[] fault : faults) {
            byte[] file = concat(Files.readAllBytes(clean.resolve("trades.csv")), fault, bytes("\n"));
            FileImportReport report = both("trades.csv", file);
            assertDeclined(report, new String(fault, StandardCharsets.UTF_8));
            assertThat(report.rejected())
                    .as(new String(fault, StandardCharsets.UTF_8))
                    .isPositive();
        }
        List<String> javaChangesOrKeeps = List.of(
                good.replace("T9,", " T9,"),
                good.replace(",APP", ",APP "),
                good.replace("T9,", "T\t9,"),
                good.replace("T9,", "T9\uFEFF,"),
                good.replace("T9,", "\"T9\r\n\","),
                good.replace("T9,", "T\u00009,"),
                good.replace(",APP", ",\"APP\n\""));
        for (String variant : javaChangesOrKeeps) {
            String text = Files.readString(clean.resolve("trades.csv"));
            assertDeclined(both("trades.csv", text + variant + "\n"), variant);
        }
        String longNote = "K9,C001,S01,CALL_OUT,2025-01-03T10:15:00+08:00,320,回访,满意,5,\"" + "行\n".repeat(50) + "\"";
        String contacts = Files.readString(clean.resolve("contacts.csv"));
        assertDeclined(both("contacts.csv", contacts + longNote + "\n"), "a note over 51 lines");
        assertDeclined(
                both("contacts.csv", contacts + "K9,C001,S01,CALL_OUT,2025-01-03T10:15:00+08:00,320,\"\n回访\",满意,5,\n"),
                "a topic that Java trims of its line break");
        assertDeclined(both("trades.csv", header + "\n" + good + "\r\n"), "a CR LF line in an LF file");
        assertDeclined(both("trades.csv", header + "\r\n" + good + "\n"), "an LF line in a CR LF file");
    }

    @Test
    void cleanFilesInEveryAllowedSpellingLoadNativelyAndIdentically() throws Exception {
        String trades = Files.readString(clean.resolve("trades.csv"));
        assertNative(both("trades.csv", trades.replace("\n", "\r\n")), "CR LF");
        assertNative(both("trades.csv", "\uFEFF" + trades), "byte-order mark");
        assertNative(both("trades.csv", trades.substring(0, trades.length() - 1)), "no final line break");
        assertNative(both("trades.csv", trades + "\n\n"), "blank lines at the end");
        assertNative(
                both(
                        "trades.csv",
                        trades + "\"T20\",C001,2025-01-02,10:00:00,SH,\"600000\",B,100,10,1000,5,0,0.01,\"APP\"\n"),
                "quoted fields, numbers without decimals");
        assertNative(
                both(
                        "trades.csv",
                        trades + "T21,C001,2025-01-02,10:00:00,SH,600000,S,0100,010.1,1010.0,5.00,1,0,WEB\n"),
                "leading zeros, fewer decimals");
        assertNative(
                both(
                        "trades.csv",
                        "channel,trade_id,customer_id,trade_date,trade_time,exchange,security_code,side,quantity,price,"
                                + "amount,commission,stamp_duty,transfer_fee,remark\n"
                                + "PHONE,T22,C003,2025-01-05,23:59:59,SZ,000001,S,7,3.1415,21.99,5.00,0.02,0.00,\"any, \"\"text\"\"\"\n"),
                "columns in another order and a column not in the format");
        String contacts = Files.readString(clean.resolve("contacts.csv"));
        assertNative(
                both(
                        "contacts.csv",
                        contacts
                                + "K3,C001,S01,CALL_IN,2025-01-03T10:15+08:00,0,,,1,\"inside quotes,\n second line\"\n"
                                + "K4,C003,,EMAIL,2025-01-03 23:30:00-05:30,,,,,\n"
                                + "K5,C003,,SMS,2025-06-30T23:59,,,,,\"\"\n"
                                + "K6,C003,,WECHAT,1999-12-31 16:00:00+00:00,2147483647,\"a \"\"quote\"\"\",📈 up,5,\n"),
                "date-times in every canonical spelling, quotes and emoji");
        String securities = Files.readString(clean.resolve("securities.csv"));
        assertNative(
                both(
                        "securities.csv",
                        securities + "000002,SZ,万科A,STOCK,MAIN,R3,TRUE,房地产\n" + "ABC,OTC,理财,WMP,NA,R1,False,\n"),
                "flags in any letter case, OTC codes");
        String customers = Files.readString(clean.resolve("customers.csv"));
        String lowerX = java.util.stream.IntStream.range(100, 1000)
                .mapToObj(sequence -> SampleBrokerage.validId("110105", "19900307", Integer.toString(sequence)))
                .filter(id -> id.endsWith("X"))
                .findFirst()
                .orElseThrow();
        assertNative(
                both(
                        "customers.csv",
                        customers.replace(
                                "C002,李四,,,,,,,,,,2019-07-15,B02,,,ORDINARY,,,ACTIVE,",
                                "C002,李四,F,,%s,19912345678,li.si@mail.example.cn,,,,GT_5M,2019-07-15,B02,S02,,ORDINARY,C1,2025-01-01,DORMANT,2025-06-30"
                                        .formatted(lowerX.toLowerCase(java.util.Locale.ROOT)))),
                "a changed client");
        assertNative(
                both(
                        "customers.csv",
                        "customer_id,name,open_date,branch_id,investor_type,status\n"
                                + "C003,王五,2020-01-02,B02,PROFESSIONAL,ACTIVE\n"),
                "optional columns absent");
        assertNative(both("customers.csv", SampleBrokerage.customersWithIdExpiry()), "id_expires_on given");
        assertNative(
                both(
                        "customers.csv",
                        "id_expires_on,customer_id,name,open_date,branch_id,investor_type,status\n"
                                + "2020-01-02,C003,王五,2020-01-02,B02,PROFESSIONAL,ACTIVE\n"
                                + ",C002,李四,2019-07-15,B02,ORDINARY,ACTIVE\n"
                                + "9999-12-31,C001,张三,2018-03-01,B01,ORDINARY,ACTIVE\n"),
                "id_expires_on first, on the opening day, empty and far away");
        String staff = Files.readString(clean.resolve("staff.csv"));
        assertNative(both("staff.csv", staff + "S04,离职,BROKER,B01,2016-01-01,2016-01-01\n"), "left the day hired");
    }

    @Test
    void aFaultyIdExpiryAloneIsDeclinedAndRejectedWithItsReason() throws Exception {
        String customers = SampleBrokerage.customersWithIdExpiry();
        String good = "C004,赵六,M,1985-04-01,,,,,,,,2020-01-02,B01,,,ORDINARY,,,ACTIVE,,";
        for (String[] fault : List.of(
                new String[] {"2031-02-30", "id_expires_on"},
                new String[] {"2031/01/01", "id_expires_on"},
                new String[] {"LONG_TERM", "id_expires_on"},
                new String[] {"长期", "id_expires_on"},
                new String[] {"20310101", "id_expires_on"},
                new String[] {"2020-01-01", "before open_date"})) {
            FileImportReport report = both("customers.csv", customers + good + fault[0] + "\n");
            assertDeclined(report, "id_expires_on " + fault[0]);
            assertThat(report.rejected()).as(fault[0]).isEqualTo(1);
            String rejects = Files.readString(
                    RejectsFile.pathFor(temp.resolve("case-" + cases + "-java").resolve("customers.csv")));
            assertThat(rejects).as(fault[0]).contains(fault[1]);
        }
    }

    @Test
    void textTheJavaReaderAcceptsButSpellsDifferentlyEndsTheSame() throws Exception {
        String trades = Files.readString(clean.resolve("trades.csv"));
        for (String variant : List.of(
                trades.replace("T1,", " T1 ,"),
                trades.replace(",10.00,1000.00,", ",+10.00,1000.000,"),
                trades.replace(",10.00,1000.00,", ",10.,.5e1,"),
                trades.replace("T2,", "T2,").replace("\n", "\r"),
                trades + "T1,C001,2025-01-02,10:00:00,SH,600000,B,100,10.00,1000.00,5.00,0.00,0.01,APP\n")) {
            both("trades.csv", variant);
        }
        String contacts = Files.readString(clean.resolve("contacts.csv"));
        both("contacts.csv", contacts.replace("2025-01-03T10:15:00+08:00", "2025-01-03T10:15:00.5+08:00"));
        both("contacts.csv", contacts.replace("2025-01-03T10:15:00+08:00", "1988-07-01 10:15:00"));
        both("contacts.csv", contacts.replace("2025-01-03T10:15:00+08:00", "2025-01-03T10:15:00Z"));
    }

    private static void assertDeclined(FileImportReport report, String what) {
        assertThat(report.route()).as(what).isEqualTo(FileImportReport.Route.JAVA);
        assertThat(report.nativeDeclined()).as(what).isNotBlank();
    }

    private static void assertNative(FileImportReport report, String what) {
        assertThat(report.route())
                .as(what + " (declined: " + report.nativeDeclined() + ")")
                .isEqualTo(FileImportReport.Route.NATIVE);
    }

    private static String[] row(String file, String record) {
        return new String[] {file, record};
    }

    private static String firstLine(String file) throws Exception {
        return Files.readAllLines(clean.resolve(file)).get(0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static FileImportReport both(String fileName, String text) throws Exception {
        return both(fileName, bytes(text));
    }

    /**
     * Imports the content as the named file into both stores and checks that they agree: counts, warnings,
     * rejects file and every row of the table. Returns the report of the store that offers DuckDB's reader.
     */
    static FileImportReport both(String fileName, byte[] content) throws Exception {
        int n = ++cases;
        Path viaNative = temp.resolve("case-" + n + "-native").resolve(fileName);
        Path viaJava = temp.resolve("case-" + n + "-java").resolve(fileName);
        for (Path file : List.of(viaNative, viaJava)) {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }
        FileImportReport a = nativeImporter.importFile(viaNative, StandardCharsets.UTF_8, ImportListener.NONE);
        FileImportReport b = javaImporter.importFile(viaJava, StandardCharsets.UTF_8, ImportListener.NONE);
        String what = "case " + n + " " + fileName + " (DuckDB's reader declined: " + a.nativeDeclined() + ")";
        assertThat(b.route()).isEqualTo(FileImportReport.Route.JAVA);
        assertThat(List.of(a.rowsRead(), a.inserted(), a.replaced(), a.unchanged(), a.rejected()))
                .as(what)
                .isEqualTo(List.of(b.rowsRead(), b.inserted(), b.replaced(), b.unchanged(), b.rejected()));
        assertThat(a.warnings()).as(what).isEqualTo(b.warnings());
        Path rejectsA = RejectsFile.pathFor(viaNative);
        Path rejectsB = RejectsFile.pathFor(viaJava);
        assertThat(Files.exists(rejectsA)).as(what).isEqualTo(Files.exists(rejectsB));
        if (Files.exists(rejectsA)) {
            assertThat(Files.readString(rejectsA)).as(what).isEqualTo(Files.readString(rejectsB));
        }
        String table = ImportFormat.forFile(fileName).orElseThrow().table();
        Path exportA = viaNative.resolveSibling("export.csv");
        Path exportB = viaJava.resolveSibling("export.csv");
        new TableExporter(nativeStore).export(table, exportA);
        new TableExporter(javaStore).export(table, exportB);
        assertThat(Files.readString(exportA)).as(what).isEqualTo(Files.readString(exportB));
        return a;
    }
}
