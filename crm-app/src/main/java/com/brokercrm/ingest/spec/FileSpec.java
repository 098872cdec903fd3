package com.brokercrm.ingest.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one file of the import contract holds and where it goes. */
public record FileSpec(
        String fileName,
        String table,
        List<Column> columns,
        List<String> key,
        List<Reference> references,
        List<RowCheck> checks) {

    public FileSpec {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        references = List.copyOf(references);
        checks = List.copyOf(checks);
        for (String k : key) {
            if (columns.stream().noneMatch(c -> c.name().equals(k))) {
                throw new IllegalArgumentException(fileName + ": key column " + k + " is not a column");
            }
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Position of each column in a row of this spec. */
    public Map<String, Integer> columnIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        return index;
    }

    public List<String> nonKeyColumns() {
        return columnNames().stream().filter(c -> !key.contains(c)).toList();
    }
}
