package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

/**
 * Weights and cut-offs of the risk-preference model (docs/models.md). The behaviour score is
 * {@code 100 / (1 + exp(-s / spread))} with {@code s = bias + Σ weight × signal}; weights are per unit of
 * each signal (a share 0-1, a log of turnover or days, a daily return standard deviation). The defaults
 * were fitted on a generated brokerage (seed 11, 6,000 clients) and checked on another (seed 23). Null
 * components take their defaults.
 *
 * @param bias the score's intercept (2.4)
 * @param spread divides s before the logistic curve: larger spreads the scores (2)
 * @param highRiskTradeWeight share of trading value in STAR, ChiNext, BSE and ST (6.6)
 * @param highRiskHoldWeight share of holdings in those boards (0.3)
 * @param etfHoldWeight ETFs' share of holdings (-1.35)
 * @param productHoldWeight funds', bonds' and WMPs' share of holdings (-2.25)
 * @param equityShareWeight stocks and ETFs over assets (0.65)
 * @param turnoverWeight ln(1 + 250-day turnover) (0.1)
 * @param holdingDaysWeight ln(1 + average holding days) (-1.65)
 * @param concentrationWeight HHI of positions (0.2)
 * @param leverageWeight margin debt over net assets (1.0)
 * @param volatilityWeight standard deviation of daily returns (240, i.e. 2.4 per percentage point)
 * @param drawdownWeight maximum drawdown over 250 days (0.5)
 * @param cashShareWeight cash over assets (-1.45)
 * @param positionsWeight number of positions (-0.05)
 * @param levelWeight how far each questionnaire level above (below) C3 moves the class score (0.5)
 * @param ageWeight how far each decade of age below (above) {@code referenceAge} moves the class score
 *     (0.5)
 * @param referenceAge the age that moves nothing (45)
 * @param conservativeBelow class score (0-100) below which a client is CONSERVATIVE (16.5)
 * @param seekingFrom class score from which a client is RISK_SEEKING (90.5); between, RISK_AVERSE
 * @param c2From behaviour score from which the implied level is C2 (10)
 * @param c3From C3 from (30)
 * @param c4From C4 from (60)
 * @param c5From C5 from (85)
 * @param reviewGap levels by which the implied level must exceed the questionnaire level for a review (2)
 * @param reviewBoardShare share of trading value in boards above the client's level (STAR, ChiNext, BSE
 *     and ST need C4) from which a review is due at any gap (implied level above the assessed one) (0.05)
 */
public record RiskConfig(
        Double bias,
        Double spread,
        Double highRiskTradeWeight,
        Double highRiskHoldWeight,
        Double etfHoldWeight,
        Double productHoldWeight,
        Double equityShareWeight,
        Double turnoverWeight,
        Double holdingDaysWeight,
        Double concentrationWeight,
        Double leverageWeight,
        Double volatilityWeight,
        Double drawdownWeight,
        Double cashShareWeight,
        Double positionsWeight,
        Double levelWeight,
        Double ageWeight,
        Integer referenceAge,
        Double conservativeBelow,
        Double seekingFrom,
        Double c2From,
        Double c3From,
        Double c4From,
        Double c5From,
        Integer reviewGap,
        Double reviewBoardShare) {

    public static final RiskConfig DEFAULT = new RiskConfig(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    public RiskConfig {
        bias = or(bias, 2.4);
        spread = or(spread, 2.0);
        highRiskTradeWeight = or(highRiskTradeWeight, 6.6);
        highRiskHoldWeight = or(highRiskHoldWeight, 0.3);
        etfHoldWeight = or(etfHoldWeight, -1.35);
        productHoldWeight = or(productHoldWeight, -2.25);
        equityShareWeight = or(equityShareWeight, 0.65);
        turnoverWeight = or(turnoverWeight, 0.1);
        holdingDaysWeight = or(holdingDaysWeight, -1.65);
        concentrationWeight = or(concentrationWeight, 0.2);
        leverageWeight = or(leverageWeight, 1.0);
        volatilityWeight = or(volatilityWeight, 240.0);
        drawdownWeight = or(drawdownWeight, 0.5);
        cashShareWeight = or(cashShareWeight, -1.45);
        positionsWeight = or(positionsWeight, -0.05);
        levelWeight = or(levelWeight, 0.5);
        ageWeight = or(ageWeight, 0.5);
        referenceAge = or(referenceAge, 45);
        conservativeBelow = or(conservativeBelow, 16.5);
        seekingFrom = or(seekingFrom, 90.5);
        c2From = or(c2From, 10.0);
        c3From = or(c3From, 30.0);
        c4From = or(c4From, 60.0);
        c5From = or(c5From, 85.0);
        reviewGap = or(reviewGap, 2);
        reviewBoardShare = or(reviewBoardShare, 0.05);
        if (spread <= 0
                || conservativeBelow > seekingFrom
                || !(c2From <= c3From && c3From <= c4From && c4From <= c5From)) {
            throw new IllegalArgumentException("risk cut-offs must rise and the spread be positive");
        }
    }
}
