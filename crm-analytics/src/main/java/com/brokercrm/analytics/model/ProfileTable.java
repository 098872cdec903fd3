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
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long rows = 0;
        try {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM customer_profile WHERE as_of = ?")) {
                st.setDate(1, Date.valueOf(asOf));
                st.executeUpdate();
            }
            // multi-row INSERTs: DuckDB runs a batch of single-row statements one by one (about 700 rows/s)
            String row = "(" + "?, ".repeat(COLUMNS.size() - 1) + "?)";
            String insert = "INSERT INTO customer_profile (" + String.join(", ", COLUMNS) + ") VALUES ";
            int at = 0;
            PreparedStatement full = null;
            try {
                while (at < profiles.size()) {
                    int n = Math.min(ROWS_PER_INSERT, profiles.size() - at);
                    PreparedStatement st;
                    if (n == ROWS_PER_INSERT) {
                        if (full == null) {
                            full = connection.prepareStatement(
                                    insert + String.join(", ", java.util.Collections.nCopies(n, row)));
                        }
                        st = full;
                    } else {
                        st = connection.prepareStatement(
                                insert + String.join(", ", java.util.Collections.nCopies(n, row)));
                    }
                    int index = 1;
                    for (int k = at; k < at + n; k++) {
                        Profile p = profiles.get(k);
                        if (!p.asOf().equals(asOf)) {
                            throw new IllegalArgumentException(
                                    "profile of " + p.customerId() + " is as of " + p.asOf());
                        }
                        index = bind(st, index, p);
                    }
                    rows += st.executeUpdate();
                    if (st != full) {
                        st.close();
                    }
                    at += n;
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
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

    /** Binds one profile's columns from parameter {@code i} on; returns the next parameter index. */
    private static int bind(PreparedStatement st, int from, Profile p) throws SQLException {
        ValueResult v = p.value();
        RiskResult r = p.risk();
        int i = from;
        st.setString(i++, p.customerId());
        st.setDate(i++, Date.valueOf(p.asOf()));
        st.setLong(i++, p.runId());
        st.setBigDecimal(i++, v.netCommission());
        st.setBigDecimal(i++, v.marginInterest());
        st.setBigDecimal(i++, v.cashSpread());
        st.setBigDecimal(i++, v.productFees());
        st.setBigDecimal(i++, v.contribution());
        st.setBigDecimal(i++, v.costToServe());
        st.setBigDecimal(i++, v.clientValue());
        st.setDouble(i++, p.valuePercentile());
        st.setString(i++, p.tier().name());
        st.setBigDecimal(i++, v.potentialValue());
        st.setDouble(i++, r.score());
        st.setString(i++, r.riskClass().name());
        st.setString(i++, r.impliedLevel());
        st.setString(i++, r.questionnaireLevel());
        st.setBoolean(i++, r.levelReview());
        st.setString(i++, Profile.tagList(p.habits()));
        st.setString(i++, Profile.tagList(p.needs()));
        st.setString(i++, ProfileJson.drivers(p));
        return i;
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
