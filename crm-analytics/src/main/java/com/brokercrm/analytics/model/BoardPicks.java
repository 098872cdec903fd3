package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

import java.util.List;

/**
 * How each trading style spreads its picks over the boards (docs/models.md, "Board picks"): per style, the
 * concentrations of a Dirichlet-multinomial over main board, STAR, ChiNext, BSE, ST, ETF and product, in
 * that order. A client's picks ({@code <board>_picks_250}) are likelier under the style whose concentrations
 * lean towards the boards picked, and more decisively the more picks there are: four picks say little,
 * forty a lot. Each concentration's share of its style's total is the style's average share of picks on
 * that board; the total says how much clients of the style differ from one another (small: very).
 *
 * @param seeking risk-seeking style (5.09, 0.0779, 6.19, 0.0742, 3.62, 1.45, 0.723)
 * @param averse risk-averse style (15.3, 0.0891, 4.12, 0.0387, 0.904, 3.92, 1.5)
 * @param conservative conservative style (4.72, 0.0337, 0.847, 0.0121, 0.183, 6.65, 6.41)
 */
public record BoardPicks(List<Double> seeking, List<Double> averse, List<Double> conservative) {

    /** The boards, in the order of the concentrations and of the indicator columns' prefixes. */
    public static final List<String> BOARDS = List.of("main", "star", "chinext", "bse", "st", "etf", "product");

    public static final BoardPicks DEFAULT = new BoardPicks(null, null, null);

    public BoardPicks {
        seeking = concentrations("seeking", or(seeking, List.of(5.09, 0.0779, 6.19, 0.0742, 3.62, 1.45, 0.723)));
        averse = concentrations("averse", or(averse, List.of(15.3, 0.0891, 4.12, 0.0387, 0.904, 3.92, 1.5)));
        conservative = concentrations(
                "conservative", or(conservative, List.of(4.72, 0.0337, 0.847, 0.0121, 0.183, 6.65, 6.41)));
    }

    /**
     * ln P(picks | seeking) − ln P(picks | averse) and ln P(picks | conservative) − ln P(picks | averse): how
     * much likelier the picks are under each of the two styles than under the risk-averse one (0 and 0 for
     * no picks).
     *
     * @param picks picks per board, in {@link #BOARDS} order
     */
    double[] logRatios(int[] picks) {
        double averseLog = logLikelihood(picks, averse);
        return new double[] {logLikelihood(picks, seeking) - averseLog, logLikelihood(picks, conservative) - averseLog};
    }

    /**
     * ln Γ(A) − ln Γ(n + A) + Σ (ln Γ(n_b + α_b) − ln Γ(α_b)), A = Σ α_b: the Dirichlet-multinomial's log
     * probability of the picks less the multinomial coefficient, which is the same under every style.
     */
    static double logLikelihood(int[] picks, List<Double> alpha) {
        double total = 0;
        int n = 0;
        double sum = 0;
        for (int b = 0; b < picks.length; b++) {
            double a = alpha.get(b);
            total += a;
            n += picks[b];
            if (picks[b] > 0) {
                sum += logGamma(picks[b] + a) - logGamma(a);
            }
        }
        return n == 0 ? 0 : logGamma(total) - logGamma(n + total) + sum;
    }

    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    /** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
    static double logGamma(double x) {
        if (x < 0.5) {
            // reflection: Γ(x) Γ(1 − x) = π / sin(πx)
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    private static List<Double> concentrations(String style, List<Double> values) {
        if (values.size() != BOARDS.size()
                || values.stream().anyMatch(v -> v == null || !Double.isFinite(v) || v <= 0)) {
            throw new IllegalArgumentException("risk class boardPicks." + style + " needs " + BOARDS.size()
                    + " positive numbers (" + String.join(", ", BOARDS) + "), got " + values);
        }
        return List.copyOf(values);
    }
}
