package com.brokercrm.profiling;

import com.brokercrm.analytics.indicator.IndicatorReader;
import com.brokercrm.analytics.indicator.IndicatorRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The indicator tests' view of a scored date: every client's indicators by name, clients in id order. */
final class IndicatorRows {

    private IndicatorRows() {}

    static Map<String, Map<String, Object>> byClient(DataSource store, LocalDate asOf) throws SQLException {
        try (Connection c = store.getConnection()) {
            return byClient(c, asOf);
        }
    }

    static Map<String, Map<String, Object>> byClient(Connection c, LocalDate asOf) throws SQLException {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (IndicatorRow row : new IndicatorReader(c).readAll(asOf)) {
            rows.put(row.customerId(), row.asMap());
        }
        return rows;
    }
}
