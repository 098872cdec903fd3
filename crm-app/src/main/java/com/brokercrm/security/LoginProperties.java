package com.brokercrm.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling ({@code brokercrm.login.*}): after {@code maxFailuresPerUser} failed logins for one
 * user name (or {@code maxFailuresPerAddress} from one address) within {@code lockout}, further attempts
 * are refused until {@code lockout} has passed since the last failure.
 */
@ConfigurationProperties("brokercrm.login")
public record LoginProperties(
        @DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration lockout) {}
