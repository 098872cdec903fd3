package com.brokercrm.datagen.output;

/**
 * The output of one block of customers: a buffer per file, the places where running identifiers
 * are filled in once the block's position in the files is known, and per-region monthly trading
 * amounts. Blocks are generated in parallel and written in order, so the files are deterministic.
 */
public final class Block {

    private static final OutputFile[] FILES = OutputFile.values();

    private final CsvBuffer[] buffers = new CsvBuffer[FILES.length];
    private final IntList[] idSlots = new IntList[FILES.length];
    private final long[] rows = new long[FILES.length];
    private final long[] regionMonthAmounts;
    private final long[] regionCustomers;
    private final int months;

    public Block(int regions, int months) {
        for (OutputFile f : FILES) {
            buffers[f.ordinal()] = new CsvBuffer(1 << 16);
            if (f.idPrefix() != null) {
                idSlots[f.ordinal()] = new IntList();
            }
        }
        this.months = months;
        this.regionMonthAmounts = new long[regions * months];
        this.regionCustomers = new long[regions];
    }

    /** Empties the block for reuse. */
    public void clear() {
        for (OutputFile f : FILES) {
            buffers[f.ordinal()].clear();
            rows[f.ordinal()] = 0;
            if (idSlots[f.ordinal()] != null) {
                idSlots[f.ordinal()].clear();
            }
        }
        java.util.Arrays.fill(regionMonthAmounts, 0);
        java.util.Arrays.fill(regionCustomers, 0);
    }

    /** Starts a row of a file without a running identifier and returns the buffer to append to. */
    public CsvBuffer row(OutputFile file) {
        rows[file.ordinal()]++;
        return buffers[file.ordinal()];
    }

    /** Starts a row whose first column is the file's running identifier, filled in when written. */
    public CsvBuffer rowWithId(OutputFile file) {
        CsvBuffer buffer = row(file);
        buffer.ascii(file.idPrefix());
        idSlots[file.ordinal()].add(buffer.reserveDigits(OutputFile.ID_DIGITS));
        return buffer;
    }

    /** Adds traded value to the brokerage's own volume of a region and month. */
    public void addVolume(int region, int month, long cents) {
        regionMonthAmounts[region * months + month] += cents;
    }

    /** Counts a client of a region (for the market's account numbers). */
    public void countCustomer(int region) {
        regionCustomers[region]++;
    }

    long regionCustomers(int region) {
        return regionCustomers[region];
    }

    long regionMonthAmount(int region, int month) {
        return regionMonthAmounts[region * months + month];
    }

    CsvBuffer buffer(OutputFile file) {
        return buffers[file.ordinal()];
    }

    long rows(OutputFile file) {
        return rows[file.ordinal()];
    }

    /** Numbers the block's identifiers from {@code firstId} on; returns the next free number. */
    long numberIds(OutputFile file, long firstId) {
        IntList slots = idSlots[file.ordinal()];
        CsvBuffer buffer = buffers[file.ordinal()];
        for (int i = 0; i < slots.size(); i++) {
            buffer.patchDigits(slots.get(i), firstId + i, OutputFile.ID_DIGITS);
        }
        return firstId + slots.size();
    }
}
