package com.brokercrm.ingest.spec;

/** A rule over several fields of one row (e.g. amount = quantity x price). */
@FunctionalInterface
public interface RowCheck {

    /** Returns the reason the row breaks the rule, or null when it holds. */
    String violation(Row row);

    /**
     * The rule as an SQL condition over the row's typed columns, for files that DuckDB reads itself: it
     * must be true or NULL for every row that {@link #violation} rejects, and may be true for more (such a
     * row sends its file down the Java path, which then names the problem or loads the row). Null when the
     * rule has no SQL form: its files are always read by the Java path.
     */
    default String suspectSql() {
        return null;
    }

    /** A rule with its SQL form (see {@link #suspectSql()}). */
    static RowCheck withSql(String suspectSql, RowCheck check) {
        return new RowCheck() {
            @Override
            public String violation(Row row) {
                return check.violation(row);
            }

            @Override
            public String suspectSql() {
                return suspectSql;
            }
        };
    }

    /** Typed access to the fields of a row that passed its column checks. */
    interface Row {
        Object get(String column);
    }
}
