package com.brokercrm.ingest.store;

import com.brokercrm.ingest.csv.CsvText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Streams staging rows into PostgreSQL with COPY ... FROM STDIN (CSV), one round trip for the whole file. */
final class PostgresStagingWriter implements StagingWriter {

    private final PGCopyOutputStream copy;
    private final Writer out;

    PostgresStagingWriter(Connection connection, String stagingTable, List<String> columns) throws SQLException {
        String sql =
                "COPY " + stagingTable + " (" + String.join(", ", columns) + ", line_no) FROM STDIN WITH (FORMAT csv)";
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
        this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void write(Object[] row) throws SQLException {
        try {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                writeValue(row[i]);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new SQLException("COPY into staging failed", e);
        }
    }

    private void writeValue(Object value) throws IOException {
        switch (value) {
            case null -> {}
            case String s -> out.write(CsvText.field(s));
            case BigDecimal d -> out.write(d.toPlainString());
            default -> out.write(value.toString());
        }
    }

    @Override
    public void finish() throws SQLException {
        try {
            out.flush();
            copy.endCopy();
        } catch (IOException | UncheckedIOException e) {
            throw new SQLException("COPY into staging failed", e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
