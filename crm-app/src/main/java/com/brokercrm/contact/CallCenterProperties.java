package com.brokercrm.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The telephony (CTI) integration ({@code brokercrm.cti.*}): the bearer token the telephony system sends
 * to {@code /api/v1/cti/calls}. Without a token the webhook refuses every call event.
 */
@ConfigurationProperties("brokercrm.cti")
public record CallCenterProperties(String token) {}
