package com.brokercrm.analytics.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code customer_profile}: a client's value, tier, risk preference, habits and needs as of a
 * date, each with its drivers.
 *
 * @param valuePercentile share of clients (0-100) whose value is below this client's (ties count half)
 * @param habits habit tags in a stable order, each with the values behind it
 * @param needs need tags, each with its reason
 * @param drivers every driver above as stored ({@link ProfileJson}), written when the client was scored
 */
public record Profile(
        String customerId,
        LocalDate asOf,
        long runId,
        ValueResult value,
        double valuePercentile,
        Tier tier,
        RiskResult risk,
        Map<String, List<Driver>> habits,
        Map<String, List<Driver>> needs,
        String drivers) {

    public BigDecimal clientValue() {
        return value.clientValue();
    }

    /** Tags as stored: {@code |A|B|}, or {@code ||} when none (a filter is {@code LIKE '%|A|%'}). */
    public static String tagList(Map<String, ?> tags) {
        return "|" + String.join("|", tags.keySet()) + "|";
    }
}
