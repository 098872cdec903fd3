package com.brokercrm.cli;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.model.Evaluation;
import com.brokercrm.analytics.model.ProfileTable;
import com.brokercrm.analytics.model.RiskClass;
import com.brokercrm.profiling.ScoreService;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Score a generated brokerage in DuckDB (indicators, then the profile models) and hold the profiles",
            "against the generator's truth.csv: risk-class accuracy, per-class precision and recall, macro-F1 and",
            "the confusion matrix against the planted persona; and Spearman's rank correlation of client value",
            "with the contribution less cost to serve recomputed by a separate SQL pass over the fact tables.",
            "The imported store is kept under --work and reused."
        })
class BenchProfileCommand implements Callable<Integer> {

    /**
     * Client value recomputed straight from the fact tables, independently of the indicator SQL and the
     * model code, with the value model's default rates (docs/models.md): 250 trading days to the as-of date,
     * flows annualised by 250 / max(asset days, 60).
     */
    static final String INDEPENDENT_VALUE = """
            WITH days AS (
                SELECT trade_date FROM (SELECT DISTINCT trade_date FROM price_daily WHERE trade_date <= ?) d
                ORDER BY trade_date DESC LIMIT 250
            ), win AS (SELECT MIN(trade_date) AS start_day, MAX(trade_date) AS end_day FROM days),
            a AS (
                SELECT d.customer_id, COUNT(*) AS n, AVG(d.margin_debt) AS debt, AVG(d.cash) AS cash
                FROM daily_asset d, win WHERE d.as_of BETWEEN win.start_day AND win.end_day
                GROUP BY d.customer_id
            ), t AS (
                SELECT t.customer_id,
                       SUM(t.commission) - SUM(t.amount * CASE WHEN t.exchange = 'BJ' THEN 0.000145
                           WHEN t.exchange IN ('SH', 'SZ') THEN 0.0000541 ELSE 0 END) AS net_commission,
                       SUM(CASE WHEN t.channel = 'COUNTER' THEN 1 ELSE 0 END) AS counter_trades
                FROM trade t, win WHERE t.trade_date BETWEEN win.start_day AND win.end_day
                GROUP BY t.customer_id
            ), h AS (
                SELECT h.customer_id, SUM(h.market_value) AS products
                FROM holding h JOIN security s ON s.exchange = h.exchange AND s.security_code = h.security_code
                WHERE h.as_of = (SELECT MAX(as_of) FROM holding, win WHERE as_of <= win.end_day)
                  AND s.type IN ('FUND', 'BOND', 'WMP') AND h.quantity > 0
                GROUP BY h.customer_id
            ), k AS (
                SELECT k.customer_id, SUM(CASE k.channel WHEN 'VISIT' THEN 200 WHEN 'CALL_OUT' THEN 15
                           WHEN 'CALL_IN' THEN 8 WHEN 'WECHAT' THEN 1 WHEN 'WEB' THEN 2 WHEN 'EMAIL' THEN 0.5
                           WHEN 'SMS' THEN 0.1 ELSE 0 END) AS contact_cost
                FROM contact k, win
                WHERE CAST(k.occurred_at + INTERVAL '8 hours' AS DATE) BETWEEN win.start_day AND win.end_day
                GROUP BY k.customer_id
            )
            SELECT c.customer_id,
                   (CASE WHEN COALESCE(a.n, 0) = 0 THEN 1 ELSE 250.0 / GREATEST(a.n, 60) END)
                       * (COALESCE(t.net_commission, 0) - COALESCE(k.contact_cost, 0) - 10 * COALESCE(t.counter_trades, 0))
                   + 0.035 * COALESCE(a.debt, 0) + 0.015 * COALESCE(a.cash, 0) + 0.004 * COALESCE(h.products, 0)
                   - CASE WHEN c.status IN ('CLOSED', 'TRANSFERRED_OUT') THEN 0 ELSE 60 END AS value
            FROM customer c
            LEFT JOIN a ON a.customer_id = c.customer_id
            LEFT JOIN t ON t.customer_id = c.customer_id
            LEFT JOIN h ON h.customer_id = c.customer_id
            LEFT JOIN k ON k.customer_id = c.customer_id
            WHERE c.open_date <= ?
            """;

    @Option(
            names = "--customers",
            defaultValue = "50000",
            description = "Clients to generate (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--years", defaultValue = "1", description = "Years of history (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--input", description = "Import this generated folder (with truth.csv) instead of generating one.")
    Path input;

    @Option(names = "--work", defaultValue = "./data/bench", description = "Scratch folder (default ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws Exception {
        Optional<BenchStore> store = BenchStore.prepare(work, "profile", input, customers, years, seed, "truth.csv");
        if (store.isEmpty()) {
            return 1;
        }
        Path folder = store.get().folder();
        Path db = store.get().db();
        Path truthFile = folder.resolve("truth.csv");
        if (!Files.exists(truthFile)) {
            System.err.println("error: " + truthFile + " not found: the bench needs the generator's answer key");
            return 1;
        }
        try (HikariDataSource ds = BenchImportCommand.dataSourceFor(db)) {
            com.brokercrm.config.Migrations.migrate(ds);
            System.out.printf(Locale.ROOT, "load before: %s%n", BenchScoreCommand.load());
            ScoreService.ScoreResult run = new ScoreService(ds).score(Optional.empty(), IndicatorListener.NONE);
            LocalDate asOf = run.indicators().asOf();
            System.out.printf(
                    Locale.ROOT,
                    "score as of %s: %,d clients; indicators %.1fs, models and profile write %.1fs%n",
                    asOf,
                    run.profiles(),
                    run.indicators().elapsed().toNanos() / 1e9,
                    run.modelTime().toNanos() / 1e9);
            Map<String, Truth> truth = truth(truthFile);
            Map<String, Double> independent = new HashMap<>();
            List<Map<String, Object>> profiles;
            long t0 = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                profiles = new ProfileTable(c).rows(asOf);
                try (PreparedStatement st = c.prepareStatement(INDEPENDENT_VALUE)) {
                    st.setObject(1, asOf);
                    st.setObject(2, asOf);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            independent.put(rs.getString(1), rs.getDouble(2));
                        }
                    }
                }
            }
            double independentSeconds = (System.nanoTime() - t0) / 1e9;
            List<String> classes =
                    Arrays.stream(RiskClass.values()).map(Enum::name).toList();
            Evaluation.Confusion confusion = new Evaluation.Confusion(classes);
            Evaluation.Confusion byBehaviour = new Evaluation.Confusion(classes);
            // the ceiling: a reader who knew every client's behaviour persona exactly and answered it
            Evaluation.Confusion perfectReader = new Evaluation.Confusion(classes);
            // the floor: what the questionnaire alone says, as a CRM without behaviour would read it
            Evaluation.Confusion questionnaireOnly = new Evaluation.Confusion(classes);
            long flagged = 0;
            long planted = 0;
            long flaggedAndPlanted = 0;
            double[] model = new double[profiles.size()];
            double[] recomputed = new double[profiles.size()];
            int i = 0;
            for (Map<String, Object> p : profiles) {
                String id = (String) p.get("customer_id");
                Truth key = truth.get(id);
                if (key != null) {
                    confusion.add(key.persona(), (String) p.get("risk_class"));
                    byBehaviour.add(key.behavesAs(), (String) p.get("risk_class"));
                    perfectReader.add(key.persona(), key.behavesAs());
                    questionnaireOnly.add(
                            key.persona(),
                            Evaluation.questionnaireClass((String) p.get("questionnaire_level"))
                                    .name());
                    boolean review = Boolean.TRUE.equals(p.get("level_review"));
                    flagged += review ? 1 : 0;
                    planted += key.suitabilityMismatch() ? 1 : 0;
                    flaggedAndPlanted += review && key.suitabilityMismatch() ? 1 : 0;
                }
                model[i] = ((java.math.BigDecimal) p.get("client_value")).doubleValue();
                recomputed[i] = independent.getOrDefault(id, Double.NaN);
                i++;
            }
            System.out.println();
            System.out.println("Risk class against the planted persona (truth.csv):");
            System.out.print(confusion.report());
            System.out.printf(
                    Locale.ROOT,
                    "against the persona the behaviour was drawn from (behaves_as; differs for atypical clients):"
                            + " accuracy %.4f  macro-F1 %.4f%n",
                    byBehaviour.accuracy(),
                    byBehaviour.macroF1());
            System.out.printf(
                    Locale.ROOT,
                    "ceiling: answering each client's behaviour persona exactly scores accuracy %.4f  macro-F1 %.4f"
                            + " against the persona%n",
                    perfectReader.accuracy(),
                    perfectReader.macroF1());
            System.out.printf(
                    Locale.ROOT,
                    "floor: the questionnaire level alone (C1-C2 conservative, C3 or none risk-averse, C4-C5"
                            + " risk-seeking) scores accuracy %.4f  macro-F1 %.4f against the persona%n",
                    questionnaireOnly.accuracy(),
                    questionnaireOnly.macroF1());
            System.out.printf(
                    Locale.ROOT,
                    "level review against the planted mismatches (risk seekers assessed below C4): flagged %,d"
                            + " (%.1f%%), planted %,d (%.1f%%); precision %.3f, recall %.3f%n",
                    flagged,
                    100.0 * flagged / Math.max(1, profiles.size()),
                    planted,
                    100.0 * planted / Math.max(1, profiles.size()),
                    flaggedAndPlanted / (double) Math.max(1, flagged),
                    flaggedAndPlanted / (double) Math.max(1, planted));
            System.out.printf(
                    Locale.ROOT,
                    "Spearman (client value vs independent SQL recomputation, %,d clients, %.1fs): %.6f%n",
                    model.length,
                    independentSeconds,
                    Evaluation.spearman(model, recomputed));
        }
        System.out.printf(
                Locale.ROOT,
                "peak heap: %,.0f MB (max heap %,.0f MB); load after: %s%n",
                BenchImportCommand.peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6,
                BenchScoreCommand.load());
        return 0;
    }

    /** A client's answer key: the persona, the persona the behaviour was drawn from, a planted mismatch. */
    record Truth(String persona, String behavesAs, boolean suitabilityMismatch) {}

    static Map<String, Truth> truth(Path truth) throws Exception {
        Map<String, Truth> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("customer_id,persona,")) {
                throw new IllegalArgumentException(truth + " does not start with customer_id,persona");
            }
            List<String> columns = List.of(header.split(",", -1));
            int behaves = columns.indexOf("behaves_as");
            int mismatch = columns.indexOf("suitability_mismatch");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1); // the answer key holds no quoted fields
                out.put(
                        f[0],
                        new Truth(
                                f[1],
                                behaves < 0 ? f[1] : f[behaves],
                                mismatch >= 0 && Boolean.parseBoolean(f[mismatch])));
            }
        }
        return out;
    }
}
