package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo's SMS and WeChat: writes what would be sent to the log (recipient masked) and counts it as sent. */
final class LogOnlyChannel implements MessageChannel {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyChannel.class);

    private final ContactChannel channel;

    LogOnlyChannel(ContactChannel channel) {
        this.channel = channel;
    }

    @Override
    public ContactChannel channel() {
        return channel;
    }

    @Override
    public void send(Outgoing message) {
        log.info(
                "{} (log only, no gateway configured) {} to {}: {}",
                channel,
                message.reference(),
                com.brokercrm.customer.Masking.phone(message.recipient()),
                message.text());
    }
}
