package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

import java.math.BigDecimal;

/**
 * Rates, costs and cut-offs of the value model (docs/models.md). Every component left null takes its
 * documented default, so a configuration names only what it changes. Money per year in CNY; rates per
 * year as fractions.
 *
 * @param annualDays trading days in a year, for annualising the 250-day window (250)
 * @param minAnnualisationDays fewest asset days a window is scaled up from, so a client of a few days is
 *     not extrapolated wildly (60)
 * @param marginClientRate interest rate clients pay on margin financing (0.07; DOMAIN.md 6.5-8.35%)
 * @param marginFundingCost the brokerage's own funding cost of margin loans (0.035)
 * @param cashSpread what idle client cash earns the brokerage above the interest paid to the client
 *     (0.015)
 * @param productFeeRate yearly distribution (trailing) fee on over-the-counter products held (0.004)
 * @param fixedCostPerAccount yearly cost of keeping an account: statements, systems, compliance (60)
 * @param costPerVisit cost of a visit (200)
 * @param costPerCallOut cost of a call to the client (15)
 * @param costPerCallIn cost of a call from the client (8)
 * @param costPerWechat cost of a WeChat contact (1)
 * @param costPerWeb cost of an online service contact (2)
 * @param costPerEmail cost of an e-mail (0.5)
 * @param costPerSms cost of a text message (0.1)
 * @param costPerCounterTrade cost of a trade placed at the counter (10)
 * @param diamondPercentile value percentile (0-100) from which a client is DIAMOND (99)
 * @param platinumPercentile PLATINUM from (95)
 * @param goldPercentile GOLD from (80)
 * @param silverPercentile SILVER from (50); below, ORDINARY
 * @param potentialTrendWeight how much the asset trend (20-day over 250-day average assets, less 1)
 *     scales today's value in the potential (0.5)
 * @param potentialRevenueYield revenue a yuan of assets brings a year, for assets not yet with us (0.003)
 * @param potentialGapCapture share of the wallet gap (income-band capacity less assets with us) a
 *     brokerage can hope to win (0.3)
 * @param capacityLt100k investable assets expected of income band LT_100K (50,000)
 * @param capacity100k300k of 100K_300K (200,000)
 * @param capacity300k1m of 300K_1M (800,000)
 * @param capacity1m5m of 1M_5M (3,000,000)
 * @param capacityGt5m of GT_5M (10,000,000)
 * @param potentialFullAge age up to which the horizon counts in full (50)
 * @param potentialMinAge age from which the horizon weight reaches its floor (75)
 * @param potentialAgeFloor the horizon weight's floor (0.5)
 */
public record ValueConfig(
        Integer annualDays,
        Integer minAnnualisationDays,
        BigDecimal marginClientRate,
        BigDecimal marginFundingCost,
        BigDecimal cashSpread,
        BigDecimal productFeeRate,
        BigDecimal fixedCostPerAccount,
        BigDecimal costPerVisit,
        BigDecimal costPerCallOut,
        BigDecimal costPerCallIn,
        BigDecimal costPerWechat,
        BigDecimal costPerWeb,
        BigDecimal costPerEmail,
        BigDecimal costPerSms,
        BigDecimal costPerCounterTrade,
        Double diamondPercentile,
        Double platinumPercentile,
        Double goldPercentile,
        Double silverPercentile,
        Double potentialTrendWeight,
        BigDecimal potentialRevenueYield,
        Double potentialGapCapture,
        BigDecimal capacityLt100k,
        BigDecimal capacity100k300k,
        BigDecimal capacity300k1m,
        BigDecimal capacity1m5m,
        BigDecimal capacityGt5m,
        Integer potentialFullAge,
        Integer potentialMinAge,
        Double potentialAgeFloor) {

    public static final ValueConfig DEFAULT = new ValueConfig(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);

    public ValueConfig {
        annualDays = or(annualDays, 250);
        minAnnualisationDays = or(minAnnualisationDays, 60);
        marginClientRate = or(marginClientRate, "0.07");
        marginFundingCost = or(marginFundingCost, "0.035");
        cashSpread = or(cashSpread, "0.015");
        productFeeRate = or(productFeeRate, "0.004");
        fixedCostPerAccount = or(fixedCostPerAccount, "60");
        costPerVisit = or(costPerVisit, "200");
        costPerCallOut = or(costPerCallOut, "15");
        costPerCallIn = or(costPerCallIn, "8");
        costPerWechat = or(costPerWechat, "1");
        costPerWeb = or(costPerWeb, "2");
        costPerEmail = or(costPerEmail, "0.5");
        costPerSms = or(costPerSms, "0.1");
        costPerCounterTrade = or(costPerCounterTrade, "10");
        diamondPercentile = or(diamondPercentile, 99.0);
        platinumPercentile = or(platinumPercentile, 95.0);
        goldPercentile = or(goldPercentile, 80.0);
        silverPercentile = or(silverPercentile, 50.0);
        potentialTrendWeight = or(potentialTrendWeight, 0.5);
        potentialRevenueYield = or(potentialRevenueYield, "0.003");
        potentialGapCapture = or(potentialGapCapture, 0.3);
        capacityLt100k = or(capacityLt100k, "50000");
        capacity100k300k = or(capacity100k300k, "200000");
        capacity300k1m = or(capacity300k1m, "800000");
        capacity1m5m = or(capacity1m5m, "3000000");
        capacityGt5m = or(capacityGt5m, "10000000");
        potentialFullAge = or(potentialFullAge, 50);
        potentialMinAge = or(potentialMinAge, 75);
        potentialAgeFloor = or(potentialAgeFloor, 0.5);
        if (!(silverPercentile <= goldPercentile
                && goldPercentile <= platinumPercentile
                && platinumPercentile <= diamondPercentile)) {
            throw new IllegalArgumentException("tier percentiles must rise from silver to diamond");
        }
    }

    /** Expected investable assets of an income band, null for an unknown band. */
    public BigDecimal capacity(String incomeBand) {
        if (incomeBand == null) {
            return null;
        }
        return switch (incomeBand) {
            case "LT_100K" -> capacityLt100k;
            case "100K_300K" -> capacity100k300k;
            case "300K_1M" -> capacity300k1m;
            case "1M_5M" -> capacity1m5m;
            case "GT_5M" -> capacityGt5m;
            default -> null;
        };
    }
}
