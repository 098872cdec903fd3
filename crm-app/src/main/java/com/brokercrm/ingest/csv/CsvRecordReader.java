package com.brokercrm.ingest.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads RFC 4180 CSV record by record, keeping physical line numbers. A quoted field may span lines.
 * A record that is structurally broken (stray quote, unterminated quote, wrong field count) costs only
 * its first physical line: reading resumes on the next line, so one bad quote never swallows the rest.
 */
public final class CsvRecordReader implements Closeable {

    /** How far a quoted field may reach over line breaks before it is judged unterminated. */
    private static final int MAX_LINES_PER_RECORD = 50;

    private final BufferedReader in;
    private final Deque<NumberedLine> pushedBack = new ArrayDeque<>();
    private long lastLineNumber;
    private long charsRead;
    private int expectedFields = -1;

    private record NumberedLine(long number, String text) {}

    public CsvRecordReader(BufferedReader in) {
        this.in = in;
    }

    /** Records after this one must have this many fields; a different count breaks the record. */
    public void expectFields(int count) {
        this.expectedFields = count;
    }

    /** Characters consumed so far (line breaks counted as one), for progress. */
    public long charsRead() {
        return charsRead;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    public CsvRecord next() throws IOException {
        NumberedLine first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
        } while (first.text().isEmpty());

        List<NumberedLine> consumed = new ArrayList<>(1);
        consumed.add(first);
        StringBuilder text = new StringBuilder(first.text());
        while (true) {
            Parse parse = parse(text);
            if (parse.problem() == null && !parse.openQuote()) {
                if (expectedFields >= 0 && parse.fields().size() != expectedFields) {
                    return brokenAt(
                            consumed,
                            "expected " + expectedFields + " fields but found "
                                    + parse.fields().size());
                }
                return new CsvRecord(first.number(), parse.fields().toArray(String[]::new), text.toString(), null);
            }
            if (parse.problem() != null) {
                return brokenAt(consumed, parse.problem());
            }
            NumberedLine more = consumed.size() < MAX_LINES_PER_RECORD ? nextLine() : null;
            if (more == null) {
                return brokenAt(consumed, "quoted field is never closed");
            }
            consumed.add(more);
            text.append('\n').append(more.text());
        }
    }

    /** Rejects the first physical line of a broken record and gives the others back to be read again. */
    private CsvRecord brokenAt(List<NumberedLine> consumed, String problem) {
        for (int i = consumed.size() - 1; i >= 1; i--) {
            pushedBack.push(consumed.get(i));
        }
        NumberedLine first = consumed.get(0);
        return new CsvRecord(first.number(), null, first.text(), problem);
    }

    private NumberedLine nextLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        lastLineNumber++;
        charsRead += line.length() + 1;
        if (lastLineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        return new NumberedLine(lastLineNumber, line);
    }

    private record Parse(List<String> fields, boolean openQuote, String problem) {}

    private static Parse parse(CharSequence text) {
        List<String> fields = new ArrayList<>(16);
        int n = text.length();
        int i = 0;
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return new Parse(fields, true, null);
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                fields.add(field.toString());
                if (i == n) {
                    return new Parse(fields, false, null);
                }
                if (text.charAt(i) != ',') {
                    return new Parse(
                            fields, false, "unexpected text after the closing quote of field " + fields.size());
                }
                i++;
            } else {
                int start = i;
                while (i < n && text.charAt(i) != ',') {
                    if (text.charAt(i) == '"') {
                        return new Parse(fields, false, "stray quote inside unquoted field " + (fields.size() + 1));
                    }
                    i++;
                }
                fields.add(text.subSequence(start, i).toString());
                if (i == n) {
                    return new Parse(fields, false, null);
                }
                i++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
