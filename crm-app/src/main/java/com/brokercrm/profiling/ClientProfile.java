package com.brokercrm.profiling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A client's profile as of one date, as the models wrote it to {@code customer_profile}: value (CNY per
 * year), risk preference read from behaviour, habits and needs as tags, and the drivers behind each.
 * Money is exact; any figure the model could not compute is null.
 */
public record ClientProfile(
        String customerId,
        LocalDate asOf,
        long runId,
        BigDecimal netCommission,
        BigDecimal marginInterest,
        BigDecimal cashSpread,
        BigDecimal productFees,
        BigDecimal contribution,
        BigDecimal costToServe,
        BigDecimal clientValue,
        Double valuePercentile,
        String tier,
        BigDecimal potentialValue,
        Double riskScore,
        String riskClass,
        String impliedLevel,
        String questionnaireLevel,
        boolean levelReview,
        List<String> habits,
        List<String> needs,
        Drivers drivers) {

    public static final List<String> TIERS = List.of("DIAMOND", "PLATINUM", "GOLD", "SILVER", "ORDINARY");
    public static final List<String> RISK_CLASSES = List.of("RISK_SEEKING", "RISK_AVERSE", "CONSERVATIVE");

    /** The need tags the models write (docs/models.md); a tag stored by an older model still shows, under its code. */
    public static final List<String> NEEDS = com.brokercrm.analytics.model.NeedModel.TAGS;

    /**
     * One reason behind a score or a tag: a message key and the values it is worded with (a number, a text,
     * or several of them in order).
     */
    public record Driver(String key, List<Object> arguments) {}

    /** The drivers of the value and risk scores and of each habit and need tag. */
    public record Drivers(
            List<Driver> value, List<Driver> risk, Map<String, List<Driver>> habits, Map<String, List<Driver>> needs) {

        public static final Drivers NONE = new Drivers(List.of(), List.of(), Map.of(), Map.of());
    }

    /** One as-of date of a client's history: enough for the value and risk chart. */
    public record Point(LocalDate asOf, BigDecimal clientValue, Double riskScore, String tier, String riskClass) {}
}
