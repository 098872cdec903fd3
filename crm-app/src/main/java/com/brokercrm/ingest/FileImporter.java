package com.brokercrm.ingest;

import com.brokercrm.analytics.engine.Engine;
import com.brokercrm.ingest.csv.CsvRecord;
import com.brokercrm.ingest.csv.CsvRecordReader;
import com.brokercrm.ingest.duckdb.NativeCsvLoad;
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
import java.nio.charset.StandardCharsets;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one file in one transaction: a reader thread parses and validates rows while this thread
 * bulk-writes the good ones into a staging table; references and duplicate keys are then checked in
 * SQL and the rows merged into the real table. Until the commit nothing of the file is visible, so a
 * killed import leaves the previous contents and a re-run completes the load.
 *
 * <p>On DuckDB a large UTF-8 file is first offered to DuckDB's own reader ({@link NativeCsvLoad}), in a
 * transaction of its own: a clean file loads that way, a file with any problem is rolled back and read
 * as above, which names every bad line. Both ways store the same values.
 */
final class FileImporter {

    private static final int BATCH = 2048;
    private static final List<Object[]> END = List.of();

    private static final Logger log = LoggerFactory.getLogger(FileImporter.class);

    private final DataSource dataSource;
    private final Charset charset;
    private final ImportListener listener;
    private final long nativeMinBytes;
    private Engine engine;

    /**
     * @param nativeMinBytes files of at least this size on DuckDB, in UTF-8, first try DuckDB's own reader
     *     (see {@link NativeCsvLoad}); negative: never
     */
    FileImporter(DataSource dataSource, Charset charset, ImportListener listener, long nativeMinBytes) {
        this.dataSource = dataSource;
        this.charset = charset;
        this.listener = listener;
        this.nativeMinBytes = nativeMinBytes;
    }

    FileImportReport importFile(FileSpec spec, Path path, Path rejectsTarget)
            throws FileUnreadable, SQLException, IOException {
        long started = System.nanoTime();
        LocalDateTime startedAt = LocalDateTime.now(ZoneOffset.UTC);
        long size = Files.size(path);
        listener.fileStarted(spec.fileName(), path, size);
        Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        String declined = null;
        if (nativeApplies(spec, path, size)) {
            NativeAttempt attempt = importNatively(spec, path, rejectsTarget, started, startedAt, size);
            if (attempt.report() != null) {
                return attempt.report();
            }
            declined = attempt.declined();
            phases.put("native attempt", Duration.ofNanos(System.nanoTime() - started));
            log.info("{}: DuckDB's reader declined the file ({}); reading it the Java way", spec.fileName(), declined);
        }
        List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
        long[] rowsRead = new long[1];
        RowValidator validator;
        MergeCounts counts;
        List<StagedRejection> stagedRejections = new ArrayList<>();
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
                phases,
                FileImportReport.Route.JAVA,
                declined);
        listener.fileFinished(report);
        return report;
    }

    private boolean nativeApplies(FileSpec spec, Path path, long size) throws SQLException {
        return nativeMinBytes >= 0
                && size >= nativeMinBytes
                && charset.equals(StandardCharsets.UTF_8)
                && NativeCsvLoad.supports(spec)
                && NativeCsvLoad.readablePath(path)
                && engine() == Engine.DUCKDB;
    }

    private Engine engine() throws SQLException {
        if (engine == null) {
            try (Connection connection = dataSource.getConnection()) {
                engine = Engine.of(connection);
            }
        }
        return engine;
    }

    /** The report of a native import, or why DuckDB's reader declined the file. */
    private record NativeAttempt(FileImportReport report, String declined) {}

    /**
     * Tries DuckDB's own reader (see {@link NativeCsvLoad}) in a transaction of its own; when it declines,
     * everything it did is rolled back.
     */
    private NativeAttempt importNatively(
            FileSpec spec, Path path, Path rejectsTarget, long started, LocalDateTime startedAt, long size)
            throws FileUnreadable, IOException, SQLException {
        RowValidator validator;
        try (CsvRecordReader reader = open(path)) {
            validator = bindHeader(spec, reader);
        }
        Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        NativeCsvLoad.Loaded loaded;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                NativeCsvLoad.Outcome outcome = NativeCsvLoad.load(
                        connection,
                        spec,
                        path,
                        validator.fieldOfColumn(),
                        validator.headerFields(),
                        new NativeCsvLoad.Progress() {
                            @Override
                            public void checked(long bytes) {
                                listener.progress(spec.fileName(), 0, bytes / 2);
                            }

                            @Override
                            public void loading(long rows) {
                                listener.progress(spec.fileName(), rows, size / 2);
                            }
                        },
                        phases);
                if (outcome instanceof NativeCsvLoad.Declined d) {
                    connection.rollback();
                    return new NativeAttempt(null, d.reason());
                }
                loaded = (NativeCsvLoad.Loaded) outcome;
                recordRun(connection, spec, path, startedAt, loaded.rowsRead(), loaded.counts(), 0);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (e instanceof RuntimeException) {
                    log.warn("{}: DuckDB's reader failed; reading the file the Java way", spec.fileName(), e);
                }
                return new NativeAttempt(null, "DuckDB: " + firstLine(e.getMessage()));
            } catch (IOException e) {
                connection.rollback();
                throw e;
            }
            long beforeCommit = System.nanoTime();
            connection.commit();
            phases.put("commit", Duration.ofNanos(System.nanoTime() - beforeCommit));
        }
        listener.progress(spec.fileName(), loaded.rowsRead(), size);
        FileImportReport report = new FileImportReport(
                spec.fileName(),
                spec.table(),
                loaded.rowsRead(),
                loaded.counts().inserted(),
                loaded.counts().replaced(),
                loaded.counts().unchanged(),
                0,
                Duration.ofNanos(System.nanoTime() - started),
                RejectsFile.write(rejectsTarget, new ArrayList<>()),
                validator.warnings(),
                phases,
                FileImportReport.Route.NATIVE,
                null);
        listener.fileFinished(report);
        return new NativeAttempt(report, null);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
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
