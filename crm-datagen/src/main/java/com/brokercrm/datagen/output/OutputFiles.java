package com.brokercrm.datagen.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open output files of one run. Small files are filled through {@link #buffer} and flushed
 * now and then; customer files receive whole {@link Block}s in customer order.
 */
public final class OutputFiles implements Closeable {

    private static final int FLUSH_AT = 4 << 20;
    private static final OutputFile[] FILES = OutputFile.values();

    private final OutputStream[] streams = new OutputStream[FILES.length];
    private final CsvBuffer[] buffers = new CsvBuffer[FILES.length];
    private final long[] rows = new long[FILES.length];
    private final long[] nextId = new long[FILES.length];
    private final long[][] regionMonthAmounts;
    private final long[] regionCustomers;

    public OutputFiles(Path dir, int regions, int months) throws IOException {
        Files.createDirectories(dir);
        regionMonthAmounts = new long[regions][months];
        regionCustomers = new long[regions];
        try {
            for (OutputFile f : FILES) {
                streams[f.ordinal()] = Files.newOutputStream(dir.resolve(f.fileName()));
                streams[f.ordinal()].write((f.header() + "\n").getBytes(StandardCharsets.UTF_8));
                buffers[f.ordinal()] = new CsvBuffer(1 << 16);
                nextId[f.ordinal()] = 1;
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Starts a row of a small file written directly (not through blocks). */
    public CsvBuffer row(OutputFile file) throws IOException {
        CsvBuffer buffer = buffers[file.ordinal()];
        if (buffer.size() > FLUSH_AT) {
            flush(file);
        }
        rows[file.ordinal()]++;
        return buffer;
    }

    private void flush(OutputFile file) throws IOException {
        buffers[file.ordinal()].writeTo(streams[file.ordinal()]);
        buffers[file.ordinal()].clear();
    }

    /** Appends a block's rows to every file, numbering its identifiers after the previous blocks'. */
    public void write(Block block) throws IOException {
        for (OutputFile f : FILES) {
            int i = f.ordinal();
            if (f.idPrefix() != null) {
                nextId[i] = block.numberIds(f, nextId[i]);
            }
            block.buffer(f).writeTo(streams[i]);
            rows[i] += block.rows(f);
        }
        for (int r = 0; r < regionMonthAmounts.length; r++) {
            regionCustomers[r] += block.regionCustomers(r);
            for (int m = 0; m < regionMonthAmounts[r].length; m++) {
                regionMonthAmounts[r][m] += block.regionMonthAmount(r, m);
            }
        }
    }

    /** The brokerage's own traded value in a region and month, over all blocks written so far. */
    public long ownVolume(int region, int month) {
        return regionMonthAmounts[region][month];
    }

    /** The brokerage's own clients in a region, over all blocks written so far. */
    public long ownCustomers(int region) {
        return regionCustomers[region];
    }

    /** Rows written per file name, in the order of {@link OutputFile}. */
    public Map<String, Long> rowsPerFile() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (OutputFile f : FILES) {
            result.put(f.fileName(), rows[f.ordinal()]);
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (OutputFile f : FILES) {
            OutputStream stream = streams[f.ordinal()];
            if (stream == null) {
                continue;
            }
            try {
                if (buffers[f.ordinal()] != null) {
                    flush(f);
                }
                stream.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
            streams[f.ordinal()] = null;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
