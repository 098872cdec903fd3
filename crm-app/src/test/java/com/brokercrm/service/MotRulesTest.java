package com.brokercrm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each event rule fires just over its line and not just under it. */
class MotRulesTest {

    static final MotProperties P = MotProperties.defaults();

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void largeWithdrawalByAmount() {
        assertThat(MotRules.largeWithdrawal(d("500000.00"), d("100000000"), P)).isTrue();
        assertThat(MotRules.largeWithdrawal(d("499999.99"), d("100000000"), P)).isFalse();
        assertThat(MotRules.largeWithdrawal(d("500000.00"), null, P)).isTrue();
    }

    @Test
    void largeWithdrawalByShareOfAssetsAboveTheMinimum() {
        assertThat(MotRules.largeWithdrawal(d("100000.00"), d("200000.00"), P)).isTrue(); // exactly 50%
        assertThat(MotRules.largeWithdrawal(d("99999.99"), d("200000.00"), P)).isFalse();
        // 80% of the assets, but under the 50,000 minimum
        assertThat(MotRules.largeWithdrawal(d("49999.99"), d("62500.00"), P)).isFalse();
        assertThat(MotRules.largeWithdrawal(d("50000.00"), d("62500.00"), P)).isTrue();
        assertThat(MotRules.largeWithdrawal(d("60000.00"), null, P)).isFalse();
    }

    @Test
    void marginCallUnderTheWarningLine() {
        assertThat(MotRules.marginCall(d("0"), d("150.00"), d("100.00"), P)).isFalse(); // exactly 150%
        assertThat(MotRules.marginCall(d("0"), d("149.99"), d("100.00"), P)).isTrue();
        assertThat(MotRules.marginCall(d("10"), d("139.99"), d("100.00"), P)).isTrue();
        assertThat(MotRules.marginCall(d("100"), d("0"), d("0"), P)).isFalse();
        assertThat(MotRules.maintenanceRatio(d("30"), d("120"), d("100"))).isEqualByComparingTo("1.5");
    }

    @Test
    void idExpiryWithinTheNoticeDaysAndOnceThePassedLastValidDay() {
        LocalDate asOf = LocalDate.of(2026, 10, 30);
        assertThat(MotRules.idExpiry(null, asOf, P)).isEqualTo(MotRules.IdExpiry.NONE);
        assertThat(MotRules.idExpiry(asOf.plusDays(31), asOf, P)).isEqualTo(MotRules.IdExpiry.NONE);
        assertThat(MotRules.idExpiry(asOf.plusDays(30), asOf, P)).isEqualTo(MotRules.IdExpiry.EXPIRING);
        assertThat(MotRules.idExpiry(asOf, asOf, P))
                .as("valid through its last day")
                .isEqualTo(MotRules.IdExpiry.EXPIRING);
        assertThat(MotRules.idExpiry(asOf.minusDays(1), asOf, P)).isEqualTo(MotRules.IdExpiry.EXPIRED);
        assertThat(MotRules.idExpiry(LocalDate.of(2001, 1, 1), asOf, P)).isEqualTo(MotRules.IdExpiry.EXPIRED);
        MotProperties week = new MotProperties(
                P.largeWithdrawalAmount(),
                P.largeWithdrawalShare(),
                P.largeWithdrawalMinimum(),
                P.marginWarningRatio(),
                P.assessmentNoticeDays(),
                P.birthdayNoticeDays(),
                P.noFundsDays(),
                P.escalateAfterDays(),
                7);
        assertThat(MotRules.idExpiry(asOf.plusDays(8), asOf, week)).isEqualTo(MotRules.IdExpiry.NONE);
        assertThat(MotRules.idExpiry(asOf.plusDays(7), asOf, week)).isEqualTo(MotRules.IdExpiry.EXPIRING);
    }

    @Test
    void nextBirthdayHandlesYearEndAndLeapDays() {
        assertThat(MotEngine.nextBirthday(LocalDate.of(1980, 1, 1), LocalDate.of(2024, 12, 25)))
                .isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(MotEngine.nextBirthday(LocalDate.of(1980, 2, 29), LocalDate.of(2025, 2, 20)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(MotEngine.nextBirthday(LocalDate.of(1980, 2, 29), LocalDate.of(2028, 2, 20)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
