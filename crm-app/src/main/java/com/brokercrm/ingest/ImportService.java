package com.brokercrm.ingest;

import com.brokercrm.analytics.engine.Engine;
import com.brokercrm.ingest.duckdb.FactLayout;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.ImportFormat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Imports a folder of core-system files in dependency order (import format v1). */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final Set<String> NEVER_IMPORTED = Set.of("truth.csv");

    /** Files from this size on go to DuckDB's own reader first (when on DuckDB, in UTF-8, and clean). */
    public static final long DEFAULT_NATIVE_MIN_BYTES = 8L << 20;

    /** Calendar days of appended fact rows after which DuckDB's tables are put back in client order. */
    public static final int DEFAULT_REORDER_AFTER_DAYS = 28;

    private final DataSource dataSource;
    private final long nativeMinBytes;
    private final int reorderAfterDays;

    public ImportService(DataSource dataSource) {
        this(dataSource, DEFAULT_NATIVE_MIN_BYTES);
    }

    public ImportService(DataSource dataSource, long nativeMinBytes) {
        this(dataSource, nativeMinBytes, DEFAULT_REORDER_AFTER_DAYS);
    }

    /**
     * @param nativeMinBytes files of at least this many bytes, on DuckDB and in UTF-8, are first offered to
     *     DuckDB's own CSV reader, which loads them when they are clean and otherwise leaves them to the
     *     Java reader (setting {@code brokercrm.import.native-min-bytes}); negative: never
     * @param reorderAfterDays on DuckDB, once the fact rows imported after the last rewrite span this many
     *     calendar days, a folder import rewrites them in client order ({@link FactLayout}; setting
     *     {@code brokercrm.import.reorder-after-days}); 0: never
     */
    @Autowired
    public ImportService(
            DataSource dataSource,
            @Value("${brokercrm.import.native-min-bytes:" + DEFAULT_NATIVE_MIN_BYTES + "}") long nativeMinBytes,
            @Value("${brokercrm.import.reorder-after-days:" + DEFAULT_REORDER_AFTER_DAYS + "}") int reorderAfterDays) {
        this.dataSource = dataSource;
        this.nativeMinBytes = nativeMinBytes;
        this.reorderAfterDays = reorderAfterDays;
    }

    /**
     * Loads every contract file found in {@code folder}. Bad rows go to {@code <file>.rejects.csv}; a
     * file that cannot be read at all is reported as a failure and the other files still load.
     *
     * @throws FileUnreadable when the folder does not exist or holds no contract file
     */
    public FolderImportReport importFolder(Path folder, Charset charset, ImportListener listener)
            throws FileUnreadable {
        if (!Files.isDirectory(folder)) {
            throw new FileUnreadable("no such folder: " + folder.toAbsolutePath());
        }
        List<String> warnings = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") && !n.endsWith(".rejects.csv") && !NEVER_IMPORTED.contains(n))
                    .filter(n -> ImportFormat.forFile(n).isEmpty())
                    .sorted()
                    .forEach(n -> warnings.add(n + " is not a file of the import format: skipped"));
        } catch (IOException e) {
            throw new FileUnreadable("cannot list " + folder + ": " + e.getMessage(), e);
        }
        List<FileSpec> present = ImportFormat.FILES.stream()
                .filter(spec -> Files.isRegularFile(folder.resolve(spec.fileName())))
                .toList();
        if (present.isEmpty()) {
            throw new FileUnreadable("no import files in " + folder.toAbsolutePath() + " (expected any of "
                    + String.join(
                            ", ",
                            ImportFormat.FILES.stream().map(FileSpec::fileName).toList()) + ")");
        }
        FileImporter importer = new FileImporter(dataSource, charset, listener, nativeMinBytes);
        List<FileImportReport> reports = new ArrayList<>();
        List<FolderImportReport.FileFailure> failures = new ArrayList<>();
        for (FileSpec spec : present) {
            Path path = folder.resolve(spec.fileName());
            try {
                reports.add(importer.importFile(spec, path, RejectsFile.pathFor(path)));
            } catch (FileUnreadable | IOException e) {
                log.warn("{} not imported: {}", spec.fileName(), e.getMessage());
                failures.add(new FolderImportReport.FileFailure(spec.fileName(), e.getMessage()));
            } catch (SQLException e) {
                log.error("{} not imported", spec.fileName(), e);
                failures.add(new FolderImportReport.FileFailure(spec.fileName(), "database error: " + e.getMessage()));
            }
        }
        return new FolderImportReport(reports, failures, warnings, keepClientOrder(reports, warnings));
    }

    /**
     * On DuckDB, after fact files were loaded: records a first load's last date, or rewrites the rows
     * appended since in client order once they span {@code reorderAfterDays}. A failure here loses nothing
     * (the rewrite is one transaction per table) and only slows per-client reads, so it is a warning.
     */
    private List<TailReordered> keepClientOrder(List<FileImportReport> reports, List<String> warnings) {
        if (reports.stream().noneMatch(r -> FactLayout.keeps(r.table()))) {
            return List.of(); // no fact file loaded: nothing appended to rewrite
        }
        try (Connection connection = dataSource.getConnection()) {
            if (Engine.of(connection) != Engine.DUCKDB) {
                return List.of();
            }
            return FactLayout.maintain(connection, reorderAfterDays);
        } catch (SQLException e) {
            log.warn("fact tables not put back in client order", e);
            warnings.add("fact tables not put back in client order (per-client reads stay slower until the next"
                    + " import): " + e.getMessage());
            return List.of();
        }
    }

    /** Imports a single contract file, named as in the contract. */
    public FileImportReport importFile(Path file, Charset charset, ImportListener listener)
            throws FileUnreadable, IOException, SQLException {
        String name = file.getFileName().toString();
        FileSpec spec = ImportFormat.forFile(name)
                .orElseThrow(() -> new FileUnreadable(name + " is not a file of the import format"));
        return new FileImporter(dataSource, charset, listener, nativeMinBytes)
                .importFile(spec, file, RejectsFile.pathFor(file));
    }
}
