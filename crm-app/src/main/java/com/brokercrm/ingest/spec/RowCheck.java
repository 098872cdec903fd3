package com.brokercrm.ingest.spec;

/** A rule over several fields of one row (e.g. amount = quantity x price). */
@FunctionalInterface
public interface RowCheck {

    /** Returns the reason the row breaks the rule, or null when it holds. */
    String violation(Row row);

    /** Typed access to the fields of a row that passed its column checks. */
    interface Row {
        Object get(String column);
    }
}
