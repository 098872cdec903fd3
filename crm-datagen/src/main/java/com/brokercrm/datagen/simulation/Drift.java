package com.brokercrm.datagen.simulation;

import com.brokercrm.datagen.customer.ChurnKind;

/**
 * How a churner's behaviour changes during the drift, as factors on the normal daily chances, for
 * the drift's progress {@code p} (0 at its start, 1 on the event day).
 */
final class Drift {

    private Drift() {}

    /** Commission-sensitive and competitor clients stop buying; life events stop it quickly. */
    static double buyFactor(ChurnKind kind, double p) {
        return switch (kind) {
            case COMMISSION_SENSITIVE, COMPETITOR -> (1 - p) * (1 - p);
            case SERVICE_POOR -> 1 - 0.5 * p;
            case PERFORMANCE_DRIVEN -> 1.2;
            case LIFE_EVENT -> Math.max(0, 1 - 2 * p);
        };
    }

    /** Daily chance to sell a position; performance-driven clients hold on to their losers. */
    static double sellProbability(ChurnKind kind, double p, double normal, boolean winner) {
        return switch (kind) {
            case COMMISSION_SENSITIVE -> normal * (1 + 1.5 * p);
            case SERVICE_POOR -> normal;
            case PERFORMANCE_DRIVEN -> winner ? normal : normal * 0.4;
            case LIFE_EVENT -> normal * (1 + 5 * p) + 0.02;
            case COMPETITOR -> normal * (1 + p);
        };
    }

    static double depositFactor(ChurnKind kind, double p) {
        return kind == ChurnKind.LIFE_EVENT ? 0 : 1 - 0.8 * p;
    }

    static double withdrawalFactor(ChurnKind kind, double p) {
        return switch (kind) {
            case COMMISSION_SENSITIVE -> 1 + 8 * p;
            case SERVICE_POOR -> 1 + 2 * p;
            case PERFORMANCE_DRIVEN -> 1;
            case LIFE_EVENT -> 1 + 15 * p;
            case COMPETITOR -> 1 + 5 * p;
        };
    }

    /** True when withdrawals during the drift take most of the cash on hand rather than a slice of assets. */
    static boolean drains(ChurnKind kind) {
        return kind != ChurnKind.PERFORMANCE_DRIVEN;
    }
}
