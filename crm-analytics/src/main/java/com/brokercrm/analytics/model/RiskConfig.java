package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

/**
 * Weights and cut-offs of the risk-preference model (docs/models.md). The behaviour score is
 * {@code 100 / (1 + exp(-s / spread))} with {@code s = bias + Σ weight × signal}; weights are per unit of
 * each signal (a share 0-1, a log of turnover or days, a daily return standard deviation). The defaults
 * were fitted by maximum likelihood (an ordered logit of the three behaviour classes) on a generated
 * brokerage of 50,000 clients (seed 13) and are reported on another (seed 7, {@code bench profile}); the
 * leverage weight is set by hand (too few margin clients to fit it) and concentration is left out (it adds
 * nothing beyond the number of positions). Null components take their defaults.
 *
 * @param bias the score's intercept (4.42)
 * @param spread divides s before the logistic curve: larger spreads the scores (4)
 * @param highRiskTradeWeight share of trading value in STAR, ChiNext, BSE and ST (5.57)
 * @param highRiskHoldWeight share of holdings in those boards (0.3)
 * @param etfHoldWeight ETFs' share of holdings (-0.53)
 * @param productHoldWeight funds', bonds' and WMPs' share of holdings (-0.72)
 * @param etfTradeWeight ETFs' share of trading value (-3.68)
 * @param productTradeWeight funds', bonds' and WMPs' share of trading value (-7.4)
 * @param equityShareWeight stocks and ETFs over assets (0.6)
 * @param turnoverWeight ln(1 + 250-day turnover) (0.4)
 * @param holdingDaysWeight ln(1 + average holding days) (-1.31)
 * @param concentrationWeight HHI of positions (0: left out; the number of positions carries it)
 * @param leverageWeight margin debt over net assets (1.0)
 * @param volatilityWeight standard deviation of daily returns (59, i.e. 0.59 per percentage point)
 * @param drawdownWeight maximum drawdown over 250 days (0.19)
 * @param cashShareWeight cash over assets (-3.49)
 * @param positionsWeight number of positions (-0.13)
 * @param classModel how the class weighs behaviour, the questionnaire level and age ({@link RiskClassConfig})
 * @param c2From behaviour score from which the implied level is C2 (13.4); the four cut-offs put the
 *     implied levels of the fitting brokerage in the shares its questionnaire levels have (10%, 22%, 36%,
 *     23%, 9%)
 * @param c3From C3 from (32.3)
 * @param c4From C4 from (58.5)
 * @param c5From C5 from (83.9)
 * @param reviewGap levels by which the implied level must exceed the questionnaire level for a review
 *     whatever the client trades (3)
 * @param reviewBoardShare share of trading value in STAR, ChiNext, BSE and ST (boards that need C4) from
 *     which a client below C4 whose behaviour implies C4 or above is due a review (0.3)
 */
public record RiskConfig(
        Double bias,
        Double spread,
        Double highRiskTradeWeight,
        Double highRiskHoldWeight,
        Double etfHoldWeight,
        Double productHoldWeight,
        Double etfTradeWeight,
        Double productTradeWeight,
        Double equityShareWeight,
        Double turnoverWeight,
        Double holdingDaysWeight,
        Double concentrationWeight,
        Double leverageWeight,
        Double volatilityWeight,
        Double drawdownWeight,
        Double cashShareWeight,
        Double positionsWeight,
        RiskClassConfig classModel,
        Double c2From,
        Double c3From,
        Double c4From,
        Double c5From,
        Integer reviewGap,
        Double reviewBoardShare) {

    public static final RiskConfig DEFAULT = new RiskConfig(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    public RiskConfig {
        bias = or(bias, 4.42);
        spread = or(spread, 4.0);
        highRiskTradeWeight = or(highRiskTradeWeight, 5.57);
        highRiskHoldWeight = or(highRiskHoldWeight, 0.3);
        etfHoldWeight = or(etfHoldWeight, -0.53);
        productHoldWeight = or(productHoldWeight, -0.72);
        etfTradeWeight = or(etfTradeWeight, -3.68);
        productTradeWeight = or(productTradeWeight, -7.4);
        equityShareWeight = or(equityShareWeight, 0.6);
        turnoverWeight = or(turnoverWeight, 0.4);
        holdingDaysWeight = or(holdingDaysWeight, -1.31);
        concentrationWeight = or(concentrationWeight, 0.0);
        leverageWeight = or(leverageWeight, 1.0);
        volatilityWeight = or(volatilityWeight, 59.0);
        drawdownWeight = or(drawdownWeight, 0.19);
        cashShareWeight = or(cashShareWeight, -3.49);
        positionsWeight = or(positionsWeight, -0.13);
        classModel = or(classModel, RiskClassConfig.DEFAULT);
        c2From = or(c2From, 13.4);
        c3From = or(c3From, 32.3);
        c4From = or(c4From, 58.5);
        c5From = or(c5From, 83.9);
        reviewGap = or(reviewGap, 3);
        reviewBoardShare = or(reviewBoardShare, 0.3);
        if (spread <= 0 || !(c2From <= c3From && c3From <= c4From && c4From <= c5From)) {
            throw new IllegalArgumentException("risk level cut-offs must rise and the spread be positive");
        }
    }
}
