package com.brokercrm.config;

import com.brokercrm.analytics.engine.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Where the schema migrations of each engine live: the portable ones, then the engine's own. */
public final class Migrations {

    private Migrations() {}

    public static String[] locations(Engine engine) {
        return switch (engine) {
            case DUCKDB -> new String[] {"classpath:db/migration/common", "classpath:db/migration/duckdb"};
            case POSTGRESQL -> new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"};
        };
    }

    /** Points a Flyway configuration at the migrations of the engine behind its data source. */
    public static FluentConfiguration forEngineOf(FluentConfiguration configuration) {
        return configuration.locations(locations(engineOf(configuration.getDataSource())));
    }

    /** Migrates a data source outside Spring (benchmarks, tests). */
    public static void migrate(DataSource dataSource) {
        forEngineOf(Flyway.configure().dataSource(dataSource)).load().migrate();
    }

    static Engine engineOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Engine.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
