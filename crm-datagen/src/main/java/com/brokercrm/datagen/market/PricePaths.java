package com.brokercrm.datagen.market;

import com.brokercrm.datagen.calendar.TradingDays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Daily closes by a random walk: a common market factor with drifting volatility, each security's
 * beta and board-typical idiosyncratic volatility, rare jumps towards the limit, and weak mean
 * reversion so that prices stay in a plausible range. Every move is capped at the board's daily
 * limit and rounded to the tick.
 */
public final class PricePaths {

    private PricePaths() {}

    /** Closes in pips, indexed {@code [security][day]}. */
    public static int[][] generate(List<Security> securities, TradingDays days, SplittableRandom rng) {
        int n = days.size();
        double[] market = marketReturns(n, rng.split());
        int[][] closes = new int[securities.size()][];
        for (Security s : securities) {
            closes[s.index()] = path(s, days, market, rng.split());
        }
        return closes;
    }

    private static double[] marketReturns(int n, SplittableRandom rng) {
        double[] r = new double[n];
        double logVol = Math.log(0.011);
        for (int i = 1; i < n; i++) {
            logVol += 0.05 * rng.nextGaussian() - 0.02 * (logVol - Math.log(0.011));
            r[i] = 0.0003 + Math.exp(logVol) * rng.nextGaussian();
        }
        return r;
    }

    private static int[] path(Security s, TradingDays days, double[] market, SplittableRandom rng) {
        int n = days.size();
        int[] close = new int[n];
        int tick = s.tickPips();
        double start = startPrice(s, rng);
        close[0] = Math.max(tick, (int) Math.round(start * 10_000 / tick) * tick);
        double annualDrift = annualDrift(s);
        double sigma = s.dailyVolatility();
        double marketSigma = 0.011 * s.beta();
        double idio = Math.sqrt(Math.max(sigma * sigma - marketSigma * marketSigma, 0.25 * sigma * sigma));
        double logStart = Math.log(close[0]);
        for (int i = 1; i < n; i++) {
            int prev = close[i - 1];
            int limit = PriceLimits.limitPercent(s, days.date(i).toEpochDay());
            double r = annualDrift / 244 + s.beta() * market[i] + idio * rng.nextGaussian();
            if (s.exchangeTraded()) {
                r -= 0.004 * (Math.log(prev) - logStart);
                if (s.type() == SecurityType.STOCK && rng.nextDouble() < 0.004) {
                    r += (rng.nextBoolean() ? 1 : -1) * limit / 100.0 * (0.6 + 0.6 * rng.nextDouble());
                }
            }
            long raw = Math.round(prev * Math.exp(r) / tick) * tick;
            int upper = PriceLimits.upper(prev, limit, tick);
            int lower = PriceLimits.lower(prev, limit, tick);
            close[i] = (int) Math.max(lower, Math.min(upper, raw));
        }
        return close;
    }

    private static double annualDrift(Security s) {
        return switch (s.type()) {
            case STOCK, ETF -> 0;
            case FUND -> s.dailyVolatility() < 0.002 ? 0.03 : 0.04;
            case BOND -> 0.025;
            case WMP -> 0.028;
        };
    }

    private static double startPrice(Security s, SplittableRandom rng) {
        double z = rng.nextGaussian();
        return switch (s.type()) {
            case STOCK -> {
                if (s.st()) {
                    yield 3 * Math.exp(0.5 * z);
                }
                double median = switch (s.board()) {
                    case STAR -> 35;
                    case CHINEXT -> 22;
                    case BSE -> 14;
                    default -> "银行".equals(s.industry()) ? 5 : 12;
                };
                yield Math.min(1500, Math.max(1.5, median * Math.exp(0.7 * z)));
            }
            case ETF -> s.dailyVolatility() < 0.005 ? 100 + z : 1.5 + 4.5 * rng.nextDouble();
            case FUND -> 1 + 1.5 * rng.nextDouble();
            case BOND -> 100;
            case WMP -> 1;
        };
    }
}
