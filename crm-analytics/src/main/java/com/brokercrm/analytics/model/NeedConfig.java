package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.Defaults.or;

import java.math.BigDecimal;

/**
 * Thresholds of the latent-need tags (docs/models.md). Null components take their defaults; the
 * permission requirements are DOMAIN.md's.
 *
 * @param idleCashShare cash share of assets over 60 days from which cash is idle (0.5)
 * @param idleCashAmount average idle cash (CNY) from which CASH_MANAGEMENT is offered (50,000)
 * @param chinextAssets 20-day average assets for ChiNext (100,000)
 * @param starAssets 20-day average assets for STAR and BSE (500,000)
 * @param marginAssets 20-day average assets for margin financing (500,000)
 * @param chinextMonths months since opening for ChiNext, STAR and BSE (24)
 * @param marginMonths months since opening for margin (6)
 * @param marginLevel lowest questionnaire level for margin (4 = C4)
 * @param commissionTurnover six-month turnover from which a client is an active trader (12)
 * @param commissionRate commission over trading value from which an active trader pays more than a
 *     competitor would charge (0.00025)
 * @param lossReturn 250-day account return at or below which a client needs advice (-0.2)
 * @param lossDrawdown 250-day maximum drawdown from which a client needs advice (0.3)
 * @param adviceAssets assets from which a loss is worth an advisor's time (10,000)
 * @param retirementAge age from which retirement is near (55)
 * @param retirementEquityShare equity share of assets from which a near-retiree is over-exposed (0.7)
 * @param marginWarningRatio maintenance ratio (assets / margin debt) at or below which a client is near
 *     the 150% warning line (1.7)
 * @param dormantDays days without a trade after which assets lie dormant (180)
 * @param dormantAssets assets from which a dormant client is worth waking (5,000)
 * @param outflowShare net outflow over 60 days, as a share of average assets, from which a client may be
 *     leaving (0.3)
 * @param diversifyHhi HHI from which a large portfolio is too concentrated (0.8)
 * @param diversifyValue holding value from which concentration advice is worth it (100,000)
 * @param effectiveAssets assets of an effective account (有效户; 5,000), for the activation need
 * @param activationDays days since opening within which an account below {@code effectiveAssets} needs
 *     activation (90)
 * @param assessmentMonths months a risk assessment stays valid (24)
 * @param assessmentNoticeDays days before expiry from which renewal is due (30)
 */
public record NeedConfig(
        Double idleCashShare,
        BigDecimal idleCashAmount,
        BigDecimal chinextAssets,
        BigDecimal starAssets,
        BigDecimal marginAssets,
        Integer chinextMonths,
        Integer marginMonths,
        Integer marginLevel,
        Double commissionTurnover,
        Double commissionRate,
        Double lossReturn,
        Double lossDrawdown,
        BigDecimal adviceAssets,
        Integer retirementAge,
        Double retirementEquityShare,
        Double marginWarningRatio,
        Integer dormantDays,
        BigDecimal dormantAssets,
        Double outflowShare,
        Double diversifyHhi,
        BigDecimal diversifyValue,
        BigDecimal effectiveAssets,
        Integer activationDays,
        Integer assessmentMonths,
        Integer assessmentNoticeDays) {

    public static final NeedConfig DEFAULT = new NeedConfig(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    public NeedConfig {
        idleCashShare = or(idleCashShare, 0.5);
        idleCashAmount = or(idleCashAmount, "50000");
        chinextAssets = or(chinextAssets, "100000");
        starAssets = or(starAssets, "500000");
        marginAssets = or(marginAssets, "500000");
        chinextMonths = or(chinextMonths, 24);
        marginMonths = or(marginMonths, 6);
        marginLevel = or(marginLevel, 4);
        commissionTurnover = or(commissionTurnover, 12.0);
        commissionRate = or(commissionRate, 0.00025);
        lossReturn = or(lossReturn, -0.2);
        lossDrawdown = or(lossDrawdown, 0.3);
        adviceAssets = or(adviceAssets, "10000");
        retirementAge = or(retirementAge, 55);
        retirementEquityShare = or(retirementEquityShare, 0.7);
        marginWarningRatio = or(marginWarningRatio, 1.7);
        dormantDays = or(dormantDays, 180);
        dormantAssets = or(dormantAssets, "5000");
        outflowShare = or(outflowShare, 0.3);
        diversifyHhi = or(diversifyHhi, 0.8);
        diversifyValue = or(diversifyValue, "100000");
        effectiveAssets = or(effectiveAssets, "5000");
        activationDays = or(activationDays, 90);
        assessmentMonths = or(assessmentMonths, 24);
        assessmentNoticeDays = or(assessmentNoticeDays, 30);
    }
}
