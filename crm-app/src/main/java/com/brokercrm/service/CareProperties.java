package com.brokercrm.service;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Care plans per value tier ({@code brokercrm.care.plans.<TIER>.contact-every}, {@code .channels},
 * {@code .services}); a tier not configured keeps the plan in {@link CarePlans#DEFAULTS}.
 */
@ConfigurationProperties("brokercrm.care")
public record CareProperties(Map<String, CarePlan> plans) {}
