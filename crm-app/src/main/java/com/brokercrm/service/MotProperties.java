package com.brokercrm.service;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the MOT rules ({@code brokercrm.mot.*}). A withdrawal is large when it reaches
 * {@code largeWithdrawalAmount}, or when it reaches {@code largeWithdrawalShare} of the client's total
 * assets on the day before and is at least {@code largeWithdrawalMinimum}. A margin call fires under
 * {@code marginWarningRatio} ((cash + market value) / margin debt). Date rules look {@code
 * assessmentNoticeDays} ahead for questionnaire expiry, {@code idExpiryNoticeDays} for the expiry of the
 * identity document on file and {@code birthdayNoticeDays} for birthdays; {@code noFundsDays} after
 * opening a client without any deposit gets a call. Open tasks past their due date by {@code
 * escalateAfterDays} are escalated to the branch.
 */
@ConfigurationProperties("brokercrm.mot")
public record MotProperties(
        @DefaultValue("500000") BigDecimal largeWithdrawalAmount,
        @DefaultValue("0.5") BigDecimal largeWithdrawalShare,
        @DefaultValue("50000") BigDecimal largeWithdrawalMinimum,
        @DefaultValue("1.5") BigDecimal marginWarningRatio,
        @DefaultValue("30") int assessmentNoticeDays,
        @DefaultValue("7") int birthdayNoticeDays,
        @DefaultValue("30") int noFundsDays,
        @DefaultValue("2") int escalateAfterDays,
        @DefaultValue("30") int idExpiryNoticeDays) {

    public static MotProperties defaults() {
        return new MotProperties(
                new BigDecimal("500000"),
                new BigDecimal("0.5"),
                new BigDecimal("50000"),
                new BigDecimal("1.5"),
                30,
                7,
                30,
                2,
                30);
    }
}
