package com.brokercrm.datagen.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer with the allocation-free formatters the CSV files need: integers,
 * fixed-point decimals (money in cents, prices in ten-thousandths), dates and RFC 4180 text.
 */
public final class CsvBuffer {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private byte[] bytes;
    private int size;

    public CsvBuffer(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** A copy of the content, for tests and small files. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }

    public CsvBuffer comma() {
        ensure(1);
        bytes[size++] = ',';
        return this;
    }

    public CsvBuffer newline() {
        ensure(1);
        bytes[size++] = '\n';
        return this;
    }

    public CsvBuffer ch(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** Appends pre-encoded bytes (identifiers, dates, codes). */
    public CsvBuffer bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    /** Appends a string known to be ASCII without commas, quotes or line breaks. */
    public CsvBuffer ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends free text as UTF-8, quoted per RFC 4180 only when it holds a comma, quote or line break. */
    public CsvBuffer text(String s) {
        if (s == null) {
            return this;
        }
        boolean quote = needsQuotes(s);
        String body = quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
        return bytes(body.getBytes(StandardCharsets.UTF_8));
    }

    static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Appends a whole number. */
    public CsvBuffer integer(long value) {
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return ascii(Long.toString(value));
            }
            bytes[size++] = '-';
            value = -value;
        }
        int digits = digitCount(value);
        int end = size + digits;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size = end;
        return this;
    }

    /** Appends a whole number left-padded with zeros to the given width. */
    public CsvBuffer zeroPadded(long value, int width) {
        ensure(Math.max(width, 20));
        int digits = digitCount(value);
        for (int i = digits; i < width; i++) {
            bytes[size++] = '0';
        }
        return integer(value);
    }

    /** Appends {@code units / 10^scale} with exactly {@code scale} decimals, e.g. cents with scale 2. */
    public CsvBuffer decimal(long units, int scale) {
        if (units < 0) {
            ensure(1);
            bytes[size++] = '-';
            units = -units;
        }
        long pow = POWERS[scale];
        integer(units / pow);
        if (scale > 0) {
            ensure(scale + 1);
            bytes[size++] = '.';
            long frac = units % pow;
            for (int i = scale - 1; i >= 0; i--) {
                bytes[size + i] = (byte) ('0' + frac % 10);
                frac /= 10;
            }
            size += scale;
        }
        return this;
    }

    /** Appends money held in cents with two decimals. */
    public CsvBuffer money(long cents) {
        return decimal(cents, 2);
    }

    /** Appends a date as YYYY-MM-DD. */
    public CsvBuffer date(LocalDate date) {
        if (date == null) {
            return this;
        }
        zeroPadded(date.getYear(), 4).ch('-');
        zeroPadded(date.getMonthValue(), 2).ch('-');
        return zeroPadded(date.getDayOfMonth(), 2);
    }

    /** Appends a time of day given in seconds after midnight as HH:MM:SS. */
    public CsvBuffer timeOfDay(int secondOfDay) {
        zeroPadded(secondOfDay / 3600, 2).ch(':');
        zeroPadded(secondOfDay / 60 % 60, 2).ch(':');
        return zeroPadded(secondOfDay % 60, 2);
    }

    /** Reserves {@code width} bytes for an identifier number filled in later by {@link #patchDigits}. */
    public int reserveDigits(int width) {
        ensure(width);
        int at = size;
        size += width;
        return at;
    }

    /** Writes {@code value} zero-padded into a place reserved by {@link #reserveDigits}. */
    public void patchDigits(int at, long value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        if (value != 0) {
            throw new IllegalStateException("identifier does not fit in " + width + " digits");
        }
    }

    private static int digitCount(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }
}
