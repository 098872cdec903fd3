package com.brokercrm.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.analytics.model.Evaluation;
import com.brokercrm.analytics.model.ProfileTable;
import com.brokercrm.analytics.model.RiskClass;
import com.brokercrm.datagen.BrokerageGenerator;
import com.brokercrm.datagen.GenerationProgress;
import com.brokercrm.datagen.GeneratorOptions;
import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.store.TestStore;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated brokerage (3,000 clients, one year, seed 5: not a seed the risk weights were fitted on)
 * scored on DuckDB and PostgreSQL: the same profiles on both; the risk class held against the planted
 * persona of truth.csv; client value ranked like a contribution less cost to serve recomputed here, in
 * plain Java, from the generated trades, asset rows, positions and contacts.
 *
 * <p>The model reaches 0.874 accuracy and 0.873 macro-F1 here; the floors are the 85% accuracy and
 * 0.85 for macro-F1 and each class. About 8% of clients behave as another persona, whose own class only
 * the questionnaire level and age still carry (docs/models.md, "How well it does"); the questionnaire read on
 * its own stays far below. The level review is held against the planted suitability mismatches.
 */
class GeneratedBrokerageProfileTest {

    static final List<String> CLASSES =
            Arrays.stream(RiskClass.values()).map(Enum::name).toList();

    @TempDir
    Path temp;

    @Test
    void profilesMatchAcrossEnginesFindThePersonaAndRankValue() throws Exception {
        Path input = temp.resolve("generated");
        new BrokerageGenerator().generate(GeneratorOptions.of(3000, 1, 5, input), GenerationProgress.NONE);
        List<Map<String, Object>> duck;
        List<Map<String, Object>> pg;
        LocalDate asOf;
        try (HikariDataSource d = TestStore.duckDb(temp.resolve("duck"));
                HikariDataSource p = TestStore.postgres("generated_profiles")) {
            asOf = scoreAndRead(d, input, null);
            duck = read(d, asOf);
            scoreAndRead(p, input, asOf);
            pg = read(p, asOf);
        }
        assertThat(duck).hasSizeGreaterThan(2900);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < duck.size(); i++) {
            Map<String, Object> a = new HashMap<>(duck.get(i));
            Map<String, Object> b = new HashMap<>(pg.get(i));
            a.remove("run_id");
            b.remove("run_id");
            if (!a.equals(b)) {
                differences.add(a.get("customer_id") + ": " + diff(a, b));
            }
        }
        assertThat(differences).as("DuckDB vs PostgreSQL").isEmpty();

        Map<String, String> persona = new HashMap<>();
        Set<String> planted = new HashSet<>();
        csv(input.resolve("truth.csv"), r -> {
            persona.put(r.get("customer_id"), r.get("persona"));
            if (r.get("suitability_mismatch").equals("true")) {
                planted.add(r.get("customer_id"));
            }
        });
        Evaluation.Confusion confusion = new Evaluation.Confusion(CLASSES);
        Evaluation.Confusion questionnaire = new Evaluation.Confusion(CLASSES);
        for (Map<String, Object> row : duck) {
            String actual = persona.get((String) row.get("customer_id"));
            confusion.add(actual, (String) row.get("risk_class"));
            questionnaire.add(
                    actual,
                    Evaluation.questionnaireClass((String) row.get("questionnaire_level"))
                            .name());
        }
        System.out.print(confusion.report());
        System.out.printf(
                "the questionnaire alone: accuracy %.4f, macro-F1 %.4f%n",
                questionnaire.accuracy(), questionnaire.macroF1());
        assertThat(confusion.accuracy()).as("the issue's 85%").isGreaterThanOrEqualTo(0.85);
        assertThat(confusion.macroF1()).isGreaterThanOrEqualTo(0.85);
        for (String c : CLASSES) {
            assertThat(confusion.f1(c)).as(c).isGreaterThanOrEqualTo(0.85);
        }
        assertThat(questionnaire.accuracy())
                .as("the task is not trivial: the questionnaire on its own is far from the persona")
                .isLessThan(0.65);

        // the level review against the planted mismatches (risk seekers assessed below C4)
        long flagged = 0;
        long found = 0;
        for (Map<String, Object> row : duck) {
            if (Boolean.TRUE.equals(row.get("level_review"))) {
                flagged++;
                found += planted.contains((String) row.get("customer_id")) ? 1 : 0;
            }
        }
        double precision = (double) found / flagged;
        double recall = (double) found / planted.size();
        System.out.printf(
                "level review: flagged %d, planted %d, precision %.3f, recall %.3f%n",
                flagged, planted.size(), precision, recall);
        assertThat(precision).isGreaterThanOrEqualTo(0.62);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);

        Map<String, Double> independent = IndependentValue.compute(input, asOf);
        double[] model = new double[duck.size()];
        double[] recomputed = new double[duck.size()];
        for (int i = 0; i < duck.size(); i++) {
            String id = (String) duck.get(i).get("customer_id");
            model[i] = ((BigDecimal) duck.get(i).get("client_value")).doubleValue();
            recomputed[i] = independent.get(id);
        }
        double rho = Evaluation.spearman(model, recomputed);
        System.out.printf("Spearman client value vs independent recomputation: %.6f%n", rho);
        assertThat(rho).isGreaterThanOrEqualTo(0.90);

        assertEveryTagAndDriverHasWords(duck);
    }

    /**
     * What the models wrote, the 360 view must be able to say: every habit and need tag and every driver key
     * found in the profiles has a message in Chinese and in English.
     */
    private static void assertEveryTagAndDriverHasWords(List<Map<String, Object>> profiles) throws IOException {
        Set<String> wanted = new TreeSet<>();
        for (Map<String, Object> row : profiles) {
            for (String tag : ((String) row.get("habits")).split("\\|")) {
                if (!tag.isEmpty()) {
                    wanted.add(ProfileTexts.HABIT + tag);
                }
            }
            for (String tag : ((String) row.get("needs")).split("\\|")) {
                assertThat(tag.isEmpty() || ClientProfile.NEEDS.contains(tag))
                        .as("need %s is among the dashboard's needs", tag)
                        .isTrue();
                if (!tag.isEmpty()) {
                    wanted.add(ProfileTexts.NEED + tag);
                }
            }
            ClientProfile.Drivers drivers = DriversJson.parse((String) row.get("drivers"));
            Stream.of(
                            drivers.value().stream(),
                            drivers.risk().stream(),
                            drivers.habits().values().stream().flatMap(List::stream),
                            drivers.needs().values().stream().flatMap(List::stream))
                    .flatMap(s -> s)
                    .map(ClientProfile.Driver::key)
                    .filter(key -> key.matches("[A-Za-z]+"))
                    .forEach(key -> wanted.add(ProfileTexts.DRIVER + key));
        }
        assertThat(wanted).as("tags and driver keys written").hasSizeGreaterThan(60);
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            try (Reader r = new InputStreamReader(
                    GeneratedBrokerageProfileTest.class.getResourceAsStream("/" + file), StandardCharsets.UTF_8)) {
                messages.load(r);
            }
            assertThat(wanted.stream().filter(k -> !messages.containsKey(k)).toList())
                    .as("keys without words in " + file)
                    .isEmpty();
            // a message with arguments goes through MessageFormat, where a lone ' quotes the rest ("account's
            // return {0}" printed the {0}): such an apostrophe must be written ''
            assertThat(wanted.stream()
                            .filter(k -> messages.getProperty(k).contains("{0"))
                            .filter(k ->
                                    messages.getProperty(k).replace("''", "").contains("'"))
                            .toList())
                    .as("messages with arguments and a lone apostrophe in " + file)
                    .isEmpty();
        }
    }

    private static LocalDate scoreAndRead(HikariDataSource store, Path input, LocalDate asOf) throws Exception {
        new ImportService(store).importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        return new ScoreService(store)
                .score(Optional.ofNullable(asOf), IndicatorListener.NONE)
                .indicators()
                .asOf();
    }

    private static List<Map<String, Object>> read(HikariDataSource store, LocalDate asOf) throws Exception {
        try (Connection c = store.getConnection()) {
            return new ProfileTable(c).rows(asOf);
        }
    }

    private static String diff(Map<String, Object> a, Map<String, Object> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        StringBuilder out = new StringBuilder();
        for (String k : keys) {
            if (!java.util.Objects.equals(a.get(k), b.get(k))) {
                out.append(k)
                        .append(' ')
                        .append(a.get(k))
                        .append(" vs ")
                        .append(b.get(k))
                        .append("; ");
            }
        }
        return out.toString();
    }

    /** Reads a generated CSV file row by row, values by column name (RFC 4180 quotes). */
    static void csv(Path file, Consumer<Map<String, String>> row) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = split(r.readLine());
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> values = split(line);
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), i < values.size() ? values.get(i) : "");
                }
                row.accept(m);
            }
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    /**
     * Contribution less cost to serve, per client, straight from the generated files (not the indicator
     * SQL, not the model code), with docs/models.md's default rates: over the 250 trading days to the
     * as-of date, net commission (commission less 0.00541% of SH/SZ and 0.0145% of BJ trade amounts) less
     * contact and counter-trade costs, annualised by 250 / max(asset days, 60); plus 3.5% of average
     * margin debt, 1.5% of average cash and 0.4% of fund/bond/WMP holdings in the last snapshot; less 60
     * for an open account.
     */
    static final class IndependentValue {

        private IndependentValue() {}

        static Map<String, Double> compute(Path in, LocalDate asOf) throws IOException {
            TreeSet<LocalDate> days = new TreeSet<>();
            csv(in.resolve("prices.csv"), r -> {
                LocalDate d = LocalDate.parse(r.get("trade_date"));
                if (!d.isAfter(asOf)) {
                    days.add(d);
                }
            });
            while (days.size() > 250) {
                days.pollFirst();
            }
            LocalDate start = days.first();
            Map<String, double[]> assets = new HashMap<>(); // days, cash, debt
            csv(in.resolve("daily_assets.csv"), r -> {
                LocalDate d = LocalDate.parse(r.get("as_of"));
                if (!d.isBefore(start) && !d.isAfter(asOf)) {
                    double[] a = assets.computeIfAbsent(r.get("customer_id"), k -> new double[3]);
                    a[0]++;
                    a[1] += Double.parseDouble(r.get("cash"));
                    a[2] += Double.parseDouble(r.get("margin_debt"));
                }
            });
            Map<String, double[]> flows = new HashMap<>(); // net commission less costs (to annualise)
            csv(in.resolve("trades.csv"), r -> {
                LocalDate d = LocalDate.parse(r.get("trade_date"));
                if (d.isBefore(start) || d.isAfter(asOf)) {
                    return;
                }
                double amount = Double.parseDouble(r.get("amount"));
                double rate = switch (r.get("exchange")) {
                    case "SH", "SZ" -> 0.0000541;
                    case "BJ" -> 0.000145;
                    default -> 0;
                };
                double v = Double.parseDouble(r.get("commission")) - amount * rate;
                if (r.get("channel").equals("COUNTER")) {
                    v -= 10;
                }
                flows.computeIfAbsent(r.get("customer_id"), k -> new double[1])[0] += v;
            });
            Map<String, Double> contactCost = Map.of(
                    "VISIT",
                    200.0,
                    "CALL_OUT",
                    15.0,
                    "CALL_IN",
                    8.0,
                    "WECHAT",
                    1.0,
                    "WEB",
                    2.0,
                    "EMAIL",
                    0.5,
                    "SMS",
                    0.1);
            csv(in.resolve("contacts.csv"), r -> {
                LocalDate d = LocalDate.parse(r.get("occurred_at").substring(0, 10)); // local time, +08:00
                if (!d.isBefore(start) && !d.isAfter(asOf)) {
                    flows.computeIfAbsent(r.get("customer_id"), k -> new double[1])[0] -=
                            contactCost.getOrDefault(r.get("channel"), 0.0);
                }
            });
            Set<String> products = new HashSet<>();
            csv(in.resolve("securities.csv"), r -> {
                if (Set.of("FUND", "BOND", "WMP").contains(r.get("type"))) {
                    products.add(r.get("exchange") + ":" + r.get("security_code"));
                }
            });
            TreeSet<LocalDate> snapshots = new TreeSet<>();
            csv(in.resolve("positions.csv"), r -> snapshots.add(LocalDate.parse(r.get("as_of"))));
            LocalDate snapshot = snapshots.floor(asOf);
            Map<String, Double> productValue = new HashMap<>();
            csv(in.resolve("positions.csv"), r -> {
                if (LocalDate.parse(r.get("as_of")).equals(snapshot)
                        && Long.parseLong(r.get("quantity")) > 0
                        && products.contains(r.get("exchange") + ":" + r.get("security_code"))) {
                    productValue.merge(r.get("customer_id"), Double.parseDouble(r.get("market_value")), Double::sum);
                }
            });
            Map<String, Double> value = new HashMap<>();
            csv(in.resolve("customers.csv"), r -> {
                if (LocalDate.parse(r.get("open_date")).isAfter(asOf)) {
                    return;
                }
                String id = r.get("customer_id");
                double[] a = assets.getOrDefault(id, new double[3]);
                double factor = a[0] == 0 ? 1 : 250.0 / Math.max(a[0], 60);
                double avgCash = a[0] == 0 ? 0 : a[1] / a[0];
                double avgDebt = a[0] == 0 ? 0 : a[2] / a[0];
                boolean open = !Set.of("CLOSED", "TRANSFERRED_OUT").contains(r.get("status"));
                value.put(
                        id,
                        factor * flows.getOrDefault(id, new double[1])[0]
                                + 0.035 * avgDebt
                                + 0.015 * avgCash
                                + 0.004 * productValue.getOrDefault(id, 0.0)
                                - (open ? 60 : 0));
            });
            return value;
        }
    }
}
