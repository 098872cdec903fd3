package com.brokercrm.analytics.model;

import java.time.LocalDate;

/**
 * What the models need about a client beyond the indicators: master data from {@code customer}.
 *
 * @param customerId the client
 * @param riskLevel questionnaire level C1-C5, null when not assessed (or professional)
 * @param investorType ORDINARY or PROFESSIONAL
 * @param incomeBand LT_100K, 100K_300K, 300K_1M, 1M_5M, GT_5M or null
 * @param status ACTIVE, DORMANT, CLOSED or TRANSFERRED_OUT
 * @param riskAssessedOn date of the questionnaire, null when not assessed
 */
public record ClientFacts(
        String customerId,
        String riskLevel,
        String investorType,
        String incomeBand,
        String status,
        LocalDate riskAssessedOn) {

    /** A client with no master data (every field unknown but the id). */
    public static ClientFacts unknown(String customerId) {
        return new ClientFacts(customerId, null, "ORDINARY", null, "ACTIVE", null);
    }

    public boolean professional() {
        return "PROFESSIONAL".equals(investorType);
    }

    /** The questionnaire level as 1-5, or 0 when not assessed. */
    public int levelNumber() {
        return riskLevel == null ? 0 : riskLevel.charAt(1) - '0';
    }

    public boolean open() {
        return !"CLOSED".equals(status) && !"TRANSFERRED_OUT".equals(status);
    }
}
