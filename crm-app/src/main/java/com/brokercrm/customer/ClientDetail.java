package com.brokercrm.customer;

import java.time.LocalDate;

/**
 * The header of the client 360 view. Phone, ID number and e-mail are masked; {@code idExpiresOn} is the
 * expiry of the identity document on file (null: unknown or long-term).
 */
public record ClientDetail(
        String customerId,
        String name,
        String gender,
        LocalDate birthDate,
        Integer age,
        String maskedPhone,
        String maskedIdNumber,
        LocalDate idExpiresOn,
        IdState idState,
        String maskedEmail,
        String city,
        String occupation,
        String education,
        String incomeBand,
        LocalDate openDate,
        int tenureYears,
        String branchId,
        String branchName,
        String managerId,
        String managerName,
        String brokerName,
        String investorType,
        String riskLevel,
        LocalDate riskAssessedOn,
        LocalDate riskExpiresOn,
        AssessmentState assessmentState,
        String status,
        LocalDate statusDate) {

    /** Whether the suitability questionnaire still counts. */
    public enum AssessmentState {
        VALID,
        EXPIRING_SOON,
        EXPIRED,
        NOT_ASSESSED
    }

    /** Whether the identity document on file is still valid (it is through its expiry date). */
    public enum IdState {
        VALID,
        EXPIRING_SOON,
        EXPIRED,
        /** No expiry on file: unknown, or a long-term ID. */
        NO_EXPIRY
    }
}
