package com.brokercrm.ingest.duckdb;

import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.ColumnType;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.Reference;
import com.brokercrm.ingest.spec.RowCheck;
import com.brokercrm.ingest.store.MergeCounts;
import com.brokercrm.ingest.store.StagingArea;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fast way into DuckDB for a file that is clean: DuckDB's own {@code read_csv} reads it, typed, straight
 * into the table (into the staging table when the table already holds rows, then merged as usual), in the
 * caller's transaction. It runs only after {@link CsvPrecheck} passed every field, and it gives up — the
 * caller then rolls back and reads the file the Java way, which names each problem with its line — when
 * DuckDB reports any error, reads another number of rows than the precheck counted, or finds a row that
 * may break a rule over several fields, a reference that points nowhere or a key given twice.
 */
public final class NativeCsvLoad {

    private NativeCsvLoad() {}

    /** Hears how far the attempt is. */
    public interface Progress {
        /** Bytes of the file the precheck has passed. */
        void checked(long bytes);

        /** The precheck passed this many rows; DuckDB now reads them. */
        void loading(long rows);
    }

    /** What the native attempt came to. */
    public sealed interface Outcome {}

    /** The file is in the table (not yet committed). */
    public record Loaded(long rowsRead, MergeCounts counts) implements Outcome {}

    /** The native path gave up; nothing it wrote may be committed. */
    public record Declined(String reason) implements Outcome {}

    /**
     * Whether files of this spec may go native at all: every column type has a canonical form and every
     * rule over several fields has an SQL form.
     */
    public static boolean supports(FileSpec spec) {
        return spec.columns().stream().allMatch(c -> FieldForm.of(c) != null)
                && spec.checks().stream().allMatch(c -> c.suspectSql() != null);
    }

    /** Whether DuckDB can be told this path as it is (no quote, no glob character). */
    public static boolean readablePath(Path file) {
        String path = file.toAbsolutePath().toString();
        return path.chars().noneMatch(c -> "'*?[]{}".indexOf(c) >= 0 || c < 0x20);
    }

    /**
     * Loads the file if it is clean. {@code fieldOfColumn} gives, in spec order, the header field holding
     * each column (-1 when absent), {@code headerFields} the number of fields of the header.
     *
     * @param progress hears the bytes checked so far
     * @param phases receives the time each step took
     */
    public static Outcome load(
            Connection connection,
            FileSpec spec,
            Path file,
            int[] fieldOfColumn,
            int headerFields,
            Progress progress,
            Map<String, Duration> phases)
            throws IOException, SQLException {
        long t0 = System.nanoTime();
        FieldForm[] forms = new FieldForm[headerFields];
        for (int c = 0; c < fieldOfColumn.length; c++) {
            if (fieldOfColumn[c] >= 0) {
                forms[fieldOfColumn[c]] = FieldForm.of(spec.columns().get(c));
            }
        }
        CsvPrecheck.Outcome checked =
                new CsvPrecheck(forms, keyFields(spec, fieldOfColumn), progress::checked).scan(file);
        long t1 = System.nanoTime();
        phases.put("precheck", Duration.ofNanos(t1 - t0));
        if (checked instanceof CsvPrecheck.Declined d) {
            return new Declined("line " + d.line() + ": " + d.reason());
        }
        CsvPrecheck.Clean clean = (CsvPrecheck.Clean) checked;
        progress.loading(clean.records());
        String table = spec.table();
        boolean direct = count(connection, "SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " LIMIT 1) t") == 0;
        try (StagingArea staging = direct ? null : new StagingArea(connection, spec)) {
            String target = direct ? table : staging.table();
            String insert = "INSERT INTO " + target + " (" + String.join(", ", spec.columnNames())
                    + (direct ? "" : ", line_no") + ") SELECT " + selectList(spec, fieldOfColumn)
                    + (direct ? "" : ", 0") + " FROM " + readCsv(file, headerFields, spec, fieldOfColumn, clean.crlf());
            long loaded;
            try (Statement st = connection.createStatement()) {
                // a table has no order of its own (readers say ORDER BY); not keeping the file's saves DuckDB work
                st.execute("SET preserve_insertion_order = false");
                try {
                    loaded = st.executeLargeUpdate(insert);
                } finally {
                    st.execute("RESET preserve_insertion_order");
                }
            }
            long t2 = System.nanoTime();
            phases.put(direct ? "read_csv into table" : "read_csv into staging", Duration.ofNanos(t2 - t1));
            if (loaded != clean.records()) {
                return new Declined("DuckDB read " + loaded + " rows where the precheck counted " + clean.records());
            }
            String problem = setProblem(connection, spec, target, !clean.keysAscending(), phases);
            if (problem != null) {
                return new Declined(problem);
            }
            if (direct) {
                return new Loaded(loaded, new MergeCounts(loaded, 0, 0));
            }
            long t3 = System.nanoTime();
            MergeCounts counts = staging.mergeIntoTable();
            phases.put("merge", Duration.ofNanos(System.nanoTime() - t3));
            return new Loaded(loaded, counts);
        }
    }

    /**
     * The first set-wise problem of the loaded rows, or null: a row that may break a rule, a reference that
     * points nowhere, a key given twice (looked for only when the precheck could not rule it out).
     */
    private static String setProblem(
            Connection connection, FileSpec spec, String rows, boolean keysMayRepeat, Map<String, Duration> phases)
            throws SQLException {
        long t0 = System.nanoTime();
        List<String> suspects = spec.checks().stream()
                .map(RowCheck::suspectSql)
                .map(sql -> "(" + sql + ") IS NOT FALSE")
                .toList();
        if (!suspects.isEmpty()) {
            boolean suspect = exists(connection, "SELECT 1 FROM " + rows + " WHERE " + String.join(" OR ", suspects));
            phases.put("rules", Duration.ofNanos(System.nanoTime() - t0));
            if (suspect) {
                return "a row may break a rule over several fields";
            }
        }
        long t1 = System.nanoTime();
        for (Reference ref : spec.references()) {
            List<String> present = new ArrayList<>();
            List<String> match = new ArrayList<>();
            for (int i = 0; i < ref.columns().size(); i++) {
                present.add("r." + ref.columns().get(i) + " IS NOT NULL");
                match.add("p." + ref.tableColumns().get(i) + " = r."
                        + ref.columns().get(i));
            }
            if (exists(
                    connection,
                    "SELECT 1 FROM " + rows + " r WHERE " + String.join(" AND ", present)
                            + " AND NOT EXISTS (SELECT 1 FROM " + ref.table() + " p WHERE "
                            + String.join(" AND ", match) + ")")) {
                return String.join(", ", ref.columns()) + " refers to no known " + ref.label();
            }
        }
        long t2 = System.nanoTime();
        phases.put("references", Duration.ofNanos(t2 - t1));
        if (keysMayRepeat) {
            String key = String.join(", ", spec.key());
            boolean repeated =
                    exists(connection, "SELECT 1 FROM " + rows + " GROUP BY " + key + " HAVING COUNT(*) > 1");
            phases.put("duplicate keys", Duration.ofNanos(System.nanoTime() - t2));
            if (repeated) {
                return "a key (" + key + ") is given twice";
            }
        }
        return null;
    }

    /**
     * The header fields of the key, in key order, when every key column has exactly one spelling per value
     * (so that keys rising as spelled cannot repeat); otherwise null.
     */
    private static int[] keyFields(FileSpec spec, int[] fieldOfColumn) {
        Map<String, Integer> index = spec.columnIndex();
        int[] fields = new int[spec.key().size()];
        for (int i = 0; i < fields.length; i++) {
            int column = index.get(spec.key().get(i));
            boolean oneSpelling = switch (spec.columns().get(column).type()) {
                case ColumnType.Text t -> true;
                case ColumnType.Code c -> true;
                case ColumnType.OneOf o -> true;
                case ColumnType.Date d -> true;
                case ColumnType.Time t -> true;
                default -> false;
            };
            if (!oneSpelling || fieldOfColumn[column] < 0) {
                return null;
            }
            fields[i] = fieldOfColumn[column];
        }
        return fields;
    }

    /** Each spec column from its header field, typed; NULL for a column the file lacks. */
    private static String selectList(FileSpec spec, int[] fieldOfColumn) {
        List<String> select = new ArrayList<>();
        for (int c = 0; c < fieldOfColumn.length; c++) {
            Column column = spec.columns().get(c);
            int f = fieldOfColumn[c];
            if (f < 0) {
                select.add("CAST(NULL AS " + column.type().sqlType() + ")");
            } else if (column.type() instanceof ColumnType.Instant) {
                select.add(instantToUtc("f" + f));
            } else {
                select.add("f" + f);
            }
        }
        return String.join(", ", select);
    }

    /**
     * A canonical date-time (see FieldForm) as UTC: its local part minus its offset, or minus eight hours
     * when it has none (Beijing time, a fixed +08:00 since 1992).
     */
    static String instantToUtc(String v) {
        String withOffset = "strlen(" + v + ") IN (22, 25)";
        String local = "CAST(replace(CASE WHEN " + withOffset + " THEN left(" + v + ", strlen(" + v + ") - 6) ELSE " + v
                + " END, 'T', ' ') AS TIMESTAMP)";
        String sign = "CASE WHEN substr(" + v + ", strlen(" + v + ") - 5, 1) = '-' THEN -1 ELSE 1 END";
        String minutes = "CAST(substr(" + v + ", strlen(" + v + ") - 4, 2) AS INTEGER) * 60 + CAST(substr(" + v
                + ", strlen(" + v + ") - 1, 2) AS INTEGER)";
        return local + " - to_minutes(CASE WHEN " + withOffset + " THEN " + sign + " * (" + minutes + ") ELSE 480 END)";
    }

    private static String readCsv(Path file, int headerFields, FileSpec spec, int[] fieldOfColumn, boolean crlf) {
        String[] types = new String[headerFields];
        java.util.Arrays.fill(types, "VARCHAR");
        for (int c = 0; c < fieldOfColumn.length; c++) {
            if (fieldOfColumn[c] >= 0) {
                types[fieldOfColumn[c]] = readType(spec.columns().get(c).type());
            }
        }
        StringBuilder columns = new StringBuilder("{");
        for (int f = 0; f < headerFields; f++) {
            columns.append(f == 0 ? "" : ", ")
                    .append("'f")
                    .append(f)
                    .append("': '")
                    .append(types[f])
                    .append("'");
        }
        columns.append('}');
        return "read_csv('" + file.toAbsolutePath() + "', header = true, auto_detect = false, delim = ',',"
                + " quote = '\"', escape = '\"', new_line = '" + (crlf ? "\\r\\n" : "\\n") + "', encoding = 'utf-8',"
                + " null_padding = false, ignore_errors = false, columns = " + columns + ")";
    }

    /** The type read_csv gives a column: the table's own, but text for date-times (converted in SQL). */
    static String readType(ColumnType type) {
        return switch (type) {
            case ColumnType.Text t -> "VARCHAR";
            case ColumnType.Code c -> "VARCHAR";
            case ColumnType.OneOf o -> "VARCHAR";
            case ColumnType.Instant i -> "VARCHAR";
            default -> type.sqlType();
        };
    }

    /**
     * Whether the query returns a row. Counted in full: with a LIMIT, DuckDB plans these anti-joins and
     * scans several times slower than it counts the whole.
     */
    private static boolean exists(Connection connection, String query) throws SQLException {
        return count(connection, "SELECT COUNT(*) FROM (" + query + ") q") > 0;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
