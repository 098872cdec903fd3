package com.brokercrm.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL checks each foreign key row by row through a trigger and maintains each index row by row,
 * which makes a bulk insert crawl. For a large batch the target table's foreign keys and non-unique
 * indexes (and, for a pure insert into a table nothing refers to, its primary key) are dropped and
 * re-created inside the import transaction: re-adding a key validates the whole table in one set-based
 * pass, an index is built by one sort, and if anything fails the transaction rolls back with everything
 * in place. The staged rows' references and keys were already checked.
 */
final class PostgresBulkLoad {

    private static final String FOREIGN_KEYS = """
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype = 'f' AND conrelid = CAST(? AS regclass)
            """;
    private static final String PRIMARY_KEY_UNREFERENCED = """
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint p
            WHERE contype = 'p' AND conrelid = CAST(? AS regclass)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = p.conrelid)
            """;
    private static final String SECONDARY_INDEXES = """
            SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = CAST(? AS regclass) AND NOT i.indisunique AND NOT i.indisprimary
            """;

    /** What was dropped, with the statement that brings it back. */
    record Suspended(String drop, String restore) {}

    private PostgresBulkLoad() {}

    static List<Suspended> suspend(Connection connection, String table, boolean primaryKeyToo) throws SQLException {
        List<Suspended> suspended = new ArrayList<>();
        for (String[] fk : query(connection, FOREIGN_KEYS, table)) {
            suspended.add(constraint(table, fk));
        }
        if (primaryKeyToo) {
            for (String[] pk : query(connection, PRIMARY_KEY_UNREFERENCED, table)) {
                suspended.add(constraint(table, pk));
            }
        }
        for (String[] index : query(connection, SECONDARY_INDEXES, table)) {
            suspended.add(new Suspended("DROP INDEX " + index[0], index[1]));
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL maintenance_work_mem = '512MB'");
            for (Suspended s : suspended) {
                st.execute(s.drop());
            }
        }
        return suspended;
    }

    static void restore(Connection connection, List<Suspended> suspended) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (int i = suspended.size() - 1; i >= 0; i--) {
                st.execute(suspended.get(i).restore());
            }
        }
    }

    private static Suspended constraint(String table, String[] nameAndDefinition) {
        return new Suspended(
                "ALTER TABLE " + table + " DROP CONSTRAINT " + nameAndDefinition[0],
                "ALTER TABLE " + table + " ADD CONSTRAINT " + nameAndDefinition[0] + " " + nameAndDefinition[1]);
    }

    private static List<String[]> query(Connection connection, String sql, String table) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return rows;
    }
}
