package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

import java.util.List;
import java.util.Map;

/**
 * The risk class model (docs/models.md, "Class"). Behaviour says how likely the client's trading and
 * holdings are under each of three trading styles; the questionnaire level and age say how likely they are
 * for a client of each class; a share of clients trade in another class's style. The class is the one
 * these make likeliest. The defaults were fitted on a generated brokerage of 50,000 clients (seed 13) by
 * {@code scripts/fit-risk-class.py} and are reported on another (seed 7, {@code bench profile}). Null
 * components take their defaults; lists are in the order RISK_SEEKING, RISK_AVERSE, CONSERVATIVE.
 *
 * @param shares each class's share of clients (0.248, 0.448, 0.304)
 * @param atypicalShare share of clients who trade in another class's style, split evenly between the two
 *     others (0.118)
 * @param seekingLevels how often a risk seeker's questionnaire says C1 ... C5 (0.018, 0.102, 0.251, 0.38,
 *     0.249)
 * @param averseLevels the same for a risk-averse client (0.052, 0.198, 0.45, 0.253, 0.047)
 * @param conservativeLevels the same for a conservative client (0.245, 0.347, 0.304, 0.085, 0.019)
 * @param ageMeans each class's mean age (36, 45.1, 54)
 * @param ageDeviations each class's standard deviation of age (9.7, 11.9, 11.9)
 * @param seeking how much likelier the behaviour is in the risk-seeking style than in the risk-averse one
 * @param conservative the same for the conservative style
 * @param styleNoticeFrom how likely, from behaviour alone, the trading style must be for the profile to say
 *     so when the class is another ({@code tradesLike.<CLASS>}; 0.8): below it the behaviour says too little
 */
public record RiskClassConfig(
        List<Double> shares,
        Double atypicalShare,
        List<Double> seekingLevels,
        List<Double> averseLevels,
        List<Double> conservativeLevels,
        List<Double> ageMeans,
        List<Double> ageDeviations,
        StyleEvidence seeking,
        StyleEvidence conservative,
        Double styleNoticeFrom) {

    public static final RiskClassConfig DEFAULT =
            new RiskClassConfig(null, null, null, null, null, null, null, null, null, null);

    public RiskClassConfig {
        shares = probabilities("shares", or(shares, List.of(0.248, 0.448, 0.304)), 3);
        atypicalShare = or(atypicalShare, 0.118);
        seekingLevels = probabilities("seekingLevels", or(seekingLevels, List.of(0.018, 0.102, 0.251, 0.38, 0.249)), 5);
        averseLevels = probabilities("averseLevels", or(averseLevels, List.of(0.052, 0.198, 0.45, 0.253, 0.047)), 5);
        conservativeLevels = probabilities(
                "conservativeLevels", or(conservativeLevels, List.of(0.245, 0.347, 0.304, 0.085, 0.019)), 5);
        ageMeans = sized("ageMeans", or(ageMeans, List.of(36.0, 45.1, 54.0)), 3);
        ageDeviations = sized("ageDeviations", or(ageDeviations, List.of(9.7, 11.9, 11.9)), 3);
        seeking = StyleEvidence.SEEKING.overlaidWith(seeking);
        conservative = StyleEvidence.CONSERVATIVE.overlaidWith(conservative);
        styleNoticeFrom = or(styleNoticeFrom, 0.8);
        if (styleNoticeFrom < 0 || styleNoticeFrom > 1) {
            throw new IllegalArgumentException(
                    "risk class styleNoticeFrom must be a probability from 0 to 1: " + styleNoticeFrom);
        }
        if (atypicalShare < 0 || atypicalShare >= 2.0 / 3) {
            throw new IllegalArgumentException(
                    "risk class atypicalShare must be from 0 to below 2/3: " + atypicalShare);
        }
        if (ageDeviations.stream().anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("risk class ageDeviations must be positive: " + ageDeviations);
        }
    }

    /** A class's questionnaire-level likelihoods, in RISK_SEEKING, RISK_AVERSE, CONSERVATIVE order. */
    List<Double> levels(int classIndex) {
        return switch (classIndex) {
            case 0 -> seekingLevels;
            case 1 -> averseLevels;
            default -> conservativeLevels;
        };
    }

    private static List<Double> sized(String name, List<Double> values, int size) {
        if (values.size() != size || values.stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
            throw new IllegalArgumentException("risk class " + name + " needs " + size + " numbers, got " + values);
        }
        return List.copyOf(values);
    }

    private static List<Double> probabilities(String name, List<Double> values, int size) {
        List<Double> checked = sized(name, values, size);
        if (checked.stream().anyMatch(v -> v <= 0)) {
            throw new IllegalArgumentException("risk class " + name + " must all be above 0: " + values);
        }
        return checked;
    }

    /**
     * The log of how much likelier a client's behaviour is in one style than in the risk-averse one:
     * {@code intercept + perTrading × L + Σ (weights[k] + tradingWeights[k] × L) × z[k]}, where
     * {@code L = ln(1 + trades over 250 days)} and {@code z[k]} is risk signal k's distance from its
     * neutral value (0 when undefined). A signal's weight thus changes with how much the client trades: a
     * year's trading mix says more of a client with a hundred trades than of one with three. Weights given
     * in configuration replace the defaults signal by signal (keys are the risk drivers' keys, such as
     * {@code holdingDays}).
     */
    public record StyleEvidence(
            Double intercept, Double perTrading, Map<String, Double> weights, Map<String, Double> tradingWeights) {

        static final StyleEvidence SEEKING = new StyleEvidence(
                1.49,
                -2.47,
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", -2.66),
                        Map.entry("highRiskShare", 1.65),
                        Map.entry("etfShare", -0.841),
                        Map.entry("productShare", -1.63),
                        Map.entry("etfTradeShare", 1.56),
                        Map.entry("productTradeShare", 1.68),
                        Map.entry("equityShare", -1.06),
                        Map.entry("yearTurnover", 0.505),
                        Map.entry("holdingDays", -0.435),
                        Map.entry("volatility", -9.48),
                        Map.entry("maxDrawdown", 3.08),
                        Map.entry("cashShare", -0.773),
                        Map.entry("positions", 0.309)),
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", 4.23),
                        Map.entry("highRiskShare", -0.224),
                        Map.entry("etfShare", 0.273),
                        Map.entry("productShare", 0.604),
                        Map.entry("etfTradeShare", -1.23),
                        Map.entry("productTradeShare", -1.09),
                        Map.entry("equityShare", 0.552),
                        Map.entry("yearTurnover", -0.0542),
                        Map.entry("holdingDays", -1.0),
                        Map.entry("volatility", 19.9),
                        Map.entry("maxDrawdown", -0.631),
                        Map.entry("cashShare", -4.62),
                        Map.entry("positions", -0.193)));

        static final StyleEvidence CONSERVATIVE = new StyleEvidence(
                0.636,
                -1.95,
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", 2.23),
                        Map.entry("highRiskShare", -0.326),
                        Map.entry("etfShare", 0.495),
                        Map.entry("productShare", 1.48),
                        Map.entry("etfTradeShare", -1.44),
                        Map.entry("productTradeShare", -2.88),
                        Map.entry("equityShare", 0.243),
                        Map.entry("yearTurnover", -0.482),
                        Map.entry("holdingDays", -0.183),
                        Map.entry("volatility", -32.3),
                        Map.entry("maxDrawdown", 5.98),
                        Map.entry("cashShare", -2.74),
                        Map.entry("positions", 0.153)),
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", -2.27),
                        Map.entry("highRiskShare", -0.157),
                        Map.entry("etfShare", 0.0308),
                        Map.entry("productShare", -0.536),
                        Map.entry("etfTradeShare", 3.0),
                        Map.entry("productTradeShare", 5.53),
                        Map.entry("equityShare", -0.811),
                        Map.entry("yearTurnover", -0.165),
                        Map.entry("holdingDays", 0.734),
                        Map.entry("volatility", -40.3),
                        Map.entry("maxDrawdown", -2.23),
                        Map.entry("cashShare", 3.43),
                        Map.entry("positions", -0.0089)));

        public StyleEvidence {
            weights = canonical(weights);
            tradingWeights = canonical(tradingWeights);
        }

        /** The signal keys in one spelling, so {@code holdingDays}, {@code holding-days} and {@code holdingdays} agree. */
        static String canonical(String key) {
            return key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
        }

        private static Map<String, Double> canonical(Map<String, Double> given) {
            java.util.Map<String, Double> out = new java.util.HashMap<>();
            if (given != null) {
                given.forEach((k, v) -> {
                    if (v == null || !Double.isFinite(v)) {
                        throw new IllegalArgumentException("risk class weight " + k + " must be a number: " + v);
                    }
                    out.put(canonical(k), v);
                });
            }
            return Map.copyOf(out);
        }

        /** These defaults with what {@code given} sets replacing them, component by component and signal by signal. */
        StyleEvidence overlaidWith(StyleEvidence given) {
            if (given == null) {
                return this;
            }
            return new StyleEvidence(
                    or(given.intercept(), intercept),
                    or(given.perTrading(), perTrading),
                    overlay(weights, given.weights()),
                    overlay(tradingWeights, given.tradingWeights()));
        }

        private static Map<String, Double> overlay(Map<String, Double> defaults, Map<String, Double> given) {
            java.util.Map<String, Double> merged = new java.util.HashMap<>(defaults);
            merged.putAll(given);
            return merged;
        }

        /** The weight of a signal (0 when none is set). */
        double weight(String key) {
            return weights.getOrDefault(canonical(key), 0.0);
        }

        double tradingWeight(String key) {
            return tradingWeights.getOrDefault(canonical(key), 0.0);
        }
    }
}
