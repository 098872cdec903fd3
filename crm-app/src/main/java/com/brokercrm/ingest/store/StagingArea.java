package com.brokercrm.ingest.store;

import com.brokercrm.analytics.engine.Engine;
import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.ColumnType;
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

    /** From this many rows on, a merge into PostgreSQL is a bulk load (see {@link PostgresBulkLoad}). */
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
                .map(c -> c.name() + " " + c.type().sqlType() + collation(c))
                .collect(Collectors.joining(", "));
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + staging);
            st.execute("CREATE TEMPORARY TABLE " + staging + " (" + columns + ", line_no BIGINT NOT NULL)");
        }
    }

    /** Name of the temporary table. */
    public String table() {
        return staging;
    }

    /** Codes compare byte by byte; PostgreSQL needs that said (its tables declare it too, see V2). */
    private String collation(Column column) {
        return engine == Engine.POSTGRESQL && column.type() instanceof ColumnType.Code ? " COLLATE \"C\"" : "";
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
            int before = rejections.size();
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
            if (rejections.size() > before) {
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate("DELETE FROM " + staging + " WHERE " + dangling);
                }
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

    /**
     * The first bulk load of a PostgreSQL table, when the file holds no bad reference or duplicate key,
     * needs no separate checks: the table's own primary key and foreign keys, re-created after the
     * insert, check the same things in one set-based pass each. Returns the counts, or empty when the
     * shortcut does not apply or a key was violated; then the transaction is as it was before the call
     * and the checked path ({@link #rejectUnknownReferences()}, {@link #rejectDuplicateKeys()},
     * {@link #mergeIntoTable()}) names the offending lines.
     */
    public java.util.Optional<MergeCounts> loadTrustingTableKeys() throws SQLException {
        if (engine != Engine.POSTGRESQL) {
            return java.util.Optional.empty();
        }
        long staged = count("SELECT COUNT(*) FROM " + staging);
        boolean tableEmpty = count("SELECT COUNT(*) FROM (SELECT 1 FROM " + spec.table() + " LIMIT 1) t") == 0;
        if (staged < BULK_ROWS || !tableEmpty) {
            return java.util.Optional.empty();
        }
        var savepoint = connection.setSavepoint();
        try {
            List<PostgresBulkLoad.Suspended> suspended = PostgresBulkLoad.suspend(connection, spec.table(), true);
            boolean primaryKeySuspended =
                    suspended.stream().anyMatch(x -> x.restore().contains("PRIMARY KEY"));
            if (!primaryKeySuspended) {
                connection.rollback(savepoint);
                return java.util.Optional.empty();
            }
            String columns = String.join(", ", spec.columnNames());
            try (Statement st = connection.createStatement()) {
                st.executeUpdate(
                        "INSERT INTO " + spec.table() + " (" + columns + ") SELECT " + columns + " FROM " + staging);
            }
            PostgresBulkLoad.restore(connection, suspended);
            connection.releaseSavepoint(savepoint);
            return java.util.Optional.of(new MergeCounts(staged, 0, 0));
        } catch (SQLException violated) {
            connection.rollback(savepoint);
            return java.util.Optional.empty();
        }
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
        if (replaced > 0 && engine == Engine.DUCKDB) {
            // DuckDB's big fact tables have no primary key (db/migration/duckdb/V5): changed rows are deleted
            // and inserted again; the staged keys are unique and the unchanged ones left the staging table
            String sameKey = spec.key().stream()
                    .map(k -> table + "." + k + " = " + staging + "." + k)
                    .collect(Collectors.joining(" AND "));
            try (Statement st = connection.createStatement()) {
                st.executeUpdate(
                        "DELETE FROM " + table + " WHERE EXISTS (SELECT 1 FROM " + staging + " WHERE " + sameKey + ")");
            }
        } else if (replaced > 0) {
            insert += " ON CONFLICT (" + String.join(", ", spec.key()) + ") DO UPDATE SET "
                    + spec.nonKeyColumns().stream()
                            .map(c -> c + " = EXCLUDED." + c)
                            .collect(Collectors.joining(", "));
        }
        boolean bulk = engine == Engine.POSTGRESQL && staged - unchanged >= BULK_ROWS;
        List<PostgresBulkLoad.Suspended> suspended =
                bulk ? PostgresBulkLoad.suspend(connection, table, replaced == 0) : List.of();
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(insert);
        }
        PostgresBulkLoad.restore(connection, suspended);
        return new MergeCounts(staged - unchanged - replaced, replaced, unchanged);
    }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + staging);
        }
    }
}
