package com.brokercrm.datagen.people;

import java.util.SplittableRandom;

/** Small sampling helpers over a {@link SplittableRandom}. */
public final class Draw {

    private Draw() {}

    /** An index drawn with the given (not necessarily normalised) weights. */
    public static int index(double[] weights, SplittableRandom rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A value drawn with the given weights. */
    public static <T> T pick(T[] values, double[] weights, SplittableRandom rng) {
        return values[index(weights, rng)];
    }

    /** A uniformly drawn value. */
    public static <T> T any(T[] values, SplittableRandom rng) {
        return values[rng.nextInt(values.length)];
    }

    /** A lognormal draw with the given median and log-scale standard deviation. */
    public static double lognormal(double median, double sigma, SplittableRandom rng) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    /** A normal draw clamped to [min, max]. */
    public static double normal(double mean, double sd, double min, double max, SplittableRandom rng) {
        return Math.max(min, Math.min(max, mean + sd * rng.nextGaussian()));
    }

    /** A Poisson draw (Knuth's method; for small means). */
    public static int poisson(double mean, SplittableRandom rng) {
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }
}
