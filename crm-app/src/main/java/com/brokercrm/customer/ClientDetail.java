package com.brokercrm.customer;

import java.time.LocalDate;

/** The header of the client 360 view. Phone, ID number and e-mail are masked. */
public record ClientDetail(
        String customerId,
        String name,
        String gender,
        LocalDate birthDate,
        Integer age,
        String maskedPhone,
        String maskedIdNumber,
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
}
