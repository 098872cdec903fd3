package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail through Spring Mail to the SMTP server of {@code spring.mail.*}; disabled when there is none. */
final class EmailChannel implements MessageChannel {

    static final String DISABLED = "e-mail sending is disabled: no SMTP server is configured (set spring.mail.host)";

    private final JavaMailSender sender;
    private final String from;

    EmailChannel(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.EMAIL;
    }

    @Override
    public String disabledReason() {
        return sender == null ? DISABLED : null;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        if (sender == null) {
            throw new IllegalStateException(DISABLED);
        }
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        if (message.html() != null) {
            helper.setText(message.text(), message.html());
        } else {
            helper.setText(message.text());
        }
        mime.setHeader("X-BrokerCRM-Message", message.reference());
        sender.send(mime);
    }
}
