package com.brokercrm.ingest.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes staging rows through DuckDB's Appender, which fills columnar chunks without SQL per row. */
final class DuckDbStagingWriter implements StagingWriter {

    private final DuckDBAppender appender;

    DuckDbStagingWriter(Connection connection, String stagingTable) throws SQLException {
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", stagingTable);
    }

    @Override
    public void write(Object[] row) throws SQLException {
        appender.beginRow();
        for (Object value : row) {
            switch (value) {
                case null -> appender.appendNull();
                case String s -> appender.append(s);
                case BigDecimal d -> appender.append(d);
                case Long l -> appender.append((long) l);
                case Integer i -> appender.append((int) i);
                case Short s -> appender.append((short) s);
                case LocalDate d -> appender.append(d);
                case LocalTime t -> appender.append(t);
                case LocalDateTime t -> appender.append(t);
                case Boolean b -> appender.append((boolean) b);
                default -> throw new IllegalArgumentException("no staging type for " + value.getClass());
            }
        }
        appender.endRow();
    }

    @Override
    public void finish() throws SQLException {
        appender.flush();
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
