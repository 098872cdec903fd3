package com.brokercrm.analytics.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A client's yearly value to the brokerage, in CNY per year: contribution (net commission + margin net
 * interest + cash spread + product fees) less cost to serve, and the potential value.
 */
public record ValueResult(
        BigDecimal netCommission,
        BigDecimal marginInterest,
        BigDecimal cashSpread,
        BigDecimal productFees,
        BigDecimal contribution,
        BigDecimal costToServe,
        BigDecimal clientValue,
        BigDecimal potentialValue,
        List<Driver> drivers) {

    /** The same result without its drivers (a stored profile keeps them as JSON). */
    public ValueResult withoutDrivers() {
        return new ValueResult(
                netCommission,
                marginInterest,
                cashSpread,
                productFees,
                contribution,
                costToServe,
                clientValue,
                potentialValue,
                List.of());
    }
}
