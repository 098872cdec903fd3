package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.people.Draw;
import java.util.SplittableRandom;

/**
 * Draws a client's trading behaviour from its persona's distribution. The distributions overlap on
 * purpose (lognormal holding periods, noisy board-mix weights), so personas are not trivially
 * separable:
 *
 * <ul>
 *   <li>risk-seeking: mostly ChiNext, STAR, BSE and ST shares; median holding 6 trading days; 1-2
 *       positions; ~90% invested; margin for 60% of the eligible (500,000 CNY, C4+);
 *   <li>risk-averse: mostly main-board shares and some ETFs; median holding 20 days; 2-6 positions;
 *       ~70% invested;
 *   <li>conservative: ETFs, bond funds, bonds and WMPs; median holding 70 days; 3-8 positions; ~55%
 *       invested.
 * </ul>
 *
 * <p>Without STAR/BSE permission (24 months' experience and 500,000 CNY) those boards' weight moves
 * to ChiNext and ST in proportion.
 */
final class BehaviourFactory {

    /** Base board-mix weights per persona over main, STAR, ChiNext, BSE, ST, ETF, OTC. */
    private static final double[][] SEGMENT_BASE = {
        {0.30, 0.15, 0.25, 0.08, 0.12, 0.07, 0.03},
        {0.62, 0.04, 0.12, 0.01, 0.02, 0.14, 0.05},
        {0.25, 0.01, 0.03, 0.003, 0.005, 0.36, 0.35}
    };

    private BehaviourFactory() {}

    static Behaviour draw(Persona p, boolean starPermission, boolean marginEligible, SplittableRandom rng) {
        double[] w = SEGMENT_BASE[p.ordinal()].clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= Math.exp(0.5 * rng.nextGaussian());
        }
        if (!starPermission) {
            double moved = w[1] + w[3];
            w[1] = 0;
            w[3] = 0;
            double highRisk = w[2] + w[4];
            if (highRisk > 0) {
                w[2] += moved * w[2] / highRisk;
                w[4] += moved * w[4] / highRisk;
            } else {
                w[0] += moved;
            }
        }
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        double holdMedian;
        int positions;
        double equity;
        double buy;
        double disposition;
        double marginChance;
        double flowsPerYear;
        switch (p) {
            case RISK_SEEKING -> {
                holdMedian = 6;
                positions = 1 + Draw.poisson(1.0, rng);
                equity = Draw.normal(0.9, 0.08, 0.5, 1, rng);
                buy = 0.5;
                disposition = 0.6;
                marginChance = 0.6;
                flowsPerYear = 4;
            }
            case RISK_AVERSE -> {
                holdMedian = 20;
                positions = 2 + Draw.poisson(2.0, rng);
                equity = Draw.normal(0.7, 0.12, 0.3, 0.95, rng);
                buy = 0.2;
                disposition = 0.4;
                marginChance = 0.2;
                flowsPerYear = 3;
            }
            default -> {
                holdMedian = 70;
                positions = 3 + Draw.poisson(2.5, rng);
                equity = Draw.normal(0.55, 0.15, 0.2, 0.9, rng);
                buy = 0.08;
                disposition = 0.3;
                marginChance = 0.03;
                flowsPerYear = 2;
            }
        }
        double holding = Math.max(2, Math.min(600, Draw.lognormal(holdMedian, 0.8, rng)));
        boolean margin = marginEligible && rng.nextDouble() < marginChance;
        return new Behaviour(
                w,
                holding,
                Math.min(12, positions),
                equity,
                Math.min(0.95, Draw.lognormal(buy, 0.4, rng)),
                disposition,
                margin,
                margin ? 0.3 + 0.7 * rng.nextDouble() : 0,
                Draw.lognormal(flowsPerYear, 0.5, rng),
                Draw.lognormal(flowsPerYear * 0.8, 0.5, rng));
    }
}
