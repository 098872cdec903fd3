package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.organisation.Branch;
import java.time.LocalDate;

/**
 * Everything drawn for one client before simulation: the master data written to
 * {@code customers.csv} (nullable fields already blanked where the core system would lack them), the
 * planted persona and behaviour, and the churn plan.
 *
 * @param index zero-based client number
 * @param serviceStaffId the account manager who serves the client (the manager, or a colleague of
 *     the branch when no manager is recorded)
 * @param idExpiresOn expiry of the identity card on file, null when valid for good ({@link IdCardValidity})
 * @param age age in whole years on the end date
 * @param firstDay index of the first trading day the account exists in the window
 * @param fundingDay index of the day a new client first deposits, or -1 (pre-existing or never)
 * @param startAssetsCents net assets on the first day (pre-existing) or first deposit (new)
 * @param commissionRateMicros negotiated commission rate in millionths of the amount
 * @param channelWeights order-channel preference over APP, WEB, PHONE, COUNTER
 * @param dormantSince for clients already dormant before the window: since when, else null
 * @param churn the planted churn, or null
 * @param starPermission whether the client may trade STAR and BSE shares
 */
public record CustomerProfile(
        int index,
        String id,
        String name,
        String gender,
        LocalDate birthDate,
        String idNumber,
        String phone,
        String email,
        String city,
        String occupation,
        String education,
        String incomeBand,
        LocalDate openDate,
        Branch branch,
        String managerId,
        String brokerId,
        String serviceStaffId,
        String investorType,
        String riskLevel,
        LocalDate riskAssessedOn,
        LocalDate idExpiresOn,
        int age,
        Persona persona,
        Persona behavesAs,
        Behaviour behaviour,
        int firstDay,
        int fundingDay,
        long startAssetsCents,
        int commissionRateMicros,
        double[] channelWeights,
        LocalDate dormantSince,
        ChurnPlan churn,
        boolean starPermission) {

    public boolean preExisting() {
        return firstDay == 0;
    }

    /** The status written to {@code customers.csv}. */
    public String status() {
        if (churn != null && churn.type() != ChurnType.ASSET_OUTFLOW) {
            return churn.type() == ChurnType.DORMANT ? "DORMANT" : churn.type().name();
        }
        return dormantSince != null ? "DORMANT" : "ACTIVE";
    }

    /** True when a questionnaire level is recorded and the client behaves like a risk seeker. */
    public boolean suitabilityMismatch() {
        return riskLevel != null && behavesAs == Persona.RISK_SEEKING && riskLevel.compareTo("C4") < 0;
    }
}
