package com.brokercrm.ingest.store;

import com.brokercrm.analytics.engine.Engine;
import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.Reference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A temporary table holding one file's validated rows inside the import transaction; set-based checks
 * (references, duplicate keys) and the merge into the real table run here as SQL, on either engine.
 */
public final class StagingArea implements AutoCloseable {

    /** From this many rows on, a merge is a bulk load (see {@link #suspendForeignKeys()}). */
    static final long BULK_ROWS = 50_000;

    private final Connection connection;
    private final Engine engine;
    private final FileSpec spec;
    private final String staging;

    public StagingArea(Connection connection, FileSpec spec) throws SQLException {
        this.connection = connection;
        this.engine = Engine.of(connection);
        this.spec = spec;
        this.staging = "stg_" + spec.table();
        String columns = spec.columns().stream()
                .map(c -> c.name() + " " + c.type().sqlType())
                .collect(Collectors.joining(", "));
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + staging);
            st.execute("CREATE TEMPORARY TABLE " + staging + " (" + columns + ", line_no BIGINT NOT NULL)");
        }
    }

    public StagingWriter writer() throws SQLException {
        return switch (engine) {
            case DUCKDB -> new DuckDbStagingWriter(connection, staging);
            case POSTGRESQL -> new PostgresStagingWriter(connection, staging, spec.columnNames());
        };
    }

    /** Removes staged rows whose references point nowhere and says which lines they were. */
    public List<StagedRejection> rejectUnknownReferences() throws SQLException {
        if (engine == Engine.POSTGRESQL) {
            try (Statement st = connection.createStatement()) {
                st.execute("ANALYZE " + staging);
            }
        }
        List<StagedRejection> rejections = new ArrayList<>();
        for (Reference ref : spec.references()) {
            String dangling = danglingPredicate(ref);
            String select =
                    "SELECT line_no, " + String.join(", ", ref.columns()) + " FROM " + staging + " WHERE " + dangling;
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery(select)) {
                while (rs.next()) {
                    List<String> shown = new ArrayList<>();
                    for (int i = 0; i < ref.columns().size(); i++) {
                        shown.add(ref.columns().get(i) + " '" + rs.getString(i + 2) + "'");
                    }
                    rejections.add(new StagedRejection(
                            rs.getLong(1),
                            String.join(" ", shown) + " refers to no known " + ref.label()
                                    + " (not in the store and not loaded before this file)"));
                }
            }
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM " + staging + " WHERE " + dangling);
            }
        }
        return rejections;
    }

    private String danglingPredicate(Reference ref) {
        List<String> conditions = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < ref.columns().size(); i++) {
            conditions.add(staging + "." + ref.columns().get(i) + " IS NOT NULL");
            matches.add("p." + ref.tableColumns().get(i) + " = " + staging + "."
                    + ref.columns().get(i));
        }
        return String.join(" AND ", conditions) + " AND NOT EXISTS (SELECT 1 FROM " + ref.table() + " p WHERE "
                + String.join(" AND ", matches) + ")";
    }

    /** Keeps the first row of each key within the file and removes the later ones. */
    public List<StagedRejection> rejectDuplicateKeys() throws SQLException {
        String key = String.join(", ", spec.key());
        String join = spec.key().stream().map(k -> "s." + k + " = d." + k).collect(Collectors.joining(" AND "));
        String duplicates = "SELECT s.line_no, d.first_line FROM " + staging + " s JOIN (SELECT " + key
                + ", MIN(line_no) AS first_line FROM " + staging + " GROUP BY " + key
                + " HAVING COUNT(*) > 1) d ON " + join + " WHERE s.line_no > d.first_line";
        List<StagedRejection> rejections = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(duplicates)) {
            while (rs.next()) {
                rejections.add(new StagedRejection(
                        rs.getLong(1),
                        "duplicate key (" + key + ") already given on line " + rs.getLong(2)
                                + " of this file; the first occurrence is kept"));
            }
        }
        if (!rejections.isEmpty()) {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate(
                        "DELETE FROM " + staging + " WHERE line_no IN (SELECT line_no FROM (" + duplicates + ") dup)");
            }
        }
        return rejections;
    }

    /** Inserts new rows, replaces changed ones and leaves identical ones alone, counting each. */
    public MergeCounts mergeIntoTable() throws SQLException {
        String table = spec.table();
        String columns = String.join(", ", spec.columnNames());
        long staged = count("SELECT COUNT(*) FROM " + staging);
        boolean tableEmpty = count("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " LIMIT 1) t") == 0;
        long unchanged = 0;
        long replaced = 0;
        if (!tableEmpty) {
            String keyMatch = spec.key().stream()
                    .map(k -> "t." + k + " = " + staging + "." + k)
                    .collect(Collectors.joining(" AND "));
            String differs = spec.nonKeyColumns().stream()
                    .map(c -> "t." + c + " IS DISTINCT FROM " + staging + "." + c)
                    .collect(Collectors.joining(" OR "));
            try (Statement st = connection.createStatement()) {
                unchanged = st.executeUpdate("DELETE FROM " + staging + " WHERE EXISTS (SELECT 1 FROM " + table
                        + " t WHERE " + keyMatch + " AND NOT (" + differs + "))");
            }
            replaced = count("SELECT COUNT(*) FROM " + staging + " WHERE EXISTS (SELECT 1 FROM " + table + " t WHERE "
                    + keyMatch + ")");
        }
        String insert = "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staging;
        if (replaced > 0) {
            insert += " ON CONFLICT (" + String.join(", ", spec.key()) + ") DO UPDATE SET "
                    + spec.nonKeyColumns().stream()
                            .map(c -> c + " = EXCLUDED." + c)
                            .collect(Collectors.joining(", "));
        }
        List<String[]> suspended = staged - unchanged >= BULK_ROWS ? suspendForeignKeys() : List.of();
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(insert);
        }
        restoreForeignKeys(suspended);
        return new MergeCounts(staged - unchanged - replaced, replaced, unchanged);
    }

    /**
     * PostgreSQL checks a foreign key row by row through a trigger and maintains secondary indexes row by
     * row, which makes bulk inserts crawl. For a large batch the target table's foreign keys and
     * non-unique indexes are dropped and re-created inside the import transaction: re-adding a key
     * validates the whole table in one set-based pass, an index is built by one sort, and if anything
     * fails the transaction rolls back with everything in place. (The staged rows' references were
     * already checked.) DuckDB has neither to suspend.
     */
    private List<String[]> suspendForeignKeys() throws SQLException {
        if (engine != Engine.POSTGRESQL) {
            return List.of();
        }
        List<String[]> keys = new ArrayList<>();
        String sql =
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = CAST(? AS regclass)";
        try (var ps = connection.prepareStatement(sql)) {
            ps.setString(1, spec.table());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        String indexes = """
                SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = CAST(? AS regclass) AND NOT i.indisunique AND NOT i.indisprimary
                """;
        try (var ps = connection.prepareStatement(indexes)) {
            ps.setString(1, spec.table());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new String[] {rs.getString(1), rs.getString(2), "index"});
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL maintenance_work_mem = '512MB'");
            for (String[] key : keys) {
                st.execute(
                        key.length == 3
                                ? "DROP INDEX " + key[0]
                                : "ALTER TABLE " + spec.table() + " DROP CONSTRAINT " + key[0]);
            }
        }
        return keys;
    }

    private void restoreForeignKeys(List<String[]> keys) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String[] key : keys) {
                st.execute(
                        key.length == 3
                                ? key[1]
                                : "ALTER TABLE " + spec.table() + " ADD CONSTRAINT " + key[0] + " " + key[1]);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Column list of the spec, for callers building their own statements. */
    public List<String> columnNames() {
        return spec.columns().stream().map(Column::name).toList();
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + staging);
        }
    }
}
