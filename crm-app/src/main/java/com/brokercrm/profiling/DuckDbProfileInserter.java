package com.brokercrm.profiling;

import com.brokercrm.analytics.engine.Engine;
import com.brokercrm.analytics.model.ProfileTable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Profile rows into DuckDB through the Appender into a temporary table, then one INSERT ... SELECT inside
 * the caller's transaction: about 100 times faster than parameterised INSERTs on DuckDB, which bind
 * parameters one by one.
 *
 * <p>The Appender cannot write to {@code customer_profile} itself, though it would append inside the open
 * transaction: with DuckDB JDBC 2.0.0.1, appending more than about 2,500 rows to a table with a CHECK that
 * compares a VARCHAR column (such as {@code tier IN (...)}) fails that CHECK for valid values. The
 * temporary table has no CHECK, and the INSERT ... SELECT checks every row.
 */
final class DuckDbProfileInserter {

    private DuckDbProfileInserter() {}

    /** The fastest inserter for the engine behind the connection. */
    static ProfileTable.Inserter forEngineOf(Connection connection) throws SQLException {
        return Engine.of(connection) == Engine.DUCKDB ? DuckDbProfileInserter::insert : ProfileTable.INSERT_STATEMENTS;
    }

    static long insert(Connection connection, List<Object[]> rows) throws SQLException {
        String columns = String.join(", ", ProfileTable.COLUMNS);
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS profile_new");
            st.execute(
                    "CREATE TEMPORARY TABLE profile_new AS SELECT " + columns + " FROM customer_profile WHERE 1 = 0");
            try (DuckDBAppender appender =
                    connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "profile_new")) {
                for (Object[] row : rows) {
                    appender.beginRow();
                    for (Object value : row) {
                        switch (value) {
                            case null -> appender.appendNull();
                            case String s -> appender.append(s);
                            case BigDecimal d -> appender.append(d);
                            case Double d -> appender.append((double) d);
                            case Long l -> appender.append((long) l);
                            case Boolean b -> appender.append((boolean) b);
                            case LocalDate d -> appender.append(d);
                            default -> throw new IllegalArgumentException("cannot append " + value.getClass());
                        }
                    }
                    appender.endRow();
                }
                appender.flush();
            }
            long inserted = st.executeUpdate(
                    "INSERT INTO customer_profile (" + columns + ") SELECT " + columns + " FROM profile_new");
            st.execute("DROP TABLE profile_new");
            return inserted;
        }
    }
}
