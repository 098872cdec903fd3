package com.brokercrm.customer;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Client rules ({@code brokercrm.customer.*}): how long a suitability questionnaire counts (DOMAIN.md:
 * commonly two years, some firms one) and how early the 360 view warns that it, or the identity document on
 * file, is about to expire.
 */
@ConfigurationProperties("brokercrm.customer")
public record CustomerProperties(
        @DefaultValue("P2Y") Period assessmentValidity,
        @DefaultValue("P30D") Period expiryWarning) {}
