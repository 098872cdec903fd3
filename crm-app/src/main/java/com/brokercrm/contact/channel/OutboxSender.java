package com.brokercrm.contact.channel;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.contact.ContactChannel;
import com.brokercrm.contact.ContactLog;
import com.brokercrm.contact.NewContact;
import com.brokercrm.customer.ClientAccess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox. Each message is first claimed (PENDING to SENDING, by one sender only),
 * then consent is checked again, then it is sent. Sent: the contact is recorded (channel EMAIL, SMS or
 * WECHAT, by the system path of {@link ContactLog}, with the requesting staff member) and the row becomes
 * SENT. Failed: the error is kept and the next attempt waits longer each time, until the last attempt
 * marks it FAILED, audited. Nothing is dropped: every message ends SENT, FAILED or REFUSED.
 */
@Component
public class OutboxSender {

    public static final String ACTOR = "system:outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final Channels channels;
    private final Consents consents;
    private final ContactLog contacts;
    private final AuditLog audit;
    private final ChannelProperties.Outbox settings;

    OutboxSender(
            JdbcClient jdbc,
            Channels channels,
            Consents consents,
            ContactLog contacts,
            AuditLog audit,
            ChannelProperties properties) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.consents = consents;
        this.contacts = contacts;
        this.audit = audit;
        this.settings = properties.outbox();
    }

    private record Due(
            String messageId,
            String customerId,
            ContactChannel channel,
            String recipient,
            String subject,
            String text,
            String html,
            int attempts,
            String staffId,
            String template) {}

    /** Sends every message due now; returns how many were handled (sent, failed or refused). */
    public synchronized int sendDue() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        // a sender that died mid-send left its claim: after the claim timeout the message is tried again
        jdbc.sql("""
                        UPDATE outbound_message SET status = 'PENDING', next_attempt_at = :now
                        WHERE status = 'SENDING' AND claimed_at < :stale
                        """)
                .param("now", now)
                .param("stale", now.minus(settings.claimTimeout()))
                .update();
        List<String> due = jdbc.sql("""
                        SELECT message_id FROM outbound_message WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, message_id LIMIT :batch
                        """)
                .param("now", now)
                .param("batch", BATCH)
                .query(String.class)
                .list();
        int handled = 0;
        for (String id : due) {
            try {
                if (claim(id)) {
                    handle(load(id));
                    handled++;
                }
            } catch (RuntimeException e) {
                // the database refused (a write conflict, a lost connection): the claim times out and it is tried again
                log.warn("outbox message {} could not be handled: {}", id, e.getMessage());
            }
        }
        return handled;
    }

    private boolean claim(String id) {
        return jdbc.sql("""
                                UPDATE outbound_message SET status = 'SENDING', claimed_at = :now
                                WHERE message_id = :id AND status = 'PENDING'
                                """)
                        .param("id", id)
                        .param("now", LocalDateTime.now(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    private Due load(String id) {
        return jdbc.sql("SELECT * FROM outbound_message WHERE message_id = :id")
                .param("id", id)
                .query((rs, n) -> new Due(
                        rs.getString("message_id"),
                        rs.getString("customer_id"),
                        ContactChannel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        rs.getInt("attempts"),
                        rs.getString("staff_id"),
                        rs.getString("template")))
                .single();
    }

    private void handle(Due message) {
        if (consents.optedOut(message.customerId(), message.channel())) {
            String reason = "the client opted out of " + message.channel() + " before it was sent";
            record(message, "refused: " + reason, AuditOutcome.FAILED);
            finish(message.messageId(), "REFUSED", message.attempts(), reason, null, null);
            return;
        }
        MessageChannel channel = channels.get(message.channel());
        String disabled = channel.disabledReason();
        if (disabled != null) {
            record(message, "failed: " + disabled, AuditOutcome.ERROR);
            finish(message.messageId(), "FAILED", message.attempts(), disabled, null, null);
            return;
        }
        int attempts = message.attempts() + 1;
        try {
            channel.send(new MessageChannel.Outgoing(
                    message.messageId(), message.recipient(), message.subject(), message.text(), message.html()));
        } catch (Exception e) {
            failed(message, attempts, e);
            return;
        }
        String contactId = null;
        String problem = null;
        try {
            contactId = contacts.logAsSystem(
                    message.customerId(),
                    message.staffId(),
                    ACTOR,
                    new NewContact(
                            message.channel(),
                            LocalDateTime.now(SHANGHAI),
                            null,
                            message.subject(),
                            "SENT",
                            Set.of(),
                            null,
                            "message " + message.messageId() + " (" + message.template() + ")"));
        } catch (RuntimeException e) {
            // it went out: never send it again, but say that its contact is missing
            problem = "sent, but the contact could not be recorded: " + e.getMessage();
            record(message, problem, AuditOutcome.ERROR);
            log.warn("outbox message {} {}", message.messageId(), problem);
        }
        finish(message.messageId(), "SENT", attempts, problem, LocalDateTime.now(ZoneOffset.UTC), contactId);
    }

    private void failed(Due message, int attempts, Exception e) {
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (attempts >= settings.maxAttempts()) {
            record(message, "failed after " + attempts + " attempts: " + error, AuditOutcome.ERROR);
            log.warn("outbox message {} failed after {} attempts: {}", message.messageId(), attempts, error);
            finish(message.messageId(), "FAILED", attempts, error, null, null);
            return;
        }
        LocalDateTime next = LocalDateTime.now(ZoneOffset.UTC).plus(settings.delayAfter(attempts));
        jdbc.sql("""
                        UPDATE outbound_message SET status = 'PENDING', attempts = :attempts, last_error = :error,
                               next_attempt_at = :next, claimed_at = NULL
                        WHERE message_id = :id
                        """)
                .param("attempts", attempts)
                .param("error", Outbox.truncate(error, 2000))
                .param("next", next)
                .param("id", message.messageId())
                .update();
    }

    private void finish(String id, String status, int attempts, String error, LocalDateTime sentAt, String contactId) {
        jdbc.sql("""
                        UPDATE outbound_message SET status = :status, attempts = :attempts, last_error = :error,
                               next_attempt_at = NULL, claimed_at = NULL, sent_at = :sent, contact_id = :contact
                        WHERE message_id = :id
                        """)
                .param("status", status)
                .param("attempts", attempts)
                .param("error", Outbox.truncate(error, 2000))
                .param("sent", sentAt)
                .param("contact", contactId)
                .param("id", id)
                .update();
    }

    private void record(Due message, String what, AuditOutcome outcome) {
        audit.record(
                ACTOR,
                null,
                AuditAction.CLIENT_CHANGE,
                ClientAccess.TARGET,
                message.customerId(),
                "message " + message.messageId() + " (" + message.channel() + ") " + what,
                "system",
                outcome);
    }
}
