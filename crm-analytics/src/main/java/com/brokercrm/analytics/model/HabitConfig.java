package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

/**
 * Thresholds of the trading-habit tags (docs/models.md). Null components take their defaults.
 *
 * @param minTrades trades in the 250-day window below which no behaviour tag is given (10)
 * @param highFrequencyTurnover six-month turnover above which a client is HIGH_FREQUENCY (40; Apex)
 * @param shortTermTurnover SHORT_TERM from (12)
 * @param mediumTermTurnover MEDIUM_TERM from (3); below, LONG_TERM
 * @param boardShare share of trading value in STAR, ChiNext, BSE or ST that makes a board preference
 *     (0.25)
 * @param channelShare share of trades through one channel that makes it the client's channel (0.6)
 * @param timeShare share of trades in the morning session (before 12:00) or the afternoon session that
 *     makes a time-of-day habit (0.75; an even spread puts about half in each)
 * @param momentumShare momentum share of buys from which a client is MOMENTUM (0.65); at or below
 *     1 - this, CONTRARIAN
 * @param concentratedHhi HHI of positions from which a client is CONCENTRATED (0.5)
 * @param diversifiedHhi HHI at or below which, with {@code diversifiedPositions}, DIVERSIFIED (0.2)
 * @param diversifiedPositions positions needed for DIVERSIFIED (5)
 * @param dispositionEffect PGR - PLR from which a client is DISPOSITION_PRONE (0.1)
 */
public record HabitConfig(
        Integer minTrades,
        Double highFrequencyTurnover,
        Double shortTermTurnover,
        Double mediumTermTurnover,
        Double boardShare,
        Double channelShare,
        Double timeShare,
        Double momentumShare,
        Double concentratedHhi,
        Double diversifiedHhi,
        Integer diversifiedPositions,
        Double dispositionEffect) {

    public static final HabitConfig DEFAULT =
            new HabitConfig(null, null, null, null, null, null, null, null, null, null, null, null);

    public HabitConfig {
        minTrades = or(minTrades, 10);
        highFrequencyTurnover = or(highFrequencyTurnover, 40.0);
        shortTermTurnover = or(shortTermTurnover, 12.0);
        mediumTermTurnover = or(mediumTermTurnover, 3.0);
        boardShare = or(boardShare, 0.25);
        channelShare = or(channelShare, 0.6);
        timeShare = or(timeShare, 0.75);
        momentumShare = or(momentumShare, 0.65);
        concentratedHhi = or(concentratedHhi, 0.5);
        diversifiedHhi = or(diversifiedHhi, 0.2);
        diversifiedPositions = or(diversifiedPositions, 5);
        dispositionEffect = or(dispositionEffect, 0.1);
    }
}
