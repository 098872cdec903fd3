package com.brokercrm.datagen.market;

import java.time.LocalDate;

/**
 * Daily price limits as a dated rule table: main board 10%, ST 5% (10% from 2026-07-06), ChiNext
 * 20% (10% before 2020-08-24), STAR 20%, BSE 30%. ETFs follow 10%; over-the-counter products have no
 * exchange limit and are capped at 10% here.
 */
public final class PriceLimits {

    private static final long CHINEXT_REFORM = LocalDate.of(2020, 8, 24).toEpochDay();
    private static final long ST_TEN_PERCENT = LocalDate.of(2026, 7, 6).toEpochDay();

    private PriceLimits() {}

    /** The limit in percent of the previous close for trading on the given epoch day. */
    public static int limitPercent(Security security, long epochDay) {
        return switch (security.board()) {
            case STAR -> 20;
            case BSE -> 30;
            case CHINEXT -> epochDay >= CHINEXT_REFORM ? 20 : security.st() ? 5 : 10;
            case MAIN -> security.st() && epochDay < ST_TEN_PERCENT ? 5 : 10;
            case NA -> 10;
        };
    }

    /** The highest allowed price (pips) given the previous close: rounded half up to the tick. */
    public static int upper(int previousClose, int percent, int tick) {
        return roundToTick((long) previousClose * (100 + percent), tick);
    }

    /** The lowest allowed price (pips) given the previous close, at least one tick. */
    public static int lower(int previousClose, int percent, int tick) {
        return Math.max(tick, roundToTick((long) previousClose * (100 - percent), tick));
    }

    /** Rounds {@code hundredths} (pips x 100) half up to a multiple of the tick. */
    private static int roundToTick(long hundredths, int tick) {
        long scaled = 100L * tick;
        return (int) ((hundredths + scaled / 2) / scaled * tick);
    }
}
