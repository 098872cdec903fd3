package com.brokercrm.analytics.model;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The risk class from three pieces of evidence (docs/models.md, "Class"). For each class c:
 *
 * <pre>
 * P(c | client) ∝ share(c) × P(level | c) × P(age | c) × Σ_style P(style | c) × P(behaviour | style)
 * </pre>
 *
 * where P(style | c) is {@code 1 − atypicalShare} for the class's own style and half the atypical share for
 * each other, and P(behaviour | style), relative to the risk-averse style, is {@code exp(e)} with e from
 * {@link RiskClassConfig.StyleEvidence}. A missing level or age leaves its factor out. Behaviour that
 * says little (a client who hardly trades) leaves the three styles close, so the level and age decide;
 * a year of clear behaviour outweighs them.
 */
final class RiskClassifier {

    private static final RiskClass[] CLASSES = RiskClass.values();

    private final RiskClassConfig config;
    /** Per signal key: seeking weight, seeking trading weight, conservative weight, conservative trading weight. */
    private final Map<String, double[]> weights = new java.util.HashMap<>();

    /** Signals whose joint contribution the verdict reports ({@link Verdict#picksPoints}). */
    private final Set<String> reported;

    RiskClassifier(RiskClassConfig config, Collection<String> signalKeys, Collection<String> reported) {
        this.config = config;
        this.reported = Set.copyOf(reported);
        Set<String> known = new TreeSet<>();
        signalKeys.forEach(k -> known.add(RiskClassConfig.StyleEvidence.canonical(k)));
        check("seeking", config.seeking(), known, signalKeys);
        check("conservative", config.conservative(), known, signalKeys);
        // looked up once here, not per client: the configured keys are canonical spellings
        for (String key : signalKeys) {
            weights.put(key, new double[] {
                config.seeking().weight(key), config.seeking().tradingWeight(key),
                config.conservative().weight(key), config.conservative().tradingWeight(key)
            });
        }
    }

    /**
     * The class and each class's probability.
     *
     * @param signals each defined risk signal's distance from its neutral value, by driver key (an
     *     undefined signal is absent; with none, the behaviour favours no style)
     * @param trades trades over 250 days
     * @param level questionnaire level 1-5, 0 when not assessed
     * @param age age in years, null when unknown
     */
    Verdict classify(Map<String, Double> signals, int trades, int level, Integer age) {
        double tradingLog = Math.log1p(Math.max(0, trades));
        // nothing observed (no assets, no trades): the behaviour favours no style
        double seeking = signals.isEmpty() ? 0 : evidence(config.seeking(), 0, signals, tradingLog);
        double conservative = signals.isEmpty() ? 0 : evidence(config.conservative(), 2, signals, tradingLog);
        // the styles' likelihoods relative to the largest, so exp never overflows
        double[] style = {seeking, 0, conservative};
        double top = Math.max(seeking, Math.max(0, conservative));
        for (int i = 0; i < 3; i++) {
            style[i] = Math.exp(style[i] - top);
        }
        double own = 1 - config.atypicalShare();
        double other = config.atypicalShare() / 2;
        double[] behaviour = new double[3];
        double[] stated = new double[3];
        double[] posterior = new double[3];
        double[] ageLog = new double[3];
        for (int c = 0; c < 3; c++) {
            for (int s = 0; s < 3; s++) {
                behaviour[c] += (s == c ? own : other) * style[s];
            }
            stated[c] = level == 0 ? 1 : config.levels(c).get(level - 1);
            ageLog[c] = age == null
                    ? 0
                    : logNormal(
                            age,
                            config.ageMeans().get(c),
                            config.ageDeviations().get(c));
            // in logs, so an age far from every mean cannot underflow all three to 0
            posterior[c] = Math.log(config.shares().get(c) * behaviour[c] * stated[c]) + ageLog[c];
        }
        int best = 0;
        for (int c = 1; c < 3; c++) {
            if (posterior[c] > posterior[best]) {
                best = c;
            }
        }
        double total = 0;
        double peak = posterior[best];
        for (int c = 0; c < 3; c++) {
            posterior[c] = Math.exp(posterior[c] - peak);
            total += posterior[c];
        }
        for (int c = 0; c < 3; c++) {
            posterior[c] /= total;
        }
        int runnerUp = best == 0 ? 1 : 0;
        for (int c = 0; c < 3; c++) {
            if (c != best && posterior[c] > posterior[runnerUp]) {
                runnerUp = c;
            }
        }
        double levelPoints = level == 0 ? 0 : Math.log(stated[best] / stated[runnerUp]);
        double agePoints = ageLog[best] - ageLog[runnerUp];
        // what the reported signals add to the evidence for the class's own style over the runner-up's
        double[] part = {partial(0, signals, tradingLog), 0, partial(2, signals, tradingLog)};
        return new Verdict(
                CLASSES[best],
                posterior,
                levelPoints,
                agePoints,
                part[best] - part[runnerUp],
                signals.isEmpty() ? null : styleAlone(style));
    }

    /** The reported signals' share of a style's evidence (column 0: seeking, 2: conservative). */
    private double partial(int column, Map<String, Double> signals, double tradingLog) {
        double sum = 0;
        for (String key : reported) {
            Double z = signals.get(key);
            if (z != null) {
                double[] w = weights.get(key);
                sum += (w[column] + w[column + 1] * tradingLog) * z;
            }
        }
        return sum;
    }

    /**
     * The trading style behaviour alone points to: each style's likelihood times how common it is (the
     * classes' shares, which the atypical clients leave unchanged), the likeliest with its probability.
     */
    private Style styleAlone(double[] likelihood) {
        double[] p = new double[3];
        double total = 0;
        for (int s = 0; s < 3; s++) {
            p[s] = config.shares().get(s) * likelihood[s];
            total += p[s];
        }
        int best = 0;
        for (int s = 1; s < 3; s++) {
            if (p[s] > p[best]) {
                best = s;
            }
        }
        return new Style(CLASSES[best], p[best] / total);
    }

    /**
     * What the class model concluded.
     *
     * @param riskClass the likeliest class
     * @param probabilities each class's probability, in {@link RiskClass} order
     * @param levelPoints how much the questionnaire level favours the class over the runner-up (a log
     *     ratio: positive for, negative against)
     * @param agePoints the same for age
     * @param picksPoints the same for the reported signals (the board picks), through the classes' own styles
     * @param style the style the behaviour alone points to; null when nothing was observed
     */
    record Verdict(
            RiskClass riskClass,
            double[] probabilities,
            double levelPoints,
            double agePoints,
            double picksPoints,
            Style style) {}

    /**
     * A trading style read from behaviour alone, before the questionnaire level and age.
     *
     * @param looksLike the likeliest style, named by the class whose clients mostly trade that way
     * @param probability its probability from behaviour alone
     */
    record Style(RiskClass looksLike, double probability) {}

    private double evidence(
            RiskClassConfig.StyleEvidence e, int column, Map<String, Double> signals, double tradingLog) {
        double sum = e.intercept() + e.perTrading() * tradingLog;
        for (Map.Entry<String, Double> signal : signals.entrySet()) {
            double[] w = weights.get(signal.getKey());
            sum += (w[column] + w[column + 1] * tradingLog) * signal.getValue();
        }
        return sum;
    }

    /** The log of the normal density, less its constant ln √(2π), which cancels between classes. */
    private static double logNormal(double x, double mean, double deviation) {
        double z = (x - mean) / deviation;
        return -0.5 * z * z - Math.log(deviation);
    }

    private static void check(
            String style, RiskClassConfig.StyleEvidence e, Set<String> known, Collection<String> signalKeys) {
        for (String key : e.weights().keySet()) {
            unknown(style, key, known, signalKeys);
        }
        for (String key : e.tradingWeights().keySet()) {
            unknown(style, key, known, signalKeys);
        }
    }

    private static void unknown(String style, String key, Set<String> known, Collection<String> signalKeys) {
        if (!known.contains(key)) {
            throw new IllegalArgumentException("risk class " + style + " weight for an unknown signal '" + key
                    + "'; the signals are " + signalKeys);
        }
    }
}
