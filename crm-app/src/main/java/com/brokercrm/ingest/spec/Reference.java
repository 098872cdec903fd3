package com.brokercrm.ingest.spec;

import java.util.List;

/**
 * A reference from columns of an import file to the key of an already loaded table, checked in SQL
 * against the store after the file is staged. {@code label} names the referenced thing for people.
 */
public record Reference(List<String> columns, String table, List<String> tableColumns, String label) {

    public Reference {
        columns = List.copyOf(columns);
        tableColumns = List.copyOf(tableColumns);
        if (columns.size() != tableColumns.size()) {
            throw new IllegalArgumentException("column lists differ in size");
        }
    }

    public static Reference to(String column, String table, String label) {
        return new Reference(List.of(column), table, List.of(column), label);
    }

    public static Reference to(String column, String table, String tableColumn, String label) {
        return new Reference(List.of(column), table, List.of(tableColumn), label);
    }
}
