package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The channels BrokerCRM can send through, built from configuration once at start-up: e-mail when an SMTP
 * server is configured, SMS and WeChat through their HTTP gateway or, without one, to the log.
 */
@Component
public class Channels {

    /** The channels a message may be sent through. */
    public static final List<ContactChannel> OUTBOUND =
            List.of(ContactChannel.EMAIL, ContactChannel.SMS, ContactChannel.WECHAT);

    private static final Logger log = LoggerFactory.getLogger(Channels.class);

    private final Map<ContactChannel, MessageChannel> channels = new EnumMap<>(ContactChannel.class);

    @org.springframework.beans.factory.annotation.Autowired
    Channels(ChannelProperties properties, ObjectProvider<JavaMailSender> mail) {
        this(List.of(
                new EmailChannel(mail.getIfAvailable(), properties.email().from()),
                gateway(ContactChannel.SMS, properties.sms()),
                gateway(ContactChannel.WECHAT, properties.wechat())));
        MessageChannel email = channels.get(ContactChannel.EMAIL);
        if (email.disabledReason() != null) {
            log.info("E-mail: {}", email.disabledReason());
        }
        log.info(
                "SMS: {}; WeChat: {}",
                properties.sms().configured() ? "gateway " + properties.sms().url() : "log only",
                properties.wechat().configured()
                        ? "gateway " + properties.wechat().url()
                        : "log only");
    }

    Channels(List<MessageChannel> all) {
        all.forEach(c -> channels.put(c.channel(), c));
    }

    private static MessageChannel gateway(ContactChannel channel, ChannelProperties.Gateway gateway) {
        return gateway.configured()
                ? new HttpGatewayChannel(channel, gateway.url(), gateway.token(), gateway.timeout())
                : new LogOnlyChannel(channel);
    }

    public static boolean outbound(ContactChannel channel) {
        return OUTBOUND.contains(channel);
    }

    MessageChannel get(ContactChannel channel) {
        MessageChannel found = channels.get(channel);
        if (found == null) {
            throw new IllegalArgumentException("BrokerCRM does not send through " + channel);
        }
        return found;
    }

    /** Why the channel cannot send (e-mail without SMTP server), or null when it can. */
    public String disabledReason(ContactChannel channel) {
        return get(channel).disabledReason();
    }
}
