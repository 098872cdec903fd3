package com.brokercrm.ingest.duckdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * One pass over the bytes of a UTF-8 import file that decides whether DuckDB's own CSV reader may load
 * it. It says yes only when every record is plain RFC 4180 that DuckDB and {@code CsvRecordReader} split
 * the same way (no stray or misplaced quote, the header's field count, one line-ending style, no
 * carriage return or other control character inside a field, at most 50 lines per record, valid UTF-8
 * without U+FFFD or U+FEFF) and every field of a known column is in the canonical form of its type (see
 * {@link FieldForm}). It stops at the first field that is not, and names it; the file then goes the Java
 * way, which explains every problem line by line. It builds no strings, so it reads about as fast as
 * the disk or page cache delivers.
 */
final class CsvPrecheck {

    /** CsvRecordReader reads a quoted field over at most 50 physical lines. */
    private static final int MAX_LINE_BREAKS_IN_RECORD = 49;

    private static final int BUFFER_BYTES = 1 << 22;
    private static final long PROGRESS_EVERY = 64L << 20;
    /** Files from this size on are read by several threads, each from a line break of its own. */
    private static final long SPLIT_FROM_BYTES = 32L << 20;

    private static final int NEED_MORE = -1;
    private static final int DECLINED = -2;

    /** Bytes that may stand anywhere in an unquoted field: printable ASCII but comma and quote. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != ',' && c != '"';
        }
    }

    /** What the precheck found. */
    sealed interface Outcome {}

    /**
     * Every record is fine: {@code records} of them after the header, lines end in CR LF when {@code crlf};
     * {@code keysAscending} when each record's key is spelled greater than the one before, so no key repeats.
     */
    record Clean(long records, boolean crlf, boolean keysAscending) implements Outcome {}

    /** The first thing that keeps the file from DuckDB's reader, at a physical line of the file. */
    record Declined(long line, String reason) implements Outcome {}

    private final FieldForm[] forms;
    private final int[] keyRankOfField;
    private final int keyFields;
    private final LongConsumer progress;
    private final int threads;
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong nextProgress = new AtomicLong(PROGRESS_EVERY);

    /**
     * @param forms the form of each field of the header, in file order; null for a column the import ignores
     * @param keyFields the fields of the header that hold the key, in key order, or null to not look at keys
     *     (only for keys whose values each have one spelling: codes, names, listed values, dates and times)
     * @param progress hears the bytes read so far, now and then, from any thread
     */
    CsvPrecheck(FieldForm[] forms, int[] keyFields, LongConsumer progress) {
        this(forms, keyFields, progress, Runtime.getRuntime().availableProcessors());
    }

    CsvPrecheck(FieldForm[] forms, int[] keyFields, LongConsumer progress, int threads) {
        this.forms = forms.clone();
        this.keyRankOfField = new int[forms.length];
        java.util.Arrays.fill(keyRankOfField, -1);
        this.keyFields = keyFields == null ? 0 : keyFields.length;
        for (int rank = 0; rank < this.keyFields; rank++) {
            keyRankOfField[keyFields[rank]] = rank;
        }
        this.progress = progress;
        this.threads = Math.max(1, Math.min(threads, 8));
    }

    Outcome scan(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(channel);
        }
    }

    private Outcome scan(FileChannel channel) throws IOException {
        long size = channel.size();
        byte[] head = new byte[(int) Math.min(size, BUFFER_BYTES)];
        readFully(channel, head, 0, head.length, 0);
        int p = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            p = 3;
        }
        int headerEnd = p;
        while (headerEnd < head.length && head[headerEnd] != '\n') {
            if (head[headerEnd] == '"') {
                return new Declined(1, "the header holds a quote");
            }
            headerEnd++;
        }
        if (headerEnd == head.length && head.length < size) {
            return new Declined(1, "the header line is longer than " + BUFFER_BYTES + " bytes");
        }
        boolean crlf = headerEnd > p && head[headerEnd - 1] == '\r';
        int fields = 1;
        for (int i = p; i < headerEnd - (crlf ? 1 : 0); i++) {
            byte c = head[i];
            if (c == ',') {
                fields++;
            } else if (c >= 0 && c < 0x20) {
                return new Declined(1, "the header holds a control character");
            }
        }
        if (fields != forms.length) {
            return new Declined(1, "the header has " + fields + " fields where " + forms.length + " were bound");
        }
        long start = Math.min(headerEnd + 1L, size);
        List<Long> starts = splitPoints(channel, start, size);
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long stop = i + 1 < starts.size() ? starts.get(i + 1) : size;
            regions.add(new Region(channel, starts.get(i), stop, crlf));
        }
        runAll(regions);
        long expected = start;
        long line = 2;
        long records = 0;
        boolean ascending = keyFields > 0;
        Key last = null;
        for (Region region : regions) {
            if (region.from != expected) {
                // a quoted field crossed the split point: read the rest in one go from where the last region stopped
                region = new Region(channel, expected, size, crlf);
                region.run();
            }
            if (region.declined != null) {
                return new Declined(line + region.lines, region.declined);
            }
            records += region.records;
            line += region.lines;
            expected = region.stoppedAt;
            if (region.records > 0) {
                ascending &= region.ascending && (last == null || region.firstKey.compareTo(last) > 0);
                last = region.lastKey;
            }
            if (expected >= size) {
                break;
            }
        }
        return new Clean(records, crlf, ascending);
    }

    /** Where each thread starts: the header's end, then just after a line break near each equal share. */
    private List<Long> splitPoints(FileChannel channel, long start, long size) throws IOException {
        List<Long> points = new ArrayList<>(List.of(start));
        if (threads == 1 || size - start < SPLIT_FROM_BYTES) {
            return points;
        }
        byte[] probe = new byte[1 << 16];
        long share = (size - start) / threads;
        for (int i = 1; i < threads; i++) {
            long at = start + i * share;
            int n = readFully(channel, probe, 0, (int) Math.min(probe.length, size - at), at);
            for (int k = 0; k < n; k++) {
                if (probe[k] == '\n') {
                    long point = at + k + 1;
                    if (point > points.get(points.size() - 1) && point < size) {
                        points.add(point);
                    }
                    break;
                }
            }
        }
        return points;
    }

    private void runAll(List<Region> regions) throws IOException {
        if (regions.size() == 1) {
            regions.get(0).run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(regions.size(), r -> {
            Thread t = new Thread(r, "csv-precheck");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Region region : regions) {
                futures.add(pool.submit(() -> {
                    region.run();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("precheck interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("precheck failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int readFully(FileChannel channel, byte[] into, int offset, int length, long position)
            throws IOException {
        ByteBuffer target = ByteBuffer.wrap(into, offset, length);
        while (target.hasRemaining()) {
            int n = channel.read(target, position + target.position() - offset);
            if (n < 0) {
                break;
            }
        }
        return target.position() - offset;
    }

    private void reportProgress(long bytes) {
        long total = bytesRead.addAndGet(bytes);
        long next = nextProgress.get();
        if (total >= next && nextProgress.compareAndSet(next, total + PROGRESS_EVERY)) {
            progress.accept(total);
        }
    }

    /**
     * The records that start in [from, stopAt) of the file, read with a buffer of its own; the last may
     * run on past stopAt. Says how many records and physical lines it read and where it stopped, or the
     * first problem it met (lines counted from {@code from}).
     */
    private final class Region {
        private final FileChannel channel;
        private final long from;
        private final long stopAt;
        private final boolean crlf;
        private final byte[] buf = new byte[BUFFER_BYTES];
        private long base;
        private int limit;
        private boolean eof;
        private String reason;
        private int lineBreaksInRecord;
        private int escapedInField;
        private int lineBreaksInField;
        private final int[] keyStart = new int[keyFields];
        private final int[] keyEnd = new int[keyFields];

        long records;
        long lines;
        long stoppedAt;
        String declined;
        /** The key of the region's first record and of the last one read; whether keys rose all along. */
        final Key firstKey = new Key(keyFields);

        final Key lastKey = new Key(keyFields);
        private final Key currentKey = new Key(keyFields);
        boolean ascending = keyFields > 0;

        Region(FileChannel channel, long from, long stopAt, boolean crlf) {
            this.channel = channel;
            this.from = from;
            this.stopAt = stopAt;
            this.crlf = crlf;
        }

        void run() throws IOException {
            base = from;
            fill(0);
            int p = 0;
            while (true) {
                if (p >= limit) {
                    if (eof) {
                        stoppedAt = base + p;
                        return;
                    }
                    p = refill(p);
                    continue;
                }
                if (base + p >= stopAt) {
                    stoppedAt = base + p;
                    return;
                }
                byte first = buf[p];
                if (first == '\n' || first == '\r') {
                    if (forms.length == 1) {
                        declined = "blank line in a one-column file";
                        return;
                    }
                    if (first == '\n' && crlf) {
                        declined = "a line ends without carriage return in a CR LF file";
                        return;
                    }
                    if (first == '\r') {
                        if (!crlf) {
                            declined = "carriage return in a file whose lines end in LF";
                            return;
                        }
                        if (p + 1 >= limit && !eof) {
                            p = refill(p);
                            continue;
                        }
                        if (p + 1 >= limit || buf[p + 1] != '\n') {
                            declined = "carriage return without line feed";
                            return;
                        }
                        p++;
                    }
                    p++;
                    lines++;
                    continue;
                }
                int next = record(buf, p, limit, eof);
                if (next == NEED_MORE) {
                    if (p == 0) {
                        declined = "a record is longer than " + BUFFER_BYTES + " bytes";
                        return;
                    }
                    p = refill(p);
                    continue;
                }
                if (next == DECLINED) {
                    declined = reason;
                    return;
                }
                if (ascending) {
                    if (records == 0) {
                        firstKey.copyFrom(buf, keyStart, keyEnd);
                        lastKey.copyFrom(firstKey);
                    } else {
                        currentKey.copyFrom(buf, keyStart, keyEnd);
                        if (currentKey.compareTo(lastKey) > 0) {
                            lastKey.copyFrom(currentKey);
                        } else {
                            ascending = false;
                        }
                    }
                }
                records++;
                lines += 1 + lineBreaksInRecord;
                p = next;
            }
        }

        /**
         * Reads one record that starts at p (not on a blank line); returns where the next one starts, {@link
         * #NEED_MORE} when the buffer ends first, or {@link #DECLINED} with {@link #reason} set.
         */
        private int record(byte[] b, int p, int lim, boolean atEof) {
            int field = 0;
            int lineBreaks = 0;
            while (true) {
                int start;
                int end;
                int escaped = 0;
                boolean quoted = p < lim && b[p] == '"';
                if (quoted) {
                    start = p + 1;
                    p = quotedField(b, start, lim, atEof);
                    if (p < 0) {
                        return p;
                    }
                    end = p - 1;
                    escaped = escapedInField;
                    if (lineBreaksInField > 0) {
                        lineBreaks += lineBreaksInField;
                        if (lineBreaks > MAX_LINE_BREAKS_IN_RECORD) {
                            return decline("a record spans more than 50 lines");
                        }
                    }
                } else {
                    start = p;
                    while (p < lim) {
                        byte c = b[p];
                        if (PLAIN[c & 0xFF]) {
                            p++;
                        } else if (c < 0) {
                            int n = utf8(b, p, lim);
                            if (n <= 0) {
                                return n == 0 && !atEof ? NEED_MORE : decline("invalid UTF-8, U+FFFD or U+FEFF");
                            }
                            p += n;
                        } else if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        } else if (c == '"') {
                            return decline("a quote inside an unquoted field");
                        } else {
                            return decline("a control character");
                        }
                    }
                    if (p >= lim && !atEof) {
                        return NEED_MORE;
                    }
                    end = p;
                }
                if (field >= forms.length) {
                    return decline("more fields than the header");
                }
                int rank = keyRankOfField[field];
                if (rank >= 0) {
                    keyStart[rank] = start;
                    keyEnd[rank] = end;
                }
                FieldForm form = forms[field];
                if (form != null) {
                    String problem = form.problem(b, start, end, escaped);
                    if (problem != null) {
                        return decline(problem);
                    }
                }
                field++;
                if (p >= lim) {
                    if (atEof) {
                        break;
                    }
                    return NEED_MORE;
                }
                byte c = b[p];
                if (c == ',') {
                    p++;
                    continue;
                }
                if (c == '\n') {
                    if (crlf) {
                        return decline("a line ends without carriage return in a CR LF file");
                    }
                    p++;
                    break;
                }
                if (c == '\r') {
                    if (!crlf) {
                        return decline("carriage return in a file whose lines end in LF");
                    }
                    if (p + 1 >= lim) {
                        return atEof ? decline("carriage return at the end") : NEED_MORE;
                    }
                    if (b[p + 1] != '\n') {
                        return decline("carriage return without line feed");
                    }
                    p += 2;
                    break;
                }
                return decline("text after the closing quote of a field");
            }
            if (field != forms.length) {
                return decline("expected " + forms.length + " fields but found " + field);
            }
            lineBreaksInRecord = lineBreaks;
            return p;
        }

        /**
         * Reads the content of a quoted field from p (just after the opening quote); returns the position
         * after the closing quote, with {@link #escapedInField} and {@link #lineBreaksInField} set.
         */
        private int quotedField(byte[] b, int p, int lim, boolean atEof) {
            int escaped = 0;
            int lineBreaks = 0;
            while (true) {
                if (p >= lim) {
                    return atEof ? decline("a quoted field is never closed") : NEED_MORE;
                }
                byte c = b[p];
                if (c == '"') {
                    if (p + 1 >= lim && !atEof) {
                        return NEED_MORE;
                    }
                    if (p + 1 < lim && b[p + 1] == '"') {
                        escaped++;
                        p += 2;
                        continue;
                    }
                    escapedInField = escaped;
                    lineBreaksInField = lineBreaks;
                    return p + 1;
                }
                if (c < 0) {
                    int n = utf8(b, p, lim);
                    if (n <= 0) {
                        return n == 0 && !atEof ? NEED_MORE : decline("invalid UTF-8, U+FFFD or U+FEFF");
                    }
                    p += n;
                    continue;
                }
                if (c < 0x20) {
                    if (c != '\n') {
                        return decline("a control character or carriage return inside quotes");
                    }
                    lineBreaks++;
                }
                p++;
            }
        }

        private int decline(String why) {
            reason = why;
            return DECLINED;
        }

        /** Keeps the bytes from {@code keepFrom} on, moved to the start, and reads more after them; returns 0. */
        private int refill(int keepFrom) throws IOException {
            int kept = limit - keepFrom;
            System.arraycopy(buf, keepFrom, buf, 0, kept);
            base += keepFrom;
            reportProgress(keepFrom);
            fill(kept);
            return 0;
        }

        private void fill(int kept) throws IOException {
            int n = readFully(channel, buf, kept, buf.length - kept, base + kept);
            limit = kept + n;
            eof = limit < buf.length;
        }
    }

    /** The key fields of one record, as spelled, compared field by field as unsigned bytes. */
    static final class Key implements Comparable<Key> {
        private byte[] bytes = new byte[64];
        private final int[] ends;

        Key(int fields) {
            ends = new int[fields];
        }

        void copyFrom(byte[] b, int[] starts, int[] fieldEnds) {
            int length = 0;
            for (int i = 0; i < ends.length; i++) {
                length += fieldEnds[i] - starts[i];
            }
            if (length > bytes.length) {
                bytes = new byte[Math.max(length, 2 * bytes.length)];
            }
            int at = 0;
            for (int i = 0; i < ends.length; i++) {
                int n = fieldEnds[i] - starts[i];
                System.arraycopy(b, starts[i], bytes, at, n);
                at += n;
                ends[i] = at;
            }
        }

        void copyFrom(Key other) {
            if (bytes.length < other.bytes.length) {
                bytes = new byte[other.bytes.length];
            }
            int length = ends.length == 0 ? 0 : other.ends[ends.length - 1];
            System.arraycopy(other.bytes, 0, bytes, 0, length);
            System.arraycopy(other.ends, 0, ends, 0, ends.length);
        }

        @Override
        public int compareTo(Key other) {
            int from = 0;
            int otherFrom = 0;
            for (int i = 0; i < ends.length; i++) {
                int c = java.util.Arrays.compareUnsigned(bytes, from, ends[i], other.bytes, otherFrom, other.ends[i]);
                if (c != 0) {
                    return c;
                }
                from = ends[i];
                otherFrom = other.ends[i];
            }
            return 0;
        }
    }

    /**
     * Length of the UTF-8 sequence whose lead byte (0x80 or more) is at p; 0 when the buffer ends inside
     * it; -1 when it is malformed (what Java would decode as U+FFFD), or is U+FFFD or U+FEFF itself.
     */
    static int utf8(byte[] b, int p, int lim) {
        int c = b[p] & 0xFF;
        int n;
        int low = 0x80;
        int high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (p + n > lim) {
            return 0;
        }
        int second = b[p + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            int next = b[p + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return -1;
            }
        }
        if (c == 0xEF
                && ((second == 0xBF && (b[p + 2] & 0xFF) == 0xBD) || (second == 0xBB && (b[p + 2] & 0xFF) == 0xBF))) {
            return -1;
        }
        return n;
    }
}
