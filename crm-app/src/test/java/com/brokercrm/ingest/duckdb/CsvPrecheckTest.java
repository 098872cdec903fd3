package com.brokercrm.ingest.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.ingest.spec.Column;
import com.brokercrm.ingest.spec.ColumnType;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precheck reads a big file on several threads exactly as it would on one, quoted line breaks included. */
class CsvPrecheckTest {

    @TempDir
    Path temp;

    private static final FieldForm[] FORMS = {
        FieldForm.of(Column.required("note", ColumnType.text(4000))),
        FieldForm.of(Column.optional("n", new ColumnType.Whole(0, Long.MAX_VALUE, "BIGINT")))
    };

    @Test
    void splitReadingAgreesWithOneThreadEvenWhenQuotedLineBreaksCrossTheSplit() throws Exception {
        Path file = write(temp.resolve("big.csv"), -1);
        CsvPrecheck.Outcome one = new CsvPrecheck(FORMS, b -> {}, 1).scan(file);
        assertThat(one).isInstanceOf(CsvPrecheck.Clean.class);
        for (int threads = 2; threads <= 5; threads++) {
            assertThat(new CsvPrecheck(FORMS, b -> {}, threads).scan(file))
                    .as(threads + " threads")
                    .isEqualTo(one);
        }
    }

    @Test
    void aProblemLateInTheFileIsReportedAtTheSameLineByEveryThreadCount() throws Exception {
        Path file = write(temp.resolve("bad.csv"), 700_000);
        CsvPrecheck.Outcome one = new CsvPrecheck(FORMS, b -> {}, 1).scan(file);
        assertThat(one).isInstanceOf(CsvPrecheck.Declined.class);
        assertThat(((CsvPrecheck.Declined) one).reason()).contains("n");
        for (int threads = 2; threads <= 4; threads++) {
            assertThat(new CsvPrecheck(FORMS, b -> {}, threads).scan(file))
                    .as(threads + " threads")
                    .isEqualTo(one);
        }
    }

    /**
     * About 40 MB: plain records, and in the middle third records whose quoted note spans many lines, so
     * that a split point falls inside quotes; with a bad number at record {@code badAt} when not negative.
     */
    private static Path write(Path file, int badAt) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("note,n\n");
            int records = 900_000;
            for (int i = 0; i < records; i++) {
                if (i == badAt) {
                    out.write("bad,12x\n");
                } else if (i > records / 3 && i < 2 * records / 3) {
                    out.write("\"第" + i + "条\n" + "续行,\"\"引号\"\"\n".repeat(3) + "完\"," + i + "\n");
                } else {
                    out.write("note number " + i + "," + (i % 7 == 0 ? "" : Integer.toString(i)) + "\n");
                }
            }
        }
        return file;
    }
}
