package com.brokercrm.analytics.indicator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads {@code customer_indicator} rows for the models and the UI. */
public final class IndicatorReader {

    private final Connection connection;

    public IndicatorReader(Connection connection) {
        this.connection = connection;
    }

    /** The latest as-of date with indicators, if any. */
    public Optional<LocalDate> latestAsOf() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT MAX(as_of) FROM customer_indicator");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate);
        }
    }

    /** One client's row, if the client was scored on that date. */
    public Optional<IndicatorRow> read(LocalDate asOf, String customerId) throws SQLException {
        List<IndicatorRow> rows = new ArrayList<>();
        query(asOf, customerId, rows::add);
        return rows.stream().findFirst();
    }

    /** All rows of a date, in client order. */
    public List<IndicatorRow> readAll(LocalDate asOf) throws SQLException {
        List<IndicatorRow> rows = new ArrayList<>();
        forEach(asOf, rows::add);
        return rows;
    }

    /** Streams the rows of a date, in client order, without holding them all. */
    public void forEach(LocalDate asOf, Consumer<IndicatorRow> consumer) throws SQLException {
        query(asOf, null, consumer);
    }

    private void query(LocalDate asOf, String customerId, Consumer<IndicatorRow> consumer) throws SQLException {
        List<Indicator> indicators = IndicatorCatalogue.get().indicators();
        String sql = "SELECT customer_id, "
                + String.join(", ", IndicatorCatalogue.get().columns())
                + " FROM customer_indicator WHERE as_of = ?"
                + (customerId == null ? "" : " AND customer_id = ?")
                + " ORDER BY customer_id";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setDate(1, Date.valueOf(asOf));
            if (customerId != null) {
                st.setString(2, customerId);
            }
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Object[] values = new Object[indicators.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = read(rs, i + 2, indicators.get(i).kind());
                    }
                    consumer.accept(new IndicatorRow(rs.getString(1), asOf, values));
                }
            }
        }
    }

    private static Object read(ResultSet rs, int column, Indicator.Kind kind) throws SQLException {
        Object value = switch (kind) {
            case MONEY -> {
                BigDecimal v = rs.getBigDecimal(column);
                yield v == null ? null : v.setScale(2);
            }
            case AMOUNT, RATIO -> rs.getDouble(column);
            case COUNT -> rs.getInt(column);
            case DATE -> {
                Date d = rs.getDate(column);
                yield d == null ? null : d.toLocalDate();
            }
        };
        return rs.wasNull() ? null : value;
    }
}
