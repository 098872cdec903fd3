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
 *     others (0.079)
 * @param seekingLevels how often a risk seeker's questionnaire says C1 ... C5 (0.017, 0.102, 0.252, 0.379,
 *     0.249)
 * @param averseLevels the same for a risk-averse client (0.052, 0.198, 0.449, 0.253, 0.048)
 * @param conservativeLevels the same for a conservative client (0.247, 0.345, 0.305, 0.084, 0.019)
 * @param ageMeans each class's mean age (36, 45.1, 54)
 * @param ageDeviations each class's standard deviation of age (9.7, 11.9, 11.9)
 * @param seeking how much likelier the behaviour is in the risk-seeking style than in the risk-averse one
 * @param conservative the same for the conservative style
 * @param styleNoticeFrom how likely, from behaviour alone, the trading style must be for the profile to say
 *     so when the class is another ({@code tradesLike.<CLASS>}; 0.8): below it the behaviour says too little
 * @param boardPicks how each style spreads its picks over the boards ({@link BoardPicks}), which give the
 *     signals {@code picksSeeking} and {@code picksConservative}
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
        Double styleNoticeFrom,
        BoardPicks boardPicks) {

    public static final RiskClassConfig DEFAULT =
            new RiskClassConfig(null, null, null, null, null, null, null, null, null, null, null);

    public RiskClassConfig {
        shares = probabilities("shares", or(shares, List.of(0.248, 0.448, 0.304)), 3);
        atypicalShare = or(atypicalShare, 0.079);
        seekingLevels =
                probabilities("seekingLevels", or(seekingLevels, List.of(0.017, 0.102, 0.252, 0.379, 0.249)), 5);
        averseLevels = probabilities("averseLevels", or(averseLevels, List.of(0.052, 0.198, 0.449, 0.253, 0.048)), 5);
        conservativeLevels = probabilities(
                "conservativeLevels", or(conservativeLevels, List.of(0.247, 0.345, 0.305, 0.084, 0.019)), 5);
        ageMeans = sized("ageMeans", or(ageMeans, List.of(36.0, 45.1, 54.0)), 3);
        ageDeviations = sized("ageDeviations", or(ageDeviations, List.of(9.7, 11.9, 11.9)), 3);
        seeking = StyleEvidence.SEEKING.overlaidWith(seeking);
        conservative = StyleEvidence.CONSERVATIVE.overlaidWith(conservative);
        styleNoticeFrom = or(styleNoticeFrom, 0.8);
        boardPicks = or(boardPicks, BoardPicks.DEFAULT);
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
                1.85,
                -1.27,
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", 1.27),
                        Map.entry("highRiskShare", 0.156),
                        Map.entry("etfShare", -1.39),
                        Map.entry("productShare", -2.34),
                        Map.entry("etfTradeShare", 2.32),
                        Map.entry("productTradeShare", 3.1),
                        Map.entry("equityShare", -0.98),
                        Map.entry("yearTurnover", 0.646),
                        Map.entry("holdingDays", -0.111),
                        Map.entry("volatility", -37.1),
                        Map.entry("maxDrawdown", 3.63),
                        Map.entry("cashShare", -0.089),
                        Map.entry("positions", 0.453),
                        Map.entry("depositCount", 0.689),
                        Map.entry("withdrawalCount", -0.526),
                        Map.entry("picksSeeking", 0.763),
                        Map.entry("picksConservative", 0.447)),
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", -0.383),
                        Map.entry("highRiskShare", 0.0391),
                        Map.entry("etfShare", 0.403),
                        Map.entry("productShare", 0.768),
                        Map.entry("etfTradeShare", -2.63),
                        Map.entry("productTradeShare", -3.64),
                        Map.entry("equityShare", 0.573),
                        Map.entry("yearTurnover", -0.0986),
                        Map.entry("holdingDays", -1.1),
                        Map.entry("volatility", 32.4),
                        Map.entry("maxDrawdown", -0.997),
                        Map.entry("cashShare", -5.03),
                        Map.entry("positions", -0.242),
                        Map.entry("depositCount", 0.048),
                        Map.entry("withdrawalCount", 0.194),
                        Map.entry("picksSeeking", 0.0656),
                        Map.entry("picksConservative", -0.0652)));

        static final StyleEvidence CONSERVATIVE = new StyleEvidence(
                1.35,
                -1.71,
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", 0.892),
                        Map.entry("highRiskShare", -0.12),
                        Map.entry("etfShare", -0.407),
                        Map.entry("productShare", 0.358),
                        Map.entry("etfTradeShare", 0.501),
                        Map.entry("productTradeShare", -0.174),
                        Map.entry("equityShare", 0.302),
                        Map.entry("yearTurnover", -0.343),
                        Map.entry("holdingDays", -0.555),
                        Map.entry("volatility", -31.6),
                        Map.entry("maxDrawdown", 6.75),
                        Map.entry("cashShare", -1.77),
                        Map.entry("positions", 0.299),
                        Map.entry("depositCount", 0.23),
                        Map.entry("withdrawalCount", 0.289),
                        Map.entry("picksSeeking", -0.301),
                        Map.entry("picksConservative", 0.786)),
                Map.ofEntries(
                        Map.entry("highRiskTradeShare", 0.119),
                        Map.entry("highRiskShare", 0.017),
                        Map.entry("etfShare", 0.146),
                        Map.entry("productShare", -0.441),
                        Map.entry("etfTradeShare", -0.211),
                        Map.entry("productTradeShare", 0.765),
                        Map.entry("equityShare", -0.816),
                        Map.entry("yearTurnover", -0.0097),
                        Map.entry("holdingDays", 1.1),
                        Map.entry("volatility", -24.3),
                        Map.entry("maxDrawdown", -2.9),
                        Map.entry("cashShare", 3.98),
                        Map.entry("positions", -0.0582),
                        Map.entry("depositCount", -0.465),
                        Map.entry("withdrawalCount", -0.185),
                        Map.entry("picksSeeking", -0.0455),
                        Map.entry("picksConservative", 0.0439)));

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
