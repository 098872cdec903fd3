package com.brokercrm.analytics.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The SQL engines BrokerCRM runs on. SQL is written for their common subset; dialect variants key on this. */
public enum Engine {
    DUCKDB,
    POSTGRESQL;

    /** Identifies the engine behind a live connection from its metadata. */
    public static Engine of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("duckdb")) {
            return DUCKDB;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new SQLException("Unsupported database: " + product + " (BrokerCRM runs on DuckDB or PostgreSQL)");
    }
}
