package com.brokercrm.ingest;

import com.brokercrm.ingest.csv.CsvRecord;
import com.brokercrm.ingest.csv.CsvRecordReader;
import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.ColumnType;
import com.brokercrm.ingest.spec.FileSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives, from one good row of a file, one bad row per failure mode of each column (empty when
 * required, too long, not in the list, no date, no number, below the minimum, ...) and appends them.
 */
final class BadRows {

    private BadRows() {}

    /** One bad record and the column it must be rejected for. */
    record BadRow(String record, String column) {}

    /** Appends the bad rows; returns line number -> the column each must be rejected for. */
    static Map<Long, String> appendTo(Path file, FileSpec spec) throws IOException {
        String text = Files.readString(file);
        long line = text.chars().filter(c -> c == '\n').count() + 1;
        Map<Long, String> expected = new LinkedHashMap<>();
        StringBuilder rows = new StringBuilder();
        for (BadRow bad : of(file, spec)) {
            rows.append(bad.record()).append('\n');
            expected.put(line, bad.column());
            line += bad.record().chars().filter(c -> c == '\n').count() + 1;
        }
        Files.writeString(file, text + rows, StandardCharsets.UTF_8);
        return expected;
    }

    /** The bad records derived from the first row of the file, one per failure mode of each column. */
    static List<BadRow> of(Path file, FileSpec spec) throws IOException {
        String[] header;
        String[] good;
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(file))) {
            header = reader.next().fields();
            CsvRecord first = reader.next();
            good = first.fields();
        }
        List<BadRow> bad = new ArrayList<>();
        for (int f = 0; f < header.length; f++) {
            Column column = spec.columnIndex().containsKey(header[f])
                    ? spec.columns().get(spec.columnIndex().get(header[f]))
                    : null;
            if (column == null) {
                continue;
            }
            for (String value : badValues(column)) {
                String[] row = Arrays.copyOf(good, good.length);
                row[f] = value;
                bad.add(new BadRow(join(row), column.name()));
            }
        }
        return bad;
    }

    static List<String> badValues(Column column) {
        List<String> values = new ArrayList<>();
        if (!column.nullable()) {
            values.add("");
        }
        switch (column.type()) {
            case ColumnType.Text t -> values.add("x".repeat(t.maxLength() + 1));
            case ColumnType.Code c -> values.add("x".repeat(c.maxLength() + 1));
            case ColumnType.OneOf o -> values.add("BOGUS_VALUE");
            case ColumnType.Date d -> {
                values.add("2025-13-45");
                values.add("03/04/2025");
            }
            case ColumnType.Time t -> {
                values.add("25:00:00");
                values.add("9am");
            }
            case ColumnType.Instant i -> values.add("not a time");
            case ColumnType.Decimal d -> {
                values.add("12a");
                values.add("1,000.00");
                values.add("1." + "1".repeat(d.scale() + 1));
                if (d.min() != null) {
                    values.add("-1");
                }
            }
            case ColumnType.Whole w -> {
                values.add("1.5");
                values.add(Long.toString(w.min() - 1));
            }
            case ColumnType.Flag f -> values.add("maybe");
        }
        return values;
    }

    private static String join(String[] fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = fields[i];
            boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n");
            line.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return line.toString();
    }
}
