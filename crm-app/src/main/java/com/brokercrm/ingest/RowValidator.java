package com.brokercrm.ingest;

import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.InvalidValue;
import com.brokercrm.ingest.spec.RowCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a file's header to the columns of its spec and turns each record into typed values, or into
 * the reasons it must be rejected (every broken field is named, not only the first).
 */
final class RowValidator {

    private final FileSpec spec;
    private final int[] fieldOfColumn;
    private final Map<String, Integer> columnIndex;
    private final String encodingHint;
    private final List<String> warnings = new ArrayList<>();
    private final int headerFields;

    private RowValidator(FileSpec spec, int[] fieldOfColumn, int headerFields, String encodingHint) {
        this.spec = spec;
        this.fieldOfColumn = fieldOfColumn;
        this.headerFields = headerFields;
        this.columnIndex = spec.columnIndex();
        this.encodingHint = encodingHint;
    }

    /** Binds the header; a missing required column makes the whole file unreadable. */
    static RowValidator forHeader(FileSpec spec, String[] header, String charsetName) throws FileUnreadable {
        int[] fieldOfColumn = new int[spec.columns().size()];
        java.util.Arrays.fill(fieldOfColumn, -1);
        List<String> unknown = new ArrayList<>();
        for (int f = 0; f < header.length; f++) {
            String name = header[f].trim().toLowerCase(Locale.ROOT);
            Integer column = spec.columnIndex().get(name);
            if (column == null) {
                unknown.add(header[f]);
            } else if (fieldOfColumn[column] >= 0) {
                throw new FileUnreadable("column '" + name + "' appears twice in the header");
            } else {
                fieldOfColumn[column] = f;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < fieldOfColumn.length; c++) {
            if (fieldOfColumn[c] < 0 && !spec.columns().get(c).nullable()) {
                missing.add(spec.columns().get(c).name());
            }
        }
        if (!missing.isEmpty()) {
            throw new FileUnreadable("the header lacks required column(s) " + String.join(", ", missing) + " (found: "
                    + String.join(", ", header) + ")");
        }
        String hint = charsetName.equalsIgnoreCase("UTF-8")
                ? "holds bytes that are not valid UTF-8 (if the file is GB18030, import with --charset GB18030)"
                : "holds bytes that are not valid " + charsetName;
        RowValidator validator = new RowValidator(spec, fieldOfColumn, header.length, hint);
        if (!unknown.isEmpty()) {
            validator.warnings.add("unknown column(s) ignored: " + String.join(", ", unknown));
        }
        for (int c = 0; c < fieldOfColumn.length; c++) {
            if (fieldOfColumn[c] < 0) {
                validator.warnings.add(
                        "optional column " + spec.columns().get(c).name() + " is absent: left empty");
            }
        }
        return validator;
    }

    int headerFields() {
        return headerFields;
    }

    /** The field of the header that holds each spec column, in spec order; -1 for an absent column. */
    int[] fieldOfColumn() {
        return fieldOfColumn.clone();
    }

    List<String> warnings() {
        return warnings;
    }

    /**
     * Typed values in spec column order, plus one free slot at the end for the line number; throws
     * with every reason the row breaks the contract.
     */
    Object[] validate(String[] fields) throws InvalidValue {
        List<Column> columns = spec.columns();
        Object[] values = new Object[columns.size() + 1];
        StringBuilder problems = null;
        for (int c = 0; c < columns.size(); c++) {
            int f = fieldOfColumn[c];
            String text = f < 0 ? "" : fields[f].trim();
            Column column = columns.get(c);
            String problem = null;
            if (text.indexOf('\uFFFD') >= 0) {
                problem = column.name() + " " + encodingHint;
            } else if (text.isEmpty()) {
                if (!column.nullable()) {
                    problem = column.name() + " is required but empty";
                }
            } else {
                try {
                    values[c] = column.type().parse(text);
                } catch (InvalidValue e) {
                    problem = column.name() + " " + e.getMessage();
                }
            }
            if (problem != null) {
                problems = append(problems, problem);
            }
        }
        if (problems == null) {
            RowCheck.Row row = name -> values[columnIndex.get(name)];
            for (RowCheck check : spec.checks()) {
                String violation = check.violation(row);
                if (violation != null) {
                    problems = append(problems, violation);
                }
            }
        }
        if (problems != null) {
            throw new InvalidValue(problems.toString());
        }
        return values;
    }

    private static StringBuilder append(StringBuilder problems, String problem) {
        if (problems == null) {
            return new StringBuilder(problem);
        }
        return problems.append("; ").append(problem);
    }
}
