package com.brokercrm.ingest;

import com.brokercrm.ingest.csv.CsvText;
import com.brokercrm.ingest.spec.ColumnType;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.ImportFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Writes a core table as CSV in the import format, so an export imports again as "unchanged". */
@Component
public class TableExporter {

    public static final List<String> TABLES =
            ImportFormat.FILES.stream().map(FileSpec::table).toList();

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    private final DataSource dataSource;

    public TableExporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Exports the table ordered by its key; returns the number of rows written. */
    public long export(String table, Path out) throws SQLException, IOException {
        FileSpec spec = ImportFormat.forTable(table)
                .orElseThrow(() -> new IllegalArgumentException("unknown table '" + table + "'"));
        String columns = String.join(", ", spec.columnNames());
        String sql = "SELECT " + columns + " FROM " + table + " ORDER BY " + String.join(", ", spec.key());
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
                Statement st = connection.createStatement();
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery(sql)) {
                writer.write(columns.replace(" ", ""));
                writer.write('\n');
                int n = spec.columns().size();
                while (rs.next()) {
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            writer.write(',');
                        }
                        writer.write(format(spec.columns().get(i).type(), rs, i + 1));
                    }
                    writer.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String format(ColumnType type, ResultSet rs, int column) throws SQLException {
        return switch (type) {
            case ColumnType.Instant i -> {
                Timestamp ts = rs.getTimestamp(column);
                yield ts == null
                        ? ""
                        : ts.toLocalDateTime()
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(ColumnType.SHANGHAI)
                                .toOffsetDateTime()
                                .toString();
            }
            case ColumnType.Time t -> {
                var value = rs.getObject(column, java.time.LocalTime.class);
                yield value == null ? "" : TIME.format(value);
            }
            case ColumnType.Decimal d -> {
                var value = rs.getBigDecimal(column);
                yield value == null ? "" : value.setScale(d.scale()).toPlainString();
            }
            case ColumnType.Flag f -> {
                boolean value = rs.getBoolean(column);
                yield rs.wasNull() ? "" : Boolean.toString(value);
            }
            default -> CsvText.field(rs.getString(column));
        };
    }
}
