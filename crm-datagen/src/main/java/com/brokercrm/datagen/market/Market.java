package com.brokercrm.datagen.market;

import com.brokercrm.datagen.calendar.TradingDays;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The market the clients trade in: the trading days, the securities with their daily closes,
 * securities grouped by segment in popularity order, and the cash dividends paid on each day.
 * Immutable after creation and shared by all generator threads.
 */
public final class Market {

    private static final int[] NONE = new int[0];

    private final TradingDays days;
    private final List<Security> securities;
    private final int[][] closes;
    private final Map<Segment, int[]> bySegment = new EnumMap<>(Segment.class);
    private final int[][] dividendSecurities;
    private final int[][] dividendPips;
    private final long[] epochDays;

    private Market(TradingDays days, List<Security> securities, int[][] closes, SplittableRandom rng) {
        this.days = days;
        this.securities = securities;
        this.closes = closes;
        this.epochDays = new long[days.size()];
        for (int i = 0; i < days.size(); i++) {
            epochDays[i] = days.date(i).toEpochDay();
        }
        for (Segment segment : Segment.values()) {
            int[] members = securities.stream()
                    .filter(s -> s.segment() == segment)
                    .mapToInt(Security::index)
                    .toArray();
            shuffle(members, rng);
            bySegment.put(segment, members);
        }
        dividendSecurities = new int[days.size()][];
        dividendPips = new int[days.size()][];
        planDividends(rng);
    }

    /** Draws the securities and their price paths for a window of trading days. */
    public static Market create(TradingDays days, int securityCount, SplittableRandom rng) {
        List<Security> securities = SecurityUniverse.create(securityCount, rng.split());
        int[][] closes = PricePaths.generate(securities, days, rng.split());
        return new Market(days, securities, closes, rng.split());
    }

    public TradingDays days() {
        return days;
    }

    public List<Security> securities() {
        return securities;
    }

    public Security security(int index) {
        return securities.get(index);
    }

    /** Close of a security on a day, in pips. */
    public int close(int security, int day) {
        return closes[security][day];
    }

    public long epochDay(int day) {
        return epochDays[day];
    }

    /** Securities of a segment, the most popular first. */
    public int[] segment(Segment segment) {
        return bySegment.get(segment);
    }

    /** Securities paying a cash dividend on a day (holders at the previous close receive it). */
    public int[] dividendSecurities(int day) {
        return dividendSecurities[day] == null ? NONE : dividendSecurities[day];
    }

    /** Dividend per share in pips, parallel to {@link #dividendSecurities}. */
    public int[] dividendPips(int day) {
        return dividendPips[day] == null ? NONE : dividendPips[day];
    }

    private void planDividends(SplittableRandom rng) {
        List<List<int[]>> perDay = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            perDay.add(null);
        }
        for (Security s : securities) {
            boolean stock = s.type() == SecurityType.STOCK && !s.st();
            boolean etf = s.type() == SecurityType.ETF;
            if (!(stock && rng.nextDouble() < 0.6) && !(etf && rng.nextDouble() < 0.25)) {
                continue;
            }
            double yield =
                    "银行".equals(s.industry()) ? 0.04 + 0.01 * rng.nextDouble() : 0.004 + 0.026 * rng.nextDouble();
            for (int year = days.first().getYear(); year <= days.last().getYear(); year++) {
                LocalDate from = LocalDate.of(year, Month.JUNE, 1);
                int a = days.indexOnOrAfter(from);
                int b = days.indexOnOrAfter(from.plusMonths(2));
                if (a >= b) {
                    continue;
                }
                int day = a + rng.nextInt(b - a);
                if (day < 1 || day >= days.size()) {
                    continue;
                }
                int pips = (int) Math.round(closes[s.index()][day - 1] * yield);
                if (pips > 0) {
                    if (perDay.get(day) == null) {
                        perDay.set(day, new ArrayList<>());
                    }
                    perDay.get(day).add(new int[] {s.index(), pips});
                }
            }
        }
        for (int i = 0; i < days.size(); i++) {
            List<int[]> list = perDay.get(i);
            if (list != null) {
                dividendSecurities[i] = list.stream().mapToInt(p -> p[0]).toArray();
                dividendPips[i] = list.stream().mapToInt(p -> p[1]).toArray();
            }
        }
    }

    private static void shuffle(int[] values, SplittableRandom rng) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
