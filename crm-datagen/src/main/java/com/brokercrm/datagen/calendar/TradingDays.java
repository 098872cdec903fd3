package com.brokercrm.datagen.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The trading days of a generation window, indexed from 0 (the opening day) with each day's
 * date pre-encoded for the CSV files, its month index, and whether positions are snapshotted on it
 * (the opening day, each month's last trading day and the last day).
 */
public final class TradingDays {

    private final LocalDate[] dates;
    private final long[] epochDays;
    private final byte[][] isoBytes;
    private final int[] monthIndex;
    private final boolean[] snapshot;
    private final List<YearMonth> months = new ArrayList<>();

    TradingDays(List<LocalDate> days) {
        if (days.size() < 2) {
            throw new IllegalArgumentException("the window holds fewer than two trading days");
        }
        int n = days.size();
        dates = days.toArray(new LocalDate[0]);
        epochDays = new long[n];
        isoBytes = new byte[n][];
        monthIndex = new int[n];
        snapshot = new boolean[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = dates[i];
            epochDays[i] = d.toEpochDay();
            isoBytes[i] = d.toString().getBytes(StandardCharsets.US_ASCII);
            YearMonth ym = YearMonth.from(d);
            if (months.isEmpty() || !months.getLast().equals(ym)) {
                months.add(ym);
            }
            monthIndex[i] = months.size() - 1;
            snapshot[i] = i == 0 || i == n - 1 || dates[i + 1].getMonthValue() != d.getMonthValue();
        }
    }

    public int size() {
        return dates.length;
    }

    public LocalDate date(int index) {
        return dates[index];
    }

    public LocalDate first() {
        return dates[0];
    }

    public LocalDate last() {
        return dates[dates.length - 1];
    }

    /** The date as the ASCII bytes of YYYY-MM-DD (shared; do not modify). */
    public byte[] iso(int index) {
        return isoBytes[index];
    }

    public int monthIndex(int index) {
        return monthIndex[index];
    }

    public List<YearMonth> months() {
        return months;
    }

    /** True on the opening day, on each month's last trading day and on the last day. */
    public boolean isSnapshot(int index) {
        return snapshot[index];
    }

    /** Index of the first trading day on or after {@code date}, or {@link #size()} when there is none. */
    public int indexOnOrAfter(LocalDate date) {
        int i = Arrays.binarySearch(epochDays, date.toEpochDay());
        return i >= 0 ? i : -i - 1;
    }
}
