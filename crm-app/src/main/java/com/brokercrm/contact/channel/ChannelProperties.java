package com.brokercrm.contact.channel;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound channels ({@code brokercrm.channels.*}). E-mail goes through Spring Mail ({@code spring.mail.*});
 * SMS and WeChat go to an HTTP gateway when its {@code url} is set, else they are only written to the log.
 *
 * @param email the sender address of e-mails
 * @param sms the SMS gateway
 * @param wechat the WeChat gateway
 * @param outbox how often and how long the outbox sender tries
 */
@ConfigurationProperties("brokercrm.channels")
public record ChannelProperties(
        @DefaultValue Email email,
        @DefaultValue Gateway sms,
        @DefaultValue Gateway wechat,
        @DefaultValue Outbox outbox) {

    /** @param from the From address of every e-mail */
    public record Email(
            @DefaultValue("BrokerCRM <noreply@brokercrm.local>")
            String from) {}

    /**
     * An HTTP gateway: BrokerCRM POSTs {@code {"to", "text", "reference"}} as JSON to {@code url} with
     * {@code Authorization: Bearer token}; any 2xx answer counts as sent.
     *
     * @param url the gateway's endpoint; empty means log-only (the demo)
     * @param token the bearer token, if the gateway wants one
     * @param timeout how long to wait for the gateway's answer
     */
    public record Gateway(
            URI url, String token, @DefaultValue("10s") Duration timeout) {
        public boolean configured() {
            return url != null && !url.toString().isBlank();
        }
    }

    /**
     * @param maxAttempts attempts before a message is marked FAILED
     * @param backoff wait after the first failed attempt; doubled after each further one
     * @param maxBackoff the longest wait between attempts
     * @param pollInterval how often the sender looks for due messages
     * @param claimTimeout a message claimed by a sender longer ago than this (the sender died) is tried again
     * @param enabled whether this process runs the sender (the web server does; one-shot commands do not)
     */
    public record Outbox(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("1m") Duration backoff,
            @DefaultValue("1h") Duration maxBackoff,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("10m") Duration claimTimeout,
            @DefaultValue("true") boolean enabled) {

        /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
        public Duration delayAfter(int attempts) {
            Duration delay = backoff;
            for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
        }
    }
}
