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

    private static final int[] KEY = {0};

    private static final FieldForm[] FORMS = {
        FieldForm.of(Column.required("note", ColumnType.text(4000))),
        FieldForm.of(Column.optional("n", new ColumnType.Whole(0, Long.MAX_VALUE, "BIGINT")))
    };

    @Test
    void splitReadingAgreesWithOneThreadEvenWhenQuotedLineBreaksCrossTheSplit() throws Exception {
        Path file = write(temp.resolve("big.csv"), -1);
        CsvPrecheck.Outcome one = new CsvPrecheck(FORMS, KEY, b -> {}, 1).scan(file);
        assertThat(one).isInstanceOf(CsvPrecheck.Clean.class);
        for (int threads = 2; threads <= 5; threads++) {
            assertThat(new CsvPrecheck(FORMS, KEY, b -> {}, threads).scan(file))
                    .as(threads + " threads")
                    .isEqualTo(one);
        }
    }

    @Test
    void aProblemLateInTheFileIsReportedAtTheSameLineByEveryThreadCount() throws Exception {
        Path file = write(temp.resolve("bad.csv"), 700_000);
        CsvPrecheck.Outcome one = new CsvPrecheck(FORMS, KEY, b -> {}, 1).scan(file);
        assertThat(one).isInstanceOf(CsvPrecheck.Declined.class);
        assertThat(((CsvPrecheck.Declined) one).reason()).contains("n");
        for (int threads = 2; threads <= 4; threads++) {
            assertThat(new CsvPrecheck(FORMS, KEY, b -> {}, threads).scan(file))
                    .as(threads + " threads")
                    .isEqualTo(one);
        }
    }

    @Test
    void keysRisingAllAlongAreNoticedAcrossTheSplitAndARepeatOrARestartIsNot() throws Exception {
        int records = 1_500_000;
        assertThat(keys(temp.resolve("rising.csv"), records, i -> i)).containsOnly(true);
        assertThat(keys(temp.resolve("repeat.csv"), records, i -> i == 1_000_000 ? i - 1 : i))
                .containsOnly(false);
        assertThat(keys(temp.resolve("restart.csv"), records, i -> i % (records / 2)))
                .containsOnly(false);
    }

    @Test
    void keysThatRestartExactlyWhereTheSecondThreadBeginsAreNoticed() throws Exception {
        // fixed-width records: with two threads the second begins at record n / 2 + 1 (just after the line
        // break that follows the middle of the file), where the keys start again from 0
        int n = 2_000_000;
        Path file = temp.resolve("restart-at-split.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("n,note\n");
            for (int i = 0; i < n; i++) {
                out.write(String.format("%07d,K%07d%n", i, i <= n / 2 ? i : i - (n / 2 + 1)));
            }
        }
        FieldForm[] forms = {FORMS[1], FORMS[0]};
        for (int threads = 1; threads <= 2; threads++) {
            CsvPrecheck.Outcome outcome = new CsvPrecheck(forms, new int[] {1}, b -> {}, threads).scan(file);
            assertThat(((CsvPrecheck.Clean) outcome).keysAscending())
                    .as(threads + " threads")
                    .isFalse();
        }
    }

    /** Whether the precheck found the keys rising, with 1 to 4 threads; keys K0000001, ... */
    private static java.util.List<Boolean> keys(Path file, int records, java.util.function.IntUnaryOperator key)
            throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("n,note\n");
            for (int i = 0; i < records; i++) {
                out.write(String.format("%d,K%07d%n", i, key.applyAsInt(i)));
            }
        }
        FieldForm[] forms = {FORMS[1], FORMS[0]};
        java.util.List<Boolean> found = new java.util.ArrayList<>();
        for (int threads = 1; threads <= 4; threads++) {
            CsvPrecheck.Outcome outcome = new CsvPrecheck(forms, new int[] {1}, b -> {}, threads).scan(file);
            found.add(((CsvPrecheck.Clean) outcome).keysAscending());
        }
        return found;
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
