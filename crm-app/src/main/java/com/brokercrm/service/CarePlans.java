package com.brokercrm.service;

import static com.brokercrm.contact.ContactChannel.CALL_IN;
import static com.brokercrm.contact.ContactChannel.CALL_OUT;
import static com.brokercrm.contact.ContactChannel.EMAIL;
import static com.brokercrm.contact.ContactChannel.SMS;
import static com.brokercrm.contact.ContactChannel.VISIT;
import static com.brokercrm.contact.ContactChannel.WEB;
import static com.brokercrm.contact.ContactChannel.WECHAT;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The care plan of every tier: the defaults below, overridden tier by tier from configuration. Tiers are
 * those of the value model (钻石 / 白金 / 金 / 银 / 普通); clients not scored yet are UNKNOWN.
 */
@Component
public class CarePlans {

    public static final List<String> TIERS = List.of("DIAMOND", "PLATINUM", "GOLD", "SILVER", "ORDINARY", "UNKNOWN");

    static final Map<String, CarePlan> DEFAULTS = Map.of(
            "DIAMOND",
            new CarePlan(
                    Period.ofDays(30),
                    List.of(CALL_OUT, VISIT, CALL_IN),
                    List.of("MONTHLY_REPORT", "ADVISOR_CALL", "PRIORITY_ROUTING", "QUARTERLY_VISIT")),
            "PLATINUM",
            new CarePlan(
                    Period.ofDays(45),
                    List.of(CALL_OUT, VISIT, CALL_IN, WECHAT),
                    List.of("MONTHLY_REPORT", "ADVISOR_CALL", "PRIORITY_ROUTING")),
            "GOLD",
            new CarePlan(
                    Period.ofDays(90),
                    List.of(CALL_OUT, VISIT, CALL_IN, WECHAT, EMAIL),
                    List.of("QUARTERLY_REPORT", "ADVISOR_CALL")),
            "SILVER",
            new CarePlan(
                    Period.ofDays(180),
                    List.of(CALL_OUT, VISIT, CALL_IN, WECHAT, EMAIL, SMS),
                    List.of("QUARTERLY_REPORT")),
            "ORDINARY",
            new CarePlan(
                    Period.ofDays(365),
                    List.of(CALL_OUT, VISIT, CALL_IN, WECHAT, EMAIL, SMS, WEB),
                    List.of("NEWSLETTER")),
            "UNKNOWN",
            new CarePlan(
                    Period.ofDays(365),
                    List.of(CALL_OUT, VISIT, CALL_IN, WECHAT, EMAIL, SMS, WEB),
                    List.of("NEWSLETTER")));

    private final Map<String, CarePlan> plans = new LinkedHashMap<>();

    public CarePlans(CareProperties properties) {
        for (String tier : TIERS) {
            CarePlan configured =
                    properties.plans() == null ? null : properties.plans().get(tier);
            CarePlan fallback = DEFAULTS.get(tier);
            plans.put(
                    tier,
                    configured == null
                            ? fallback
                            : new CarePlan(
                                    configured.contactEvery() != null
                                            ? configured.contactEvery()
                                            : fallback.contactEvery(),
                                    configured.channels() != null ? configured.channels() : fallback.channels(),
                                    configured.services() != null ? configured.services() : fallback.services()));
        }
    }

    public CarePlan plan(String tier) {
        return plans.getOrDefault(tier, plans.get("UNKNOWN"));
    }

    public Map<String, CarePlan> all() {
        return plans;
    }

    public Period longest() {
        return plans.values().stream()
                .map(CarePlan::contactEvery)
                .max(java.util.Comparator.comparingInt(p -> p.getYears() * 366 + p.getMonths() * 31 + p.getDays()))
                .orElse(Period.ofYears(1));
    }
}
