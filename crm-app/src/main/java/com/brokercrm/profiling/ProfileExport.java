package com.brokercrm.profiling;

import com.brokercrm.analytics.indicator.IndicatorCatalogue;
import com.brokercrm.analytics.indicator.IndicatorReader;
import com.brokercrm.analytics.model.HabitModel;
import com.brokercrm.analytics.model.NeedModel;
import com.brokercrm.analytics.model.ProfileTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Writes one as-of date's profiles or indicators as CSV (UTF-8, header, one row per client in client
 * order). Profiles: every score and class as a column, then one 0/1 column per habit tag
 * ({@code habit_HIGH_FREQUENCY}) and per need tag ({@code need_CASH_MANAGEMENT}); drivers stay in the
 * store. Indicators: every column of {@code customer_indicator}.
 */
@Component
public class ProfileExport {

    /** What was written. */
    public record Written(LocalDate asOf, long rows) {}

    private final DataSource dataSource;

    public ProfileExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The profiles of {@code asOf} (empty: the latest as-of date profiled). */
    public Written profiles(Optional<LocalDate> asOf, Path out) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            ProfileTable table = new ProfileTable(c);
            LocalDate date = asOf.isPresent()
                    ? asOf.get()
                    : table.latestAsOf().orElseThrow(() -> new IllegalStateException("no profiles: run score first"));
            List<Map<String, Object>> rows = table.rows(date);
            List<String> scores = ProfileTable.COLUMNS.stream()
                    .filter(col -> !List.of("habits", "needs", "drivers").contains(col))
                    .toList();
            List<String> header = new ArrayList<>(scores);
            HabitModel.TAGS.forEach(t -> header.add("habit_" + t));
            NeedModel.TAGS.forEach(t -> header.add("need_" + t));
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                line(w, header);
                for (Map<String, Object> row : rows) {
                    List<String> cells = new ArrayList<>(header.size());
                    for (String col : scores) {
                        cells.add(text(row.get(col)));
                    }
                    String habits = (String) row.get("habits");
                    String needs = (String) row.get("needs");
                    HabitModel.TAGS.forEach(
                            t -> cells.add(habits != null && habits.contains("|" + t + "|") ? "1" : "0"));
                    NeedModel.TAGS.forEach(t -> cells.add(needs != null && needs.contains("|" + t + "|") ? "1" : "0"));
                    line(w, cells);
                }
            }
            return new Written(date, rows.size());
        }
    }

    /** The indicators of {@code asOf} (empty: the latest as-of date computed). */
    public Written indicators(Optional<LocalDate> asOf, Path out) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            IndicatorReader reader = new IndicatorReader(c);
            LocalDate date = asOf.isPresent()
                    ? asOf.get()
                    : reader.latestAsOf()
                            .orElseThrow(() -> new IllegalStateException("no indicators: run score first"));
            List<String> columns = IndicatorCatalogue.get().columns();
            long[] rows = {0};
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                List<String> header = new ArrayList<>(List.of("customer_id", "as_of"));
                header.addAll(columns);
                line(w, header);
                reader.forEach(date, row -> {
                    List<String> cells = new ArrayList<>(header.size());
                    cells.add(row.customerId());
                    cells.add(date.toString());
                    for (String col : columns) {
                        cells.add(text(row.get(col)));
                    }
                    try {
                        line(w, cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new Written(date, rows[0]);
        }
    }

    private static String text(Object v) {
        return switch (v) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Boolean b -> b ? "1" : "0";
            default -> v.toString();
        };
    }

    private static void line(BufferedWriter w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                w.write('"' + cell.replace("\"", "\"\"") + '"');
            } else {
                w.write(cell);
            }
        }
        w.write('\n');
    }
}
