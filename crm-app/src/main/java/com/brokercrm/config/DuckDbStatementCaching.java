package com.brokercrm.config;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives the pool of an embedded DuckDB store connections that keep their prepared statements (see
 * {@link StatementCache}); PostgreSQL caches server-side prepared statements itself and is left alone.
 * Switch off with {@code brokercrm.duckdb.statement-cache=false}.
 */
final class DuckDbStatementCaching implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:duckdb:")
                && hikari.getDataSource() == null) {
            String url = hikari.getJdbcUrl();
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            hikari.setDataSource(new CachingDriverDataSource(url, properties));
        }
        return bean;
    }

    private record CachingDriverDataSource(String url, Properties properties) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return StatementCache.wrap(DriverManager.getConnection(url, properties));
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
