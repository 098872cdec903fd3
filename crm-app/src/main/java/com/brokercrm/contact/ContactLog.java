package com.brokercrm.contact;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.customer.ClientAccess;
import com.brokercrm.security.CrmUser;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records contacts with clients. The caller must have the client in scope (checked and audited through
 * {@link ClientAccess}); the contact is stored with the caller's staff id and shows on the timeline at once.
 */
@Service
public class ContactLog {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final ClientAccess access;
    private final AuditLog audit;

    public ContactLog(JdbcClient jdbc, ClientAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Why a contact was not saved. */
    public static final class Invalid extends RuntimeException {
        private final List<NewContact.Problem> problems;

        Invalid(List<NewContact.Problem> problems) {
            super(problems.stream().map(NewContact.Problem::field).collect(Collectors.joining(", ", "invalid: ", "")));
            this.problems = List.copyOf(problems);
        }

        public List<NewContact.Problem> problems() {
            return problems;
        }
    }

    /** Saves the contact and returns its id; throws {@link Invalid} listing every wrong field. */
    public String log(String customerId, NewContact contact) {
        access.check(customerId, "log contact");
        List<NewContact.Problem> problems = contact.problems(LocalDateTime.now(SHANGHAI));
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        String id = "A-" + UUID.randomUUID().toString().substring(0, 23);
        String staffId = CrmUser.current().map(u -> u.account().staffId()).orElse(null);
        String detail = "contact " + id + " (" + contact.channel() + ")";
        // audited before the write; a write that then fails is audited as such
        audit.record(AuditAction.CLIENT_CHANGE, ClientAccess.TARGET, customerId, detail, AuditOutcome.OK);
        try {
            insert(id, customerId, staffId, contact);
        } catch (RuntimeException e) {
            audit.record(
                    AuditAction.CLIENT_CHANGE,
                    ClientAccess.TARGET,
                    customerId,
                    detail + " not saved",
                    AuditOutcome.ERROR);
            throw e;
        }
        return id;
    }

    /**
     * Records a contact made by a system (the telephony system, a channel) rather than a signed-in user:
     * no scope applies, the actor is named in the audit entry.
     */
    public String logAsSystem(String customerId, String staffId, String actor, NewContact contact) {
        List<NewContact.Problem> problems = contact.problems(LocalDateTime.now(SHANGHAI));
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        String id = "A-" + UUID.randomUUID().toString().substring(0, 23);
        audit.record(
                actor,
                null,
                AuditAction.CLIENT_CHANGE,
                ClientAccess.TARGET,
                customerId,
                "contact " + id + " (" + contact.channel() + ") by " + actor,
                "system",
                AuditOutcome.OK);
        insert(id, customerId, staffId, contact);
        return id;
    }

    private void insert(String id, String customerId, String staffId, NewContact contact) {
        jdbc.sql("""
                        INSERT INTO contact (contact_id, customer_id, staff_id, channel, occurred_at, duration_s, topic,
                                             outcome, satisfaction, note, needs, source)
                        VALUES (:id, :customer, :staff, :channel, :at, :duration, :topic, :outcome, :satisfaction,
                                :note, :needs, 'APP')
                        """)
                .param("id", id)
                .param("customer", customerId)
                .param("staff", staffId)
                .param("channel", contact.channel().name())
                .param(
                        "at",
                        contact.occurredAt()
                                .atZone(SHANGHAI)
                                .withZoneSameInstant(ZoneOffset.UTC)
                                .toLocalDateTime())
                .param("duration", contact.durationSeconds())
                .param("topic", contact.topic())
                .param("outcome", contact.outcome())
                .param("satisfaction", contact.satisfaction())
                .param("note", contact.note())
                .param(
                        "needs",
                        contact.needs().isEmpty()
                                ? null
                                : contact.needs().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .collect(Collectors.joining(",")))
                .update();
    }
}
