package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.engine.Engine;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Runs the statements of a rolling step's SQL file ({@code sql/duckdb/rolling/<file>.sql}). */
final class RollingSql {

    private RollingSql() {}

    static void execute(Statement st, String file, Map<String, String> literals) throws SQLException {
        execute(st, file, Map.of(), literals);
    }

    /** Runs the file's statements, each {@code {v}} first replaced by the window it is run for. */
    static void execute(Statement st, String file, Map<String, String> window, Map<String, String> literals)
            throws SQLException {
        String text = SqlTemplate.load("rolling/" + file, Engine.DUCKDB);
        for (Map.Entry<String, String> e : window.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        String sql = SqlTemplate.bind(SqlTemplate.expand(text, IndicatorCatalogue.WINDOWS), literals);
        for (String statement : sql.split(";\\s*\n")) {
            if (!statement.isBlank()) {
                st.execute(statement);
            }
        }
    }
}
