package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.market.Segment;

/**
 * The trading parameters drawn for a client. They come from persona-specific distributions that
 * overlap, and for an atypical client from another persona's distribution.
 *
 * @param segmentWeights share of buys per {@link Segment} (sums to 1, after permission gating)
 * @param holdingDays mean holding period of a position in trading days
 * @param targetPositions number of positions the client aims to hold (concentration)
 * @param equityShare share of the account the client keeps invested
 * @param buyPropensity daily chance to act on idle cash
 * @param disposition how much faster winners are sold than losers (0 = no disposition effect)
 * @param margin whether the client uses margin financing
 * @param maxLeverage the largest margin debt as a multiple of net assets (0 without margin)
 * @param depositsPerYear expected bank-to-broker transfers per year
 * @param withdrawalsPerYear expected broker-to-bank transfers per year
 */
public record Behaviour(
        double[] segmentWeights,
        double holdingDays,
        int targetPositions,
        double equityShare,
        double buyPropensity,
        double disposition,
        boolean margin,
        double maxLeverage,
        double depositsPerYear,
        double withdrawalsPerYear) {

    /** Expected yearly turnover (traded value both sides / average assets) implied by the parameters. */
    public double turnoverTarget() {
        return 2 * 244 / holdingDays * equityShare;
    }

    public double weight(Segment segment) {
        return segmentWeights[segment.ordinal()];
    }
}
