package com.brokercrm.contact.channel;

import com.brokercrm.contact.ContactChannel;

/** A way to reach a client: e-mail, an SMS gateway, a WeChat gateway. */
public interface MessageChannel {

    ContactChannel channel();

    /** Why this channel cannot send at all (no server configured), or null when it can. */
    default String disabledReason() {
        return null;
    }

    /** Sends one message; any exception means it was not sent (the outbox tries again later). */
    void send(Outgoing message) throws Exception;

    /** What goes out: the recipient's address, a subject (e-mail only), the text, and an HTML version. */
    record Outgoing(String reference, String recipient, String subject, String text, String html) {}
}
