package com.brokercrm.service;

import java.math.BigDecimal;

/**
 * Trading permissions with an entry requirement (DOMAIN.md): the 20-trading-day average of total assets,
 * months since the account was opened (a stand-in for trading experience), and for margin a
 * questionnaire level of at least C4.
 */
public enum Permission {
    CHINEXT(new BigDecimal("100000"), 24, null),
    STAR(new BigDecimal("500000"), 24, null),
    BSE(new BigDecimal("500000"), 24, null),
    MARGIN(new BigDecimal("500000"), 6, "C4");

    private final BigDecimal averageAssets;
    private final int months;
    private final String minimumLevel;

    Permission(BigDecimal averageAssets, int months, String minimumLevel) {
        this.averageAssets = averageAssets;
        this.months = months;
        this.minimumLevel = minimumLevel;
    }

    public BigDecimal averageAssets() {
        return averageAssets;
    }

    public int months() {
        return months;
    }

    /** Whether a client with this 20-day average, account age and level meets the requirement. */
    public boolean met(BigDecimal average20, java.time.LocalDate opened, java.time.LocalDate asOf, String level) {
        if (average20 == null || average20.compareTo(averageAssets) < 0) {
            return false;
        }
        if (opened.plusMonths(months).isAfter(asOf)) {
            return false;
        }
        return minimumLevel == null || (level != null && level.compareTo(minimumLevel) >= 0);
    }
}
