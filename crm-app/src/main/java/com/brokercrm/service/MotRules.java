package com.brokercrm.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The decisions of the event rules, as plain functions so their boundaries can be tested exactly. */
public final class MotRules {

    private MotRules() {}

    /** Where the identity document on file stands on a day, for the ID expiry rule. */
    public enum IdExpiry {
        /** No expiry on file (unknown or long-term), or further away than the notice. */
        NONE,
        /** Expires within the notice days, today included: the document is still valid. */
        EXPIRING,
        /** The last valid day has passed: trading is restricted until a renewed document is on file. */
        EXPIRED
    }

    /**
     * The state of a document valid up to and including {@code expiresOn} (null: no expiry on file) on the
     * day {@code asOf}, with {@code idExpiryNoticeDays} of notice.
     */
    public static IdExpiry idExpiry(LocalDate expiresOn, LocalDate asOf, MotProperties p) {
        if (expiresOn == null) {
            return IdExpiry.NONE;
        }
        if (expiresOn.isBefore(asOf)) {
            return IdExpiry.EXPIRED;
        }
        return expiresOn.isAfter(asOf.plusDays(p.idExpiryNoticeDays())) ? IdExpiry.NONE : IdExpiry.EXPIRING;
    }

    /** True when an outgoing amount is large by itself, or large against the assets the client had. */
    public static boolean largeWithdrawal(BigDecimal amount, BigDecimal assetsBefore, MotProperties p) {
        if (amount.compareTo(p.largeWithdrawalAmount()) >= 0) {
            return true;
        }
        if (amount.compareTo(p.largeWithdrawalMinimum()) < 0 || assetsBefore == null || assetsBefore.signum() <= 0) {
            return false;
        }
        return amount.compareTo(assetsBefore.multiply(p.largeWithdrawalShare())) >= 0;
    }

    /** The maintenance ratio (cash + market value) / margin debt, or null without debt. */
    public static BigDecimal maintenanceRatio(BigDecimal cash, BigDecimal marketValue, BigDecimal marginDebt) {
        if (marginDebt == null || marginDebt.signum() <= 0) {
            return null;
        }
        return cash.add(marketValue).divide(marginDebt, 6, RoundingMode.HALF_UP);
    }

    /** True when the maintenance ratio is under the warning line (strictly). */
    public static boolean marginCall(BigDecimal cash, BigDecimal marketValue, BigDecimal marginDebt, MotProperties p) {
        BigDecimal ratio = maintenanceRatio(cash, marketValue, marginDebt);
        return ratio != null && ratio.compareTo(p.marginWarningRatio()) < 0;
    }
}
