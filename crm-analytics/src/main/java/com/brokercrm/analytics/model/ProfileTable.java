package com.brokercrm.analytics.model;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code customer_profile} table over JDBC (DuckDB and PostgreSQL): the client facts the models
 * need, and the profiles of one as-of date written in one transaction (the date's rows deleted, the new
 * ones inserted; other dates untouched), so readers see the previous profiles until the commit.
 */
public final class ProfileTable {

    /** The columns written, in table order. */
    public static final List<String> COLUMNS = List.of(
            "customer_id",
            "as_of",
            "run_id",
            "net_commission",
            "margin_interest",
            "cash_spread",
            "product_fees",
            "contribution",
            "cost_to_serve",
            "client_value",
            "value_percentile",
            "tier",
            "potential_value",
            "risk_score",
            "risk_class",
            "implied_level",
            "questionnaire_level",
            "level_review",
            "habits",
            "needs",
            "drivers");

    private static final int ROWS_PER_INSERT = 500;

    /**
     * Inserts rows (values in {@link #COLUMNS} order) into {@code customer_profile} inside the caller's
     * transaction; an engine may bring a faster one (DuckDB's Appender).
     */
    @FunctionalInterface
    public interface Inserter {
        long insert(Connection connection, List<Object[]> rows) throws SQLException;
    }

    /** Portable: multi-row INSERT statements of 500 rows. */
    public static final Inserter INSERT_STATEMENTS = ProfileTable::insertStatements;

    private final Connection connection;

    public ProfileTable(Connection connection) {
        this.connection = connection;
    }

    /** Every client's master data the models read, by client id. */
    public Map<String, ClientFacts> facts() throws SQLException {
        Map<String, ClientFacts> facts = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT customer_id, risk_level, investor_type, income_band, status,"
                        + " risk_assessed_on FROM customer")) {
            while (rs.next()) {
                Date assessed = rs.getDate(6);
                facts.put(
                        rs.getString(1),
                        new ClientFacts(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                assessed == null ? null : assessed.toLocalDate()));
            }
        }
        return facts;
    }

    /**
     * Replaces the profiles of {@code asOf} by {@code profiles} in one transaction and returns the rows
     * written. On failure nothing changes.
     */
    public long replace(LocalDate asOf, List<Profile> profiles) throws SQLException {
        return replace(asOf, profiles, INSERT_STATEMENTS);
    }

    /** As {@link #replace(LocalDate, List)}, inserting through {@code inserter}. */
    public long replace(LocalDate asOf, List<Profile> profiles, Inserter inserter) throws SQLException {
        for (Profile p : profiles) {
            if (!p.asOf().equals(asOf)) {
                throw new IllegalArgumentException("profile of " + p.customerId() + " is as of " + p.asOf());
            }
        }
        List<Object[]> values = profiles.stream().map(ProfileTable::values).toList();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long rows = 0;
        try {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM customer_profile WHERE as_of = ?")) {
                st.setDate(1, Date.valueOf(asOf));
                st.executeUpdate();
            }
            rows = inserter.insert(connection, values);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return rows;
    }

    /** A profile's column values in {@link #COLUMNS} order. */
    public static Object[] values(Profile p) {
        ValueResult v = p.value();
        RiskResult r = p.risk();
        return new Object[] {
            p.customerId(),
            p.asOf(),
            p.runId(),
            v.netCommission(),
            v.marginInterest(),
            v.cashSpread(),
            v.productFees(),
            v.contribution(),
            v.costToServe(),
            v.clientValue(),
            p.valuePercentile(),
            p.tier().name(),
            v.potentialValue(),
            r.score(),
            r.riskClass().name(),
            r.impliedLevel(),
            r.questionnaireLevel(),
            r.levelReview(),
            Profile.tagList(p.habits()),
            Profile.tagList(p.needs()),
            p.drivers()
        };
    }

    // multi-row INSERTs: a batch of single-row statements runs one by one on DuckDB (about 700 rows/s)
    private static long insertStatements(Connection connection, List<Object[]> values) throws SQLException {
        String row = "(" + "?, ".repeat(COLUMNS.size() - 1) + "?)";
        String insert = "INSERT INTO customer_profile (" + String.join(", ", COLUMNS) + ") VALUES ";
        long rows = 0;
        for (int at = 0; at < values.size(); at += ROWS_PER_INSERT) {
            int n = Math.min(ROWS_PER_INSERT, values.size() - at);
            try (PreparedStatement st =
                    connection.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(n, row)))) {
                int index = 1;
                for (int k = at; k < at + n; k++) {
                    for (Object value : values.get(k)) {
                        bind(st, index++, value);
                    }
                }
                rows += st.executeUpdate();
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement st, int index, Object value) throws SQLException {
        switch (value) {
            case null -> st.setNull(index, java.sql.Types.VARCHAR);
            case LocalDate d -> st.setDate(index, Date.valueOf(d));
            case BigDecimal d -> st.setBigDecimal(index, d);
            case Double d -> st.setDouble(index, d);
            case Long l -> st.setLong(index, l);
            case Boolean b -> st.setBoolean(index, b);
            default -> st.setString(index, value.toString());
        }
    }

    /** The latest as-of date with profiles, if any. */
    public Optional<LocalDate> latestAsOf() throws SQLException {
        return date("SELECT MAX(as_of) FROM customer_profile", null);
    }

    /** The latest as-of date with profiles before {@code asOf}, if any. */
    public Optional<LocalDate> previousAsOf(LocalDate asOf) throws SQLException {
        return date("SELECT MAX(as_of) FROM customer_profile WHERE as_of < ?", asOf);
    }

    /** Each client's tier on a date. */
    public Map<String, String> tiers(LocalDate asOf) throws SQLException {
        Map<String, String> tiers = new HashMap<>();
        try (PreparedStatement st =
                connection.prepareStatement("SELECT customer_id, tier FROM customer_profile WHERE as_of = ?")) {
            st.setDate(1, Date.valueOf(asOf));
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tiers.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return tiers;
    }

    /**
     * The stored rows of a date in client order, each as column name to value (BigDecimal, Double,
     * String, Boolean, Long, LocalDate), for exports and tests.
     */
    public List<Map<String, Object>> rows(LocalDate asOf) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                + " FROM customer_profile WHERE as_of = ? ORDER BY customer_id")) {
            st.setDate(1, Date.valueOf(asOf));
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String name = COLUMNS.get(c - 1);
                        Object value = switch (name) {
                            case "as_of" -> rs.getDate(c).toLocalDate();
                            case "run_id" -> rs.getLong(c);
                            case "value_percentile", "risk_score" -> rs.getDouble(c);
                            case "level_review" -> rs.getBoolean(c);
                            case "net_commission",
                                    "margin_interest",
                                    "cash_spread",
                                    "product_fees",
                                    "contribution",
                                    "cost_to_serve",
                                    "client_value",
                                    "potential_value" -> {
                                BigDecimal d = rs.getBigDecimal(c);
                                yield d == null ? null : d.setScale(2);
                            }
                            default -> rs.getString(c);
                        };
                        row.put(name, rs.wasNull() ? null : value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private Optional<LocalDate> date(String sql, LocalDate parameter) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (parameter != null) {
                st.setDate(1, Date.valueOf(parameter));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Date d = rs.getDate(1);
                return Optional.ofNullable(d).map(Date::toLocalDate);
            }
        }
    }
}
