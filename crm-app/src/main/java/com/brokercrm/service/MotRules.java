package com.brokercrm.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The decisions of the event rules, as plain functions so their boundaries can be tested exactly. */
public final class MotRules {

    private MotRules() {}

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
