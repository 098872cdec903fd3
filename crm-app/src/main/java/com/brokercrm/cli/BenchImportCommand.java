package com.brokercrm.cli;

import com.brokercrm.ingest.FileImportReport;
import com.brokercrm.ingest.FolderImportReport;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.ingest.spec.FileSpec;
import com.brokercrm.ingest.spec.ImportFormat;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Time the validated import of trades.csv into a fresh DuckDB store against DuckDB's own bare",
            "read_csv of the same file into a table without constraints, and print the ratio (budget 2.0).",
            "With --postgres-url, also import into that PostgreSQL database (its tables are dropped first)",
            "and print trade rows per second (budget 200,000)."
        })
class BenchImportCommand implements Callable<Integer> {

    @Option(
            names = "--customers",
            defaultValue = "120000",
            description = "Clients to generate (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--years", defaultValue = "2", description = "Years of history (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--input", description = "Use this folder instead of generating (it must hold trades.csv).")
    Path input;

    @Option(names = "--work", defaultValue = "./data/bench", description = "Scratch folder (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--postgres-url", description = "JDBC URL of a PostgreSQL database to benchmark too.")
    String postgresUrl;

    @Option(names = "--postgres-user", defaultValue = "brokercrm")
    String postgresUser;

    @Option(names = "--postgres-password", defaultValue = "brokercrm")
    String postgresPassword;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        Path folder = input != null ? input : work.resolve("input-" + customers + "x" + years + "-s" + seed);
        if (!Files.exists(folder.resolve("trades.csv"))) {
            System.out.printf("Generating %,d clients x %d years into %s%n", customers, years, folder);
            GenerateCommand.generate(customers, years, seed, null, folder);
        }
        folder = tradesOnly(folder);
        Path trades = folder.resolve("trades.csv");
        long tradeRows = countLines(trades) - 1;
        System.out.printf(Locale.ROOT, "trades.csv: %,d rows, %,.0f MB%n", tradeRows, Files.size(trades) / 1e6);

        double bare = bareReadCsv(trades);
        double keyed = readCsvIntoKeyedTable(trades);
        System.out.printf(
                Locale.ROOT,
                "DuckDB read_csv into a table with trade's columns and primary key (no validation): %.2fs%n",
                keyed);
        System.out.printf(Locale.ROOT, "DuckDB bare read_csv into a plain table: %.2fs%n", bare);

        FileImportReport duck = importInto(duckDbSource(), folder, "DuckDB");
        double duckSeconds = duck.elapsed().toNanos() / 1e9;
        System.out.printf(
                Locale.ROOT,
                "DuckDB validated import of trades.csv: %.2fs (%,.0f rows/s), read by %s%n",
                duckSeconds,
                duck.rowsPerSecond(),
                duck.route().label());
        System.out.println("phases: " + duck.phaseSummary());
        System.out.printf(
                Locale.ROOT, "ratio validated import / bare read_csv: %.2f (budget 2.0)%n", duckSeconds / bare);
        System.out.printf(
                Locale.ROOT, "ratio validated import / read_csv into the keyed table: %.2f%n", duckSeconds / keyed);

        if (postgresUrl != null) {
            FileImportReport pg = importInto(postgresSource(), folder, "PostgreSQL");
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL validated import of trades.csv: %.2fs, %,.0f rows/s (budget 200,000)%n",
                    pg.elapsed().toNanos() / 1e9,
                    pg.rowsPerSecond());
        }
        System.out.printf(
                Locale.ROOT,
                "peak heap: %,.0f MB (max heap %,.0f MB)%n",
                peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    /** A folder with just what trades.csv needs (linked, not copied): the benchmark times trades. */
    private Path tradesOnly(Path folder) throws Exception {
        Path only = work.resolve("trades-only");
        Files.createDirectories(only);
        for (String file :
                new String[] {"branches.csv", "staff.csv", "securities.csv", "customers.csv", "trades.csv"}) {
            Path link = only.resolve(file);
            Files.deleteIfExists(link);
            if (Files.exists(folder.resolve(file))) {
                Files.createSymbolicLink(link, folder.resolve(file).toAbsolutePath());
            }
        }
        return only;
    }

    /**
     * A second baseline: DuckDB's own reader loading the same file into a table with the columns, types and
     * primary key of BrokerCRM's trade table (as in db/migration/common/V1; on DuckDB the table itself has no
     * key since V5), so the ratio also shows what validation costs next to a keyed load.
     */
    private double readCsvIntoKeyedTable(Path trades) throws Exception {
        Path db = work.resolve("keyed.duckdb");
        deleteDb(db);
        FileSpec spec = ImportFormat.forTable("trade").orElseThrow();
        String columns = spec.columns().stream()
                .map(c -> c.name() + " " + c.type().sqlType() + " NOT NULL")
                .collect(Collectors.joining(", "));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.execute(
                    "CREATE TABLE keyed_trade (" + columns + ", PRIMARY KEY (" + String.join(", ", spec.key()) + "))");
            long t0 = System.nanoTime();
            st.execute("INSERT INTO keyed_trade BY NAME SELECT * FROM read_csv('" + trades.toAbsolutePath()
                    + "', header = true, types = {'security_code': 'VARCHAR', 'trade_id': 'VARCHAR',"
                    + " 'customer_id': 'VARCHAR'})");
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            deleteDb(db);
        }
    }

    private double bareReadCsv(Path trades) throws Exception {
        Path db = work.resolve("bare.duckdb");
        deleteDb(db);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            st.execute("CREATE TABLE bare_trade AS SELECT * FROM read_csv('" + trades.toAbsolutePath()
                    + "', header = true)");
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM bare_trade")) {
                rs.next();
                System.out.printf(Locale.ROOT, "bare table holds %,d rows%n", rs.getLong(1));
            }
            return seconds;
        } finally {
            deleteDb(db);
        }
    }

    private HikariDataSource duckDbSource() throws Exception {
        Path db = work.resolve("import.duckdb");
        deleteDb(db);
        return dataSourceFor(db);
    }

    static HikariDataSource dataSourceFor(Path db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:duckdb:" + db.toAbsolutePath());
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private HikariDataSource postgresSource() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgresUrl);
        config.setUsername(postgresUser);
        config.setPassword(postgresPassword);
        config.setMaximumPoolSize(2);
        HikariDataSource ds = new HikariDataSource(config);
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return ds;
    }

    private FileImportReport importInto(HikariDataSource ds, Path folder, String engine) throws Exception {
        try (ds) {
            com.brokercrm.config.Migrations.migrate(ds);
            System.out.println("Importing into " + engine + " ...");
            FolderImportReport report =
                    new ImportService(ds).importFolder(folder, StandardCharsets.UTF_8, quietProgress());
            Reports.print(report);
            return report.files().stream()
                    .filter(f -> f.fileName().equals("trades.csv"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("trades.csv was not imported"));
        }
    }

    private static ImportListener quietProgress() {
        ConsoleProgress console = new ConsoleProgress(System.out);
        return new ImportListener() {
            @Override
            public void fileFinished(FileImportReport report) {
                console.fileFinished(report);
                System.out.println("                   phases: " + report.phaseSummary());
                System.out.println(
                        "                   read by: " + report.route().label()
                                + (report.nativeDeclined() == null
                                        ? ""
                                        : " (DuckDB's reader declined: " + report.nativeDeclined() + ")"));
            }
        };
    }

    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(u -> u.getUsed())
                .sum();
    }

    private static long countLines(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    private static void deleteDb(Path db) throws Exception {
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
    }
}
