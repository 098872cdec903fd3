package com.brokercrm.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A migrated, empty store for tests: a DuckDB file in a temporary folder, or a fresh schema in the test
 * PostgreSQL server (BROKERCRM_TEST_PG_URL, default jdbc:postgresql://127.0.0.1:5432/brokercrm_test,
 * user and password brokercrm; scripts/start-postgres.sh starts one).
 */
public final class TestStore {

    public static final String PG_URL = env("BROKERCRM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/brokercrm_test");
    public static final String PG_USER = env("BROKERCRM_TEST_PG_USER", "brokercrm");
    public static final String PG_PASSWORD = env("BROKERCRM_TEST_PG_PASSWORD", "brokercrm");

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private TestStore() {}

    /**
     * A new folder for a test's data under the module's {@code target/test-data}, so a test run leaves
     * nothing in the system's temporary folder and {@code mvnw clean} removes it all. (A Spring test's
     * store stays open until the JVM ends, so the test cannot delete its folder itself.)
     */
    public static Path newFolder(String prefix) {
        try {
            Path base = Path.of("target", "test-data").toAbsolutePath();
            java.nio.file.Files.createDirectories(base);
            return java.nio.file.Files.createTempDirectory(base, prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static HikariDataSource duckDb(Path folder) {
        return duckDbFile(folder.resolve("test.duckdb"));
    }

    /** The store of an application data folder: {@code brokercrm.duckdb} inside it. */
    public static HikariDataSource duckDbOfDataDir(Path dataDir) {
        return duckDbFile(dataDir.resolve("brokercrm.duckdb"));
    }

    public static HikariDataSource duckDbFile(Path file) {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:duckdb:" + file.toAbsolutePath());
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(2);
        return migrated(new HikariDataSource(config));
    }

    /** A fresh schema of its own in the test PostgreSQL database, so test classes never see each other's rows. */
    public static HikariDataSource postgres(String purpose) {
        String schema = ("t_" + purpose + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The PostgreSQL test server is not reachable at " + PG_URL
                            + " (start it with scripts/start-postgres.sh): " + e.getMessage(),
                    e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(PG_USER);
        config.setPassword(PG_PASSWORD);
        config.setMaximumPoolSize(2);
        return migrated(new HikariDataSource(config));
    }

    private static HikariDataSource migrated(HikariDataSource dataSource) {
        com.brokercrm.config.Migrations.migrate(dataSource);
        return dataSource;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
