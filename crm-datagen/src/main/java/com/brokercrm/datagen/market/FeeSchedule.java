package com.brokercrm.datagen.market;

import java.time.LocalDate;

/**
 * Trading fees by the published rules, in cents, rounded half up:
 *
 * <ul>
 *   <li>commission: the client's negotiated rate on the amount, at least 5.00 CNY (exchange products);
 *   <li>stamp duty: on stock sells only, 0.05% since 2023-08-28 (0.1% before);
 *   <li>transfer fee: on stock trades both sides on SH, SZ and BJ, 0.001% since 2022-04-29 (0.002%
 *       before, 0.0025% on BJ);
 *   <li>ETFs pay commission only; over-the-counter products (funds, bonds, WMPs) pay nothing here.
 * </ul>
 */
public final class FeeSchedule {

    /** Minimum commission per trade: 5.00 CNY. */
    public static final long MIN_COMMISSION_CENTS = 500;

    private static final long STAMP_DUTY_HALVED = LocalDate.of(2023, 8, 28).toEpochDay();
    private static final long TRANSFER_FEE_CUT = LocalDate.of(2022, 4, 29).toEpochDay();

    private FeeSchedule() {}

    /** Commission for an amount at a rate in millionths (e.g. 250 = 0.025%). */
    public static long commission(Security security, long amountCents, int rateMicros) {
        if (!security.exchangeTraded()) {
            return 0;
        }
        return Math.max(MIN_COMMISSION_CENTS, (amountCents * rateMicros + 500_000) / 1_000_000);
    }

    public static long stampDuty(Security security, boolean sell, long amountCents, long epochDay) {
        if (!sell || security.type() != SecurityType.STOCK) {
            return 0;
        }
        return epochDay >= STAMP_DUTY_HALVED ? (amountCents * 5 + 5_000) / 10_000 : (amountCents + 500) / 1_000;
    }

    public static long transferFee(Security security, long amountCents, long epochDay) {
        if (security.type() != SecurityType.STOCK) {
            return 0;
        }
        if (epochDay >= TRANSFER_FEE_CUT) {
            return (amountCents + 50_000) / 100_000;
        }
        return security.exchange() == Exchange.BJ
                ? (amountCents * 25 + 500_000) / 1_000_000
                : (amountCents * 2 + 50_000) / 100_000;
    }

    /** Traded amount in cents for a quantity at a price in pips, rounded half up to the cent. */
    public static long amount(int quantity, int pricePips) {
        return ((long) quantity * pricePips + 50) / 100;
    }
}
