package com.brokercrm.ingest.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.ColumnType;
import com.brokercrm.ingest.spec.InvalidValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical forms against the Java validator and DuckDB's typed reader, on many spellings per type
 * (hand-picked edge cases and random ones): every spelling a form accepts must be accepted by the Java
 * validator, and DuckDB must read it as the same value.
 */
class FieldFormTest {

    @TempDir
    Path temp;

    private final Random random = new Random(20251128);

    @Test
    void everySpellingAFormAcceptsMeansTheSameValueToJavaAndDuckDb() throws Exception {
        check(Column.required("text", ColumnType.text(5)), texts());
        check(Column.optional("code", new ColumnType.Code(4)), texts());
        check(
                Column.required("side", ColumnType.oneOf("B", "S", "COUNTER")),
                List.of("B", "S", "b", "COUNTER", "BS", ""));
        check(Column.required("date", new ColumnType.Date()), dates());
        check(Column.required("time", new ColumnType.Time()), times());
        check(Column.required("at", new ColumnType.Instant()), instants());
        check(Column.required("money", ColumnType.money()), numbers());
        check(Column.required("fee", ColumnType.moneyAtLeastZero()), numbers());
        check(Column.required("amount", ColumnType.moneyAboveZero()), numbers());
        check(Column.required("price", ColumnType.priceAboveZero()), numbers());
        check(Column.required("quantity", new ColumnType.Whole(1, Long.MAX_VALUE, "BIGINT")), numbers());
        check(Column.optional("seconds", new ColumnType.Whole(0, Integer.MAX_VALUE, "INTEGER")), numbers());
        check(Column.optional("score", new ColumnType.Whole(1, 5, "SMALLINT")), numbers());
        check(
                Column.required("flag", new ColumnType.Flag()),
                List.of("true", "false", "TRUE", "False", "tRuE", "t", "1", "yes", "truee", " true"));
    }

    private void check(Column column, List<String> spellings) throws Exception {
        FieldForm form = FieldForm.of(column);
        List<String> accepted = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        for (String spelling : new LinkedHashSet<>(spellings)) {
            byte[] bytes = spelling.getBytes(StandardCharsets.UTF_8);
            if (form.problem(bytes, 0, bytes.length, 0) != null || spelling.isEmpty()) {
                continue;
            }
            try {
                expected.add(column.type().parse(spelling.trim()));
            } catch (InvalidValue e) {
                fail(column.name() + ": the form accepts '" + spelling + "' but Java rejects it: " + e.getMessage());
            }
            accepted.add(spelling);
        }
        assertThat(accepted).as(column.name() + " accepts some spellings").isNotEmpty();
        Path csv = temp.resolve(column.name() + ".csv");
        Files.writeString(csv, "v\n" + String.join("\n", accepted) + "\n", StandardCharsets.UTF_8);
        String value = column.type() instanceof ColumnType.Instant ? NativeCsvLoad.instantToUtc("v") : "v";
        String sql = "SELECT " + value + " FROM read_csv('" + csv + "', header = true, auto_detect = false,"
                + " delim = ',', quote = '\"', escape = '\"', new_line = '\\n', columns = {'v': '"
                + NativeCsvLoad.readType(column.type()) + "'})";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            for (int i = 0; i < accepted.size(); i++) {
                assertThat(rs.next()).isTrue();
                Object duck = read(rs, column.type());
                Object java = expected.get(i);
                String what = column.name() + " '" + accepted.get(i) + "'";
                if (java instanceof BigDecimal d) {
                    assertThat((BigDecimal) duck).as(what).isEqualByComparingTo(d);
                    assertThat(((BigDecimal) duck).scale()).as(what).isEqualTo(d.scale());
                } else {
                    assertThat(duck).as(what).isEqualTo(java);
                }
            }
            assertThat(rs.next()).isFalse();
        }
    }

    private static Object read(ResultSet rs, ColumnType type) throws Exception {
        return switch (type) {
            case ColumnType.Date d -> rs.getObject(1, LocalDate.class);
            case ColumnType.Time t -> rs.getObject(1, LocalTime.class);
            case ColumnType.Instant i -> rs.getObject(1, LocalDateTime.class);
            case ColumnType.Decimal d -> rs.getBigDecimal(1);
            case ColumnType.Whole w ->
                switch (w.sqlType()) {
                    case "SMALLINT" -> rs.getShort(1);
                    case "INTEGER" -> rs.getInt(1);
                    default -> rs.getLong(1);
                };
            case ColumnType.Flag f -> rs.getBoolean(1);
            default -> rs.getString(1);
        };
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>(
                List.of("a", "abcde", "abcdef", "中文字", "五个中文字", "六个中文字符", "📈📈", "📈📈📈", "a b", " a", "a "));
        texts.addAll(randoms("ab 中📈\t.-", 7, 300));
        return texts;
    }

    private List<String> dates() {
        List<String> dates = new ArrayList<>(List.of(
                "2025-01-02",
                "2024-02-29",
                "2025-02-29",
                "1900-02-29",
                "2000-02-29",
                "0001-01-01",
                "0000-01-01",
                "9999-12-31",
                "2025-04-31",
                "2025-12-31",
                "2025-13-01",
                "2025-00-10",
                "2025-1-2",
                "2025/01/02",
                "20250102",
                "+2025-01-02",
                "2025-01-02T00:00",
                "2025-01-02 ",
                "02025-01-02"));
        for (int i = 0; i < 2000; i++) {
            dates.add(String.format("%04d-%02d-%02d", random.nextInt(2200), random.nextInt(14), random.nextInt(33)));
        }
        dates.addAll(randoms("0123456789-/ ", 10, 300));
        return dates;
    }

    private List<String> times() {
        List<String> times = new ArrayList<>(List.of(
                "00:00:00",
                "23:59:59",
                "24:00:00",
                "12:60:00",
                "12:00:60",
                "9:00:00",
                "09:00",
                "09:00:00.5",
                "09:00:00Z",
                "090000"));
        for (int i = 0; i < 1000; i++) {
            times.add(String.format("%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)));
        }
        times.addAll(randoms("0123456789: ", 8, 300));
        return times;
    }

    private List<String> instants() {
        List<String> instants = new ArrayList<>(List.of(
                "2025-01-03T10:15:00+08:00",
                "2025-01-03T10:15+08:00",
                "2025-01-03 10:15:00+08:00",
                "2025-01-03T10:15:00-05:30",
                "2025-01-03T00:15:00+18:00",
                "2025-01-03T00:15:00-18:00",
                "2025-01-03T00:15:00+18:01",
                "2025-01-03T10:15:00+8:00",
                "2025-01-03T10:15:00Z",
                "2025-01-03T10:15:00",
                "2025-01-03 10:15",
                "1991-09-01 10:15:00",
                "1992-01-01T00:00:00",
                "2025-01-03T10:15:00.5+08:00",
                "2025-02-29T10:15:00+08:00",
                "2024-02-29T23:59:59-00:00",
                "1900-01-01T00:00:00+08:00",
                "2025-01-03t10:15:00+08:00"));
        String[] offsets = {"+08:00", "-05:30", "+00:00", "-00:00", "+14:00", "-12:45", "+18:00", "-18:30", "", "Z"};
        for (int i = 0; i < 1000; i++) {
            String base = String.format(
                    "%04d-%02d-%02d%s%02d:%02d",
                    1980 + random.nextInt(60),
                    1 + random.nextInt(12),
                    1 + random.nextInt(31),
                    random.nextBoolean() ? "T" : " ",
                    random.nextInt(25),
                    random.nextInt(61));
            String seconds = random.nextBoolean() ? String.format(":%02d", random.nextInt(61)) : "";
            instants.add(base + seconds + offsets[random.nextInt(offsets.length)]);
        }
        return instants;
    }

    private List<String> numbers() {
        List<String> numbers = new ArrayList<>(List.of(
                "0",
                "-0",
                "0.00",
                "-0.00",
                "1",
                "01",
                "007.50",
                "1.",
                ".5",
                "+1",
                "1e2",
                "1_000",
                "1,000",
                "1.005",
                "1.000",
                "1.0000",
                "1.00001",
                "-1",
                "-0.01",
                "0.01",
                "0.0001",
                "9999999999999999.99",
                "10000000000000000.00",
                "99999999.9999",
                "100000000.0000",
                "2147483647",
                "2147483648",
                "32767",
                "5",
                "6",
                "999999999999999999",
                "1000000000000000000",
                "-999999999999999999",
                "NaN",
                "inf",
                " 1",
                "1 ",
                ""));
        numbers.addAll(randoms("0123456789.-+e_", 9, 3000));
        return numbers;
    }

    private List<String> randoms(String alphabet, int maxLength, int count) {
        int[] codePoints = alphabet.codePoints().toArray();
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(maxLength);
            for (int k = 0; k < length; k++) {
                s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            out.add(s.toString());
        }
        return new ArrayList<>(out);
    }
}
