package com.brokercrm.ingest;

import com.brokercrm.ingest.csv.CsvRecord;
import com.brokercrm.ingest.csv.CsvRecordReader;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.InvalidValue;
import com.brokercrm.ingest.store.MergeCounts;
import com.brokercrm.ingest.store.StagedRejection;
import com.brokercrm.ingest.store.StagingArea;
import com.brokercrm.ingest.store.StagingWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Imports one file in one transaction: a reader thread parses and validates rows while this thread
 * bulk-writes the good ones into a staging table; references and duplicate keys are then checked in
 * SQL and the rows merged into the real table. Until the commit nothing of the file is visible, so a
 * killed import leaves the previous contents and a re-run completes the load.
 */
final class FileImporter {

    private static final int BATCH = 2048;
    private static final List<Object[]> END = List.of();

    private final DataSource dataSource;
    private final Charset charset;
    private final ImportListener listener;

    FileImporter(DataSource dataSource, Charset charset, ImportListener listener) {
        this.dataSource = dataSource;
        this.charset = charset;
        this.listener = listener;
    }

    FileImportReport importFile(FileSpec spec, Path path, Path rejectsTarget)
            throws FileUnreadable, SQLException, IOException {
        long started = System.nanoTime();
        LocalDateTime startedAt = LocalDateTime.now(ZoneOffset.UTC);
        listener.fileStarted(spec.fileName(), path, Files.size(path));
        List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
        long[] rowsRead = new long[1];
        RowValidator validator;
        MergeCounts counts;
        List<StagedRejection> stagedRejections = new ArrayList<>();
        Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        try (CsvRecordReader reader = open(path);
                Connection connection = dataSource.getConnection()) {
            validator = bindHeader(spec, reader);
            connection.setAutoCommit(false);
            try (StagingArea staging = new StagingArea(connection, spec)) {
                long t0 = System.nanoTime();
                try (StagingWriter writer = staging.writer()) {
                    pump(spec, reader, validator, writer, rejections, rowsRead);
                    writer.finish();
                }
                long t1 = System.nanoTime();
                phases.put("read+validate+stage", Duration.ofNanos(t1 - t0));
                var trusted = staging.loadTrustingTableKeys();
                if (trusted.isPresent()) {
                    counts = trusted.get();
                    phases.put("insert checked by table keys", Duration.ofNanos(System.nanoTime() - t1));
                } else {
                    long t2 = System.nanoTime();
                    stagedRejections.addAll(staging.rejectUnknownReferences());
                    long t3 = System.nanoTime();
                    stagedRejections.addAll(staging.rejectDuplicateKeys());
                    long t4 = System.nanoTime();
                    counts = staging.mergeIntoTable();
                    phases.put("references", Duration.ofNanos(t3 - t2));
                    phases.put("duplicate keys", Duration.ofNanos(t4 - t3));
                    phases.put("merge", Duration.ofNanos(System.nanoTime() - t4));
                }
                recordRun(
                        connection,
                        spec,
                        path,
                        startedAt,
                        rowsRead[0],
                        counts,
                        rejections.size() + stagedRejections.size());
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            long beforeCommit = System.nanoTime();
            connection.commit();
            phases.put("commit", Duration.ofNanos(System.nanoTime() - beforeCommit));
        }
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(withRecords(path, stagedRejections));
        Path rejectsFile = RejectsFile.write(rejectsTarget, all);
        FileImportReport report = new FileImportReport(
                spec.fileName(),
                spec.table(),
                rowsRead[0],
                counts.inserted(),
                counts.replaced(),
                counts.unchanged(),
                all.size(),
                Duration.ofNanos(System.nanoTime() - started),
                rejectsFile,
                validator.warnings(),
                phases);
        listener.fileFinished(report);
        return report;
    }

    private CsvRecordReader open(Path path) throws FileUnreadable {
        try {
            var decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new CsvRecordReader(
                    new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 20));
        } catch (IOException e) {
            throw new FileUnreadable("cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    private RowValidator bindHeader(FileSpec spec, CsvRecordReader reader) throws FileUnreadable, IOException {
        CsvRecord header = reader.next();
        if (header == null) {
            throw new FileUnreadable("the file is empty: a header row naming the columns is required");
        }
        if (header.broken()) {
            throw new FileUnreadable("the header row cannot be read: " + header.problem());
        }
        RowValidator validator = RowValidator.forHeader(spec, header.fields(), charset.name());
        reader.expectFields(validator.headerFields());
        return validator;
    }

    /** Reads and validates on a second thread while this one writes batches into staging. */
    private void pump(
            FileSpec spec,
            CsvRecordReader reader,
            RowValidator validator,
            StagingWriter writer,
            List<Rejection> rejections,
            long[] rowsRead)
            throws IOException, SQLException {
        BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(16);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int lineSlot = spec.columns().size();
        Thread producer = Thread.ofPlatform().name("import-" + spec.fileName()).start(() -> {
            try {
                List<Object[]> batch = new ArrayList<>(BATCH);
                long count = 0;
                for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                    count++;
                    if (record.broken()) {
                        rejections.add(new Rejection(record.line(), "broken CSV: " + record.problem(), record.raw()));
                    } else {
                        try {
                            Object[] row = validator.validate(record.fields());
                            row[lineSlot] = record.line();
                            batch.add(row);
                        } catch (InvalidValue e) {
                            rejections.add(new Rejection(record.line(), e.getMessage(), record.raw()));
                        }
                    }
                    if (batch.size() == BATCH) {
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                        listener.progress(spec.fileName(), count, reader.charsRead());
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
                rowsRead[0] = count;
                listener.progress(spec.fileName(), count, reader.charsRead());
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                putQuietly(queue, END);
            }
        });
        try {
            for (List<Object[]> batch = queue.take(); batch != END; batch = queue.take()) {
                for (Object[] row : batch) {
                    writer.write(row);
                }
            }
            producer.join();
        } catch (InterruptedException e) {
            producer.interrupt();
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (SQLException | RuntimeException e) {
            producer.interrupt();
            throw e;
        }
        Throwable error = failure.get();
        if (error instanceof IOException io) {
            throw io;
        }
        if (error != null) {
            throw new IOException("reading " + spec.fileName() + " failed: " + error.getMessage(), error);
        }
    }

    private static void putQuietly(BlockingQueue<List<Object[]>> queue, List<Object[]> item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            queue.clear();
            queue.offer(item);
        }
    }

    /** Looks up the original text of rows rejected after staging, with a second pass over the file. */
    private List<Rejection> withRecords(Path path, List<StagedRejection> staged) throws IOException {
        if (staged.isEmpty()) {
            return List.of();
        }
        Map<Long, StagedRejection> byLine = new HashMap<>();
        staged.forEach(s -> byLine.put(s.line(), s));
        List<Rejection> result = new ArrayList<>(staged.size());
        try (CsvRecordReader reader = open(path)) {
            reader.next();
            for (CsvRecord record = reader.next();
                    record != null && result.size() < staged.size();
                    record = reader.next()) {
                StagedRejection s = byLine.get(record.line());
                if (s != null && !record.broken()) {
                    result.add(new Rejection(s.line(), s.reason(), record.raw()));
                }
            }
        } catch (FileUnreadable e) {
            throw new IOException(e.getMessage(), e);
        }
        return result;
    }

    private void recordRun(
            Connection connection,
            FileSpec spec,
            Path path,
            LocalDateTime startedAt,
            long rowsRead,
            MergeCounts counts,
            long rejected)
            throws SQLException {
        String sql = """
                INSERT INTO import_run (file_name, table_name, source_path, charset, started_at, finished_at,
                                        rows_read, rows_loaded, rows_replaced, rows_unchanged, rows_rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, spec.fileName());
            ps.setString(2, spec.table());
            ps.setString(3, path.toAbsolutePath().toString());
            ps.setString(4, charset.name());
            ps.setTimestamp(5, Timestamp.valueOf(startedAt));
            ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            ps.setLong(7, rowsRead);
            ps.setLong(8, counts.inserted());
            ps.setLong(9, counts.replaced());
            ps.setLong(10, counts.unchanged());
            ps.setLong(11, rejected);
            ps.executeUpdate();
        }
    }
}
