package com.brokercrm.datagen.customer;

/**
 * Why a planted churner leaves, which decides the event's reason code, its likely types and how the
 * client's behaviour drifts in the weeks before the event.
 */
public enum ChurnKind {
    /** Fees too high: trades less, moves money out, often transfers to a cheaper broker. */
    COMMISSION_SENSITIVE(
            "COMMISSION",
            new ChurnType[] {ChurnType.TRANSFERRED_OUT, ChurnType.ASSET_OUTFLOW, ChurnType.CLOSED},
            new double[] {0.5, 0.3, 0.2}),
    /** Neglected: few contacts, low satisfaction, a complaint, then closes or goes quiet. */
    SERVICE_POOR(
            "SERVICE",
            new ChurnType[] {ChurnType.CLOSED, ChurnType.DORMANT, ChurnType.TRANSFERRED_OUT},
            new double[] {0.45, 0.35, 0.2}),
    /** Loses money on bad picks, then leaves. */
    PERFORMANCE_DRIVEN(
            "PERFORMANCE",
            new ChurnType[] {ChurnType.ASSET_OUTFLOW, ChurnType.CLOSED, ChurnType.DORMANT},
            new double[] {0.4, 0.35, 0.25}),
    /** Needs the money (house, education, illness, retirement): sells and drains the account. */
    LIFE_EVENT("LIFE_EVENT", new ChurnType[] {ChurnType.ASSET_OUTFLOW, ChurnType.CLOSED}, new double[] {0.6, 0.4}),
    /** Poached by another firm: winds down and transfers out. */
    COMPETITOR("COMPETITOR", new ChurnType[] {ChurnType.TRANSFERRED_OUT, ChurnType.CLOSED}, new double[] {0.85, 0.15});

    private final String reasonCode;
    private final ChurnType[] types;
    private final double[] typeWeights;

    ChurnKind(String reasonCode, ChurnType[] types, double[] typeWeights) {
        this.reasonCode = reasonCode;
        this.types = types;
        this.typeWeights = typeWeights;
    }

    /** The primary reason code of DOMAIN.md recorded for this kind. */
    public String reasonCode() {
        return reasonCode;
    }

    /** The event type for a uniform draw {@code u} in [0, 1). */
    public ChurnType type(double u) {
        for (int i = 0; i < types.length - 1; i++) {
            u -= typeWeights[i];
            if (u < 0) {
                return types[i];
            }
        }
        return types[types.length - 1];
    }
}
