package com.brokercrm.analytics.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures of a model against known answers, for tests and benchmarks: a confusion matrix with accuracy,
 * per-class precision and recall and macro-F1, Spearman's rank correlation, and the questionnaire's own reading
 * of the risk class.
 */
public final class Evaluation {

    private Evaluation() {}

    /** Counts of (actual, predicted) pairs over the given classes. */
    public static final class Confusion {
        private final List<String> classes;
        private final long[][] counts;

        public Confusion(List<String> classes) {
            this.classes = List.copyOf(classes);
            this.counts = new long[classes.size()][classes.size()];
        }

        public void add(String actual, String predicted) {
            counts[index(actual)][index(predicted)]++;
        }

        private int index(String c) {
            int i = classes.indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException("unknown class " + c);
            }
            return i;
        }

        public long total() {
            return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
        }

        public long count(String actual, String predicted) {
            return counts[index(actual)][index(predicted)];
        }

        public double accuracy() {
            long right = 0;
            for (int i = 0; i < counts.length; i++) {
                right += counts[i][i];
            }
            return total() == 0 ? 0 : (double) right / total();
        }

        public double precision(String c) {
            int k = index(c);
            long predicted = 0;
            for (long[] row : counts) {
                predicted += row[k];
            }
            return predicted == 0 ? 0 : (double) counts[k][k] / predicted;
        }

        public double recall(String c) {
            int k = index(c);
            long actual = Arrays.stream(counts[k]).sum();
            return actual == 0 ? 0 : (double) counts[k][k] / actual;
        }

        public double f1(String c) {
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double macroF1() {
            return classes.stream().mapToDouble(this::f1).average().orElse(0);
        }

        /** The matrix and per-class figures as text (rows: actual, columns: predicted). */
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-14s", "actual \\ pred"));
            for (String c : classes) {
                b.append(String.format(Locale.ROOT, "%14s", c));
            }
            b.append(String.format(Locale.ROOT, "%11s%8s%8s%n", "precision", "recall", "F1"));
            for (String a : classes) {
                b.append(String.format(Locale.ROOT, "%-14s", a));
                for (String p : classes) {
                    b.append(String.format(Locale.ROOT, "%,14d", count(a, p)));
                }
                b.append(String.format(Locale.ROOT, "%11.3f%8.3f%8.3f%n", precision(a), recall(a), f1(a)));
            }
            b.append(String.format(
                    Locale.ROOT, "accuracy %.4f  macro-F1 %.4f  (%,d clients)%n", accuracy(), macroF1(), total()));
            return b.toString();
        }
    }

    /**
     * The class a questionnaire level names when read on its own, as a CRM without behaviour would: C1-C2
     * conservative, C3 risk-averse, C4-C5 risk-seeking, and risk-averse (the commonest class) when not
     * assessed. The floor a behavioural class has to clear.
     */
    public static RiskClass questionnaireClass(String level) {
        if (level == null) {
            return RiskClass.RISK_AVERSE;
        }
        return switch (level) {
            case "C1", "C2" -> RiskClass.CONSERVATIVE;
            case "C4", "C5" -> RiskClass.RISK_SEEKING;
            default -> RiskClass.RISK_AVERSE;
        };
    }

    /** Spearman's rank correlation of two samples of equal length (ties get their average rank). */
    public static double spearman(double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("need two samples of equal length, at least 2");
        }
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < ra.length; i++) {
            sab += (ra[i] - ma) * (rb[i] - mb);
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    static double[] ranks(double[] x) {
        Integer[] order = new Integer[x.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double[] r = new double[x.length];
        int i = 0;
        while (i < x.length) {
            int j = i;
            while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = rank;
            }
            i = j + 1;
        }
        return r;
    }
}
