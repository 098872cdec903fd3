package com.brokercrm.contact.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Satisfaction surveys ({@code brokercrm.survey.*}).
 *
 * @param secret the key that signs survey links; when empty, one is generated once and kept in
 *     {@code <data-dir>/survey-secret}
 * @param publicUrl where clients reach this server, for the links in messages
 * @param validity how long a survey link can be answered
 */
@ConfigurationProperties("brokercrm.survey")
public record SurveyProperties(
        String secret,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("30d") Duration validity) {}
