package com.brokercrm.analytics.model;

/** Value tiers, highest first (钻石 / 白金 / 金 / 银 / 普通). */
public enum Tier {
    DIAMOND,
    PLATINUM,
    GOLD,
    SILVER,
    ORDINARY;

    /** The tier of a value percentile (0-100) under the configured cut-offs. */
    public static Tier of(double percentile, ValueConfig config) {
        if (percentile >= config.diamondPercentile()) {
            return DIAMOND;
        }
        if (percentile >= config.platinumPercentile()) {
            return PLATINUM;
        }
        if (percentile >= config.goldPercentile()) {
            return GOLD;
        }
        if (percentile >= config.silverPercentile()) {
            return SILVER;
        }
        return ORDINARY;
    }
}
