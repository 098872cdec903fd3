package com.brokercrm.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps prepared statements per physical connection and hands them out again for the same SQL text.
 * DuckDB parses, binds and plans a statement on every {@code prepareStatement}, which costs as much as
 * running a small query; the web pages run the same few statements all day. A statement "closed" by
 * its user goes back to the connection's cache (parameters cleared); one that threw is really closed.
 * Closing the connection closes its cache.
 */
final class StatementCache {

    static final int PER_CONNECTION = 64;

    private StatementCache() {}

    static Connection wrap(Connection real) {
        return (Connection) Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class}, new ConnectionHandler(real));
    }

    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection real;
        private final Map<String, List<Cached>> idle = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Cached>> eldest) {
                if (size() > PER_CONNECTION) {
                    eldest.getValue().forEach(Cached::reallyClose);
                    return true;
                }
                return false;
            }
        };

        ConnectionHandler(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("prepareStatement") && args != null && args.length == 1) {
                return borrow((String) args[0]);
            }
            if (name.equals("close")) {
                idle.values().forEach(list -> list.forEach(Cached::reallyClose));
                idle.clear();
            }
            if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(real)) {
                return real;
            }
            if (name.equals("isWrapperFor") && ((Class<?>) args[0]).isInstance(real)) {
                return true;
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private synchronized PreparedStatement borrow(String sql) throws SQLException {
            List<Cached> free = idle.get(sql);
            Cached cached = free == null || free.isEmpty() ? null : free.remove(free.size() - 1);
            if (cached == null || cached.real.isClosed()) {
                cached = new Cached(sql, real.prepareStatement(sql), this);
            }
            cached.inUse = true;
            cached.failed = false;
            return cached.proxy;
        }

        synchronized void giveBack(Cached cached) {
            idle.computeIfAbsent(cached.sql, s -> new ArrayList<>()).add(cached);
        }
    }

    private static final class Cached implements InvocationHandler {
        final String sql;
        final PreparedStatement real;
        final ConnectionHandler owner;
        final PreparedStatement proxy;
        boolean inUse;
        boolean failed;

        Cached(String sql, PreparedStatement real, ConnectionHandler owner) {
            this.sql = sql;
            this.real = real;
            this.owner = owner;
            this.proxy = (PreparedStatement) Proxy.newProxyInstance(
                    StatementCache.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (inUse) {
                        inUse = false;
                        if (failed) {
                            reallyClose();
                        } else {
                            real.clearParameters();
                            owner.giveBack(this);
                        }
                    }
                    return null;
                }
                case "isClosed" -> {
                    return !inUse || real.isClosed();
                }
                default -> {
                    if (!inUse) {
                        throw new SQLException("statement is closed");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        failed = true;
                        throw e.getCause();
                    }
                }
            }
        }

        void reallyClose() {
            try {
                real.close();
            } catch (SQLException e) {
                // closing a statement of a closing connection
            }
        }
    }
}
