package com.brokercrm.analytics.model;

import static com.brokercrm.analytics.model.ValueModel.intOr;
import static com.brokercrm.analytics.model.ValueModel.round;

import com.brokercrm.analytics.indicator.IndicatorRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latent-need tags, each with its reason (docs/models.md): idle cash, permissions the client is eligible
 * for but has not used, commission sensitivity, deep losses, allocation near retirement, margin near the
 * warning line, a risk assessment to renew, dormant assets, money leaving, a concentrated large
 * portfolio, and a new account not yet funded.
 */
public final class NeedModel {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    /** Every need tag the model gives, in output order. */
    public static final List<String> TAGS = List.of(
            "CASH_MANAGEMENT",
            "STAR_ELIGIBLE",
            "CHINEXT_ELIGIBLE",
            "MARGIN_ELIGIBLE",
            "COMMISSION_SENSITIVE",
            "ADVISORY",
            "ALLOCATION",
            "MARGIN_WARNING",
            "ASSESSMENT_RENEWAL",
            "REACTIVATION",
            "RETENTION",
            "DIVERSIFICATION",
            "ACTIVATION");

    private final NeedConfig config;

    public NeedModel(NeedConfig config) {
        this.config = config;
    }

    public Map<String, List<Driver>> needs(IndicatorRow row, ClientFacts facts) {
        Map<String, List<Driver>> tags = new LinkedHashMap<>();
        if (!facts.open()) {
            return tags;
        }
        double cashShare = row.valueOr("cash_share_60", 0);
        double idleCash = cashShare * row.valueOr("avg_assets_60", 0);
        if (cashShare >= config.idleCashShare()
                && idleCash >= config.idleCashAmount().doubleValue()) {
            tags.put(
                    "CASH_MANAGEMENT",
                    List.of(
                            Driver.of("cashShare", round(cashShare, 4)),
                            Driver.of("idleCashAmount", round(idleCash, 2))));
        }

        double avg20 = row.valueOr("avg_assets_20", 0);
        int tenure = intOr(row.count("tenure_days"), 0);
        boolean experienced = tenure >= config.chinextMonths() * DAYS_PER_MONTH;
        if (experienced
                && avg20 >= config.starAssets().doubleValue()
                && unused(row, "star_trade_share_250", "star_hold_share")) {
            tags.put("STAR_ELIGIBLE", eligible(avg20, tenure));
        }
        if (experienced
                && avg20 >= config.chinextAssets().doubleValue()
                && unused(row, "chinext_trade_share_250", "chinext_hold_share")) {
            tags.put("CHINEXT_ELIGIBLE", eligible(avg20, tenure));
        }
        boolean levelOk = facts.professional() || facts.levelNumber() >= config.marginLevel();
        boolean noMargin = row.valueOr("avg_margin_debt_250", 0) == 0 && row.valueOr("ending_margin_debt", 0) == 0;
        if (levelOk
                && noMargin
                && tenure >= config.marginMonths() * DAYS_PER_MONTH
                && avg20 >= config.marginAssets().doubleValue()) {
            tags.put("MARGIN_ELIGIBLE", eligible(avg20, tenure));
        }

        Double turnover = row.value("turnover_250");
        double tradingValue = row.valueOr("trading_value_250", 0);
        if (turnover != null && tradingValue > 0) {
            double sixMonths = turnover * HabitModel.SIX_MONTHS;
            double rate = row.valueOr("commission_250", 0) / tradingValue;
            if (sixMonths >= config.commissionTurnover() && rate >= config.commissionRate()) {
                tags.put(
                        "COMMISSION_SENSITIVE",
                        List.of(
                                Driver.of("turnover", round(sixMonths, 2)),
                                Driver.of("commissionRate", round(rate, 6))));
            }
        }

        double assets = row.valueOr("ending_assets", 0);
        Double accountReturn = row.value("account_return_250");
        Double drawdown = row.value("max_drawdown_250");
        boolean deepLoss = accountReturn != null && accountReturn <= config.lossReturn();
        boolean deepDrawdown = drawdown != null && drawdown >= config.lossDrawdown();
        if ((deepLoss || deepDrawdown) && assets >= config.adviceAssets().doubleValue()) {
            tags.put(
                    "ADVISORY",
                    List.of(
                            Driver.of("loss", round(-row.valueOr("pnl_250", 0), 2)),
                            Driver.of("accountReturn", accountReturn == null ? null : round(accountReturn, 4)),
                            Driver.of("maxDrawdown", drawdown == null ? null : round(drawdown, 4))));
        }

        Integer age = row.count("age");
        Double equity = row.value("equity_share");
        if (age != null
                && age >= config.retirementAge()
                && equity != null
                && equity >= config.retirementEquityShare()) {
            tags.put("ALLOCATION", List.of(Driver.of("age", age), Driver.of("equityShare", round(equity, 4))));
        }

        double debt = row.valueOr("ending_margin_debt", 0);
        if (debt > 0) {
            double ratio = assets / debt;
            if (ratio <= config.marginWarningRatio()) {
                tags.put("MARGIN_WARNING", List.of(Driver.of("maintenanceRatio", round(ratio, 4))));
            }
        }

        LocalDate assessed = facts.riskAssessedOn();
        if (assessed != null && !facts.professional()) {
            LocalDate expires = assessed.plusMonths(config.assessmentMonths());
            if (!expires.isAfter(row.asOf().plusDays(config.assessmentNoticeDays()))) {
                tags.put(
                        "ASSESSMENT_RENEWAL",
                        List.of(Driver.of(
                                expires.isAfter(row.asOf()) ? "assessmentExpires" : "assessmentExpired",
                                expires.toString())));
            }
        }

        Integer idleDays = row.count("days_since_last_trade");
        if (idleDays != null
                && idleDays >= config.dormantDays()
                && assets >= config.dormantAssets().doubleValue()) {
            tags.put("REACTIVATION", List.of(Driver.of("daysSinceLastTrade", idleDays), Driver.of("assets", assets)));
        }

        double avg60 = row.valueOr("avg_assets_60", 0);
        BigDecimal inflow = row.money("net_inflow_60");
        if (inflow != null && avg60 > 0 && -inflow.doubleValue() >= config.outflowShare() * avg60) {
            tags.put(
                    "RETENTION",
                    List.of(
                            Driver.of("netOutflow", inflow.negate()),
                            Driver.of("outflowShare", round(-inflow.doubleValue() / avg60, 4))));
        }

        Double hhi = row.value("hhi");
        double held = row.valueOr("holding_value", 0);
        if (hhi != null
                && hhi >= config.diversifyHhi()
                && held >= config.diversifyValue().doubleValue()) {
            tags.put("DIVERSIFICATION", List.of(Driver.of("hhi", round(hhi, 4)), Driver.of("holdingValue", held)));
        }

        if (tenure <= config.activationDays()
                && assets < config.effectiveAssets().doubleValue()) {
            tags.put("ACTIVATION", List.of(Driver.of("tenureDays", tenure), Driver.of("assets", assets)));
        }
        return tags;
    }

    /** No trade and no holding in a board: the permission is, as far as the data show, not opened. */
    private static boolean unused(IndicatorRow row, String tradeShare, String holdShare) {
        return row.valueOr(tradeShare, 0) == 0 && row.valueOr(holdShare, 0) == 0;
    }

    private static List<Driver> eligible(double avg20, int tenureDays) {
        return List.of(
                Driver.of("eligibleAssets", round(avg20, 2)), Driver.of("tradingYears", round(tenureDays / 365.25, 1)));
    }
}
