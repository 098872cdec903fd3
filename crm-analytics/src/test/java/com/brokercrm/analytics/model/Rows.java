package com.brokercrm.analytics.model;

import com.brokercrm.analytics.indicator.IndicatorRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds indicator rows for model tests: columns not set are empty. */
final class Rows {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 30);

    private final String id;
    private final Map<String, Object> values = new HashMap<>();

    private Rows(String id) {
        this.id = id;
    }

    static Rows client(String id) {
        return new Rows(id);
    }

    Rows money(String column, String amount) {
        values.put(column, new BigDecimal(amount));
        return this;
    }

    Rows ratio(String column, double value) {
        values.put(column, value);
        return this;
    }

    Rows count(String column, int value) {
        values.put(column, value);
        return this;
    }

    IndicatorRow row() {
        return IndicatorRow.of(id, AS_OF, values);
    }

    static ClientFacts facts(String id, String level) {
        return new ClientFacts(id, level, "ORDINARY", "300K_1M", "ACTIVE", AS_OF.minusMonths(3));
    }
}
