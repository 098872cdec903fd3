package com.brokercrm.analytics.model;

import com.brokercrm.analytics.indicator.IndicatorRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's value to the brokerage per year (docs/models.md): contribution (net commission, margin net
 * interest, spread on idle cash, product fees) less cost to serve (a fixed cost per account, each contact
 * by its channel, each counter trade), and the potential value. Flows over the 250-day window are
 * annualised by {@code annualDays / max(asset days, minAnnualisationDays)}; averages are already yearly
 * rates.
 */
public final class ValueModel {

    private final ValueConfig config;

    public ValueModel(ValueConfig config) {
        this.config = config;
    }

    public ValueResult value(IndicatorRow row, ClientFacts facts) {
        int days = intOr(row.count("asset_days_250"), 0);
        BigDecimal factor = days == 0
                ? BigDecimal.ONE
                : BigDecimal.valueOf(config.annualDays())
                        .divide(
                                BigDecimal.valueOf(Math.max(days, config.minAnnualisationDays())),
                                10,
                                RoundingMode.HALF_UP);
        double avgAssets = row.valueOr("avg_assets_250", 0);
        double avgDebt = row.valueOr("avg_margin_debt_250", 0);
        double avgCash = avgAssets * row.valueOr("cash_share_250", 0);
        double productValue = row.valueOr("holding_value", 0) * row.valueOr("product_hold_share", 0);

        BigDecimal netCommission = cents(moneyOr(row, "net_commission_250").multiply(factor));
        BigDecimal marginInterest = cents(
                BigDecimal.valueOf(avgDebt).multiply(config.marginClientRate().subtract(config.marginFundingCost())));
        BigDecimal cashSpread = cents(BigDecimal.valueOf(avgCash).multiply(config.cashSpread()));
        BigDecimal productFees = cents(BigDecimal.valueOf(productValue).multiply(config.productFeeRate()));
        BigDecimal contribution =
                netCommission.add(marginInterest).add(cashSpread).add(productFees);

        BigDecimal contactCost = cost(row, "visit_contacts_250", config.costPerVisit())
                .add(cost(row, "call_out_contacts_250", config.costPerCallOut()))
                .add(cost(row, "call_in_contacts_250", config.costPerCallIn()))
                .add(cost(row, "wechat_contacts_250", config.costPerWechat()))
                .add(cost(row, "web_contacts_250", config.costPerWeb()))
                .add(cost(row, "email_contacts_250", config.costPerEmail()))
                .add(cost(row, "sms_contacts_250", config.costPerSms()));
        long counterTrades = Math.round(intOr(row.count("trade_count_250"), 0) * row.valueOr("counter_share_250", 0));
        BigDecimal counterCost = config.costPerCounterTrade().multiply(BigDecimal.valueOf(counterTrades));
        BigDecimal fixed = facts.open() ? config.fixedCostPerAccount() : BigDecimal.ZERO;
        BigDecimal costToServe = cents(fixed.add(contactCost.add(counterCost).multiply(factor)));
        BigDecimal clientValue = contribution.subtract(costToServe);

        // potential: today's value carried by the asset trend, plus a share of the wallet not yet with us,
        // weighted by the client's horizon (age)
        Double recent = row.value("avg_assets_20");
        double trend = recent == null || avgAssets <= 0 ? 0 : clamp(recent / avgAssets - 1, -0.5, 1);
        BigDecimal capacity = config.capacity(facts.incomeBand());
        double gap = capacity == null ? 0 : Math.max(0, capacity.doubleValue() - avgAssets);
        double horizon = horizon(row.count("age"));
        double potential = horizon
                * (Math.max(0, clientValue.doubleValue()) * (1 + config.potentialTrendWeight() * trend)
                        + config.potentialGapCapture()
                                * gap
                                * config.potentialRevenueYield().doubleValue());
        BigDecimal potentialValue = cents(BigDecimal.valueOf(potential));

        List<Driver> drivers = new ArrayList<>();
        drivers.add(Driver.of("netCommission", netCommission));
        drivers.add(Driver.of("marginInterest", marginInterest));
        drivers.add(Driver.of("cashSpread", cashSpread));
        drivers.add(Driver.of("productFees", productFees));
        drivers.add(Driver.of("costToServe", costToServe));
        drivers.add(Driver.of("avgAssets", round(avgAssets, 2)));
        drivers.add(Driver.of("contacts", intOr(row.count("contacts_250"), 0)));
        drivers.add(Driver.of("counterTrades", counterTrades));
        drivers.add(Driver.of("annualisation", factor.setScale(4, RoundingMode.HALF_UP)));
        drivers.add(Driver.of("assetGrowth", round(trend, 4)));
        drivers.add(Driver.of("walletGap", round(gap, 2)));
        drivers.add(Driver.of("horizon", round(horizon, 4)));
        return new ValueResult(
                netCommission,
                marginInterest,
                cashSpread,
                productFees,
                contribution,
                costToServe,
                clientValue,
                potentialValue,
                List.copyOf(drivers));
    }

    /** How much of the potential the client's remaining horizon allows: 1 when young, down to a floor. */
    double horizon(Integer age) {
        if (age == null || age <= config.potentialFullAge()) {
            return 1;
        }
        if (age >= config.potentialMinAge()) {
            return config.potentialAgeFloor();
        }
        double t = (double) (age - config.potentialFullAge()) / (config.potentialMinAge() - config.potentialFullAge());
        return 1 - t * (1 - config.potentialAgeFloor());
    }

    private static BigDecimal cost(IndicatorRow row, String column, BigDecimal unit) {
        return unit.multiply(BigDecimal.valueOf(intOr(row.count(column), 0)));
    }

    private static BigDecimal moneyOr(IndicatorRow row, String column) {
        BigDecimal v = row.money(column);
        return v == null ? BigDecimal.ZERO : v;
    }

    static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static int intOr(Integer v, int fallback) {
        return v == null ? fallback : v;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

    /**
     * {@code v} rounded half-up to {@code digits} decimals of its shortest decimal form, as {@code
     * BigDecimal.valueOf(v).setScale(digits, HALF_UP).doubleValue()} gives it (without a negative zero).
     * Away from a tie the nearest multiple of 10<sup>-digits</sup> is found in double arithmetic, which is
     * exact there; near a tie, and for large values, BigDecimal decides (ValueModelTest holds the two
     * equal).
     */
    static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        if (digits >= 0 && digits < POWERS_OF_TEN.length) {
            double scale = POWERS_OF_TEN[digits];
            double scaled = v * scale;
            if (Math.abs(scaled) < 1e9) {
                double floor = Math.floor(scaled);
                double fraction = scaled - floor;
                if (Math.abs(fraction - 0.5) > 1e-6) {
                    // k / 10^d with both exact is the double nearest to the decimal, as BigDecimal gives it
                    return (fraction > 0.5 ? floor + 1 : floor) / scale + 0.0;
                }
            }
        }
        return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
