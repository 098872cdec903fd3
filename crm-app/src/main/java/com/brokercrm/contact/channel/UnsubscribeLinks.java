package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;
import com.brokercrm.contact.survey.SurveyProperties;
import com.brokercrm.contact.survey.SurveyTokens;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The opt-out link at the foot of every e-mail: {@code /unsubscribe/<token>}, where the token is
 * {@code U.<client>.<channel>} signed with the survey key. It works as long as the key does, so a client can
 * opt out from any e-mail they ever received.
 */
@Component
public class UnsubscribeLinks {

    private static final String PREFIX = "U.";

    private final SurveyTokens tokens;
    private final SurveyProperties properties;

    public UnsubscribeLinks(SurveyTokens tokens, SurveyProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    /** Who and which channel a link opts out. */
    public record Target(String customerId, ContactChannel channel) {}

    public String url(String customerId, ContactChannel channel, String language) {
        return properties.publicUrl().replaceAll("/+$", "") + "/unsubscribe/"
                + tokens.sign(PREFIX + customerId + "." + channel.name()) + ("en".equals(language) ? "?lang=en" : "");
    }

    public Optional<Target> target(String token) {
        return tokens.verify(token).filter(id -> id.startsWith(PREFIX)).flatMap(id -> {
            int dot = id.lastIndexOf('.');
            if (dot <= PREFIX.length()) {
                return Optional.empty();
            }
            try {
                ContactChannel channel = ContactChannel.valueOf(id.substring(dot + 1));
                return Channels.outbound(channel)
                        ? Optional.of(new Target(id.substring(PREFIX.length(), dot), channel))
                        : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
