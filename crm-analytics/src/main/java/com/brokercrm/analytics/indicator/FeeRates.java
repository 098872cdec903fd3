package com.brokercrm.analytics.indicator;

import java.math.BigDecimal;

/**
 * Exchange fees a brokerage passes on per side of each trade, deducted from commission to give net
 * commission (DOMAIN.md): exchange handling fee 0.00341% on SH and SZ, 0.0125% on BSE, and the securities
 * management fee 0.002% everywhere. Over-the-counter products pay neither.
 *
 * @param handling exchange handling fee rate on the Shanghai and Shenzhen exchanges
 * @param handlingBse exchange handling fee rate on the Beijing Stock Exchange
 * @param management securities management fee rate
 */
public record FeeRates(BigDecimal handling, BigDecimal handlingBse, BigDecimal management) {

    public static final FeeRates DEFAULT =
            new FeeRates(new BigDecimal("0.0000341"), new BigDecimal("0.000125"), new BigDecimal("0.00002"));

    /** Rate deducted per unit of trading value on SH and SZ. */
    public BigDecimal mainRate() {
        return handling.add(management);
    }

    /** Rate deducted per unit of trading value on BSE. */
    public BigDecimal bseRate() {
        return handlingBse.add(management);
    }
}
