package com.brokercrm.ingest.store;

import java.sql.SQLException;

/** Bulk path into an engine's staging table: rows in spec column order, then the line number. */
public interface StagingWriter extends AutoCloseable {

    void write(Object[] row) throws SQLException;

    /** Makes every written row visible in the staging table. */
    void finish() throws SQLException;

    @Override
    void close() throws SQLException;
}
