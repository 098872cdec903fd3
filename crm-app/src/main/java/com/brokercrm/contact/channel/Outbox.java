package com.brokercrm.contact.channel;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.contact.ContactChannel;
import com.brokercrm.contact.survey.Surveys;
import com.brokercrm.customer.ClientAccess;
import com.brokercrm.customer.Masking;
import com.brokercrm.security.CrmUser;
import com.brokercrm.security.DataScope;
import com.brokercrm.web.PageOf;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: every message to a client is rendered in the client's language and stored here before
 * anything is sent; {@link OutboxSender} sends it, retries failures with backoff and records the contact.
 * A client who opted out of the channel, or has no address for it, gets a REFUSED row and nothing else.
 * Staff queue messages within their data scope ({@link #queue}); systems through {@link #queueAsSystem}.
 */
@Service
public class Outbox {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final int MAX_TEXT = 1000;
    public static final int MAX_SUBJECT = 200;

    private final JdbcClient jdbc;
    private final ClientAccess access;
    private final AuditLog audit;
    private final Consents consents;
    private final Channels channels;
    private final MessageTemplates templates;
    private final Surveys surveys;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final UnsubscribeLinks unsubscribe;

    public Outbox(
            JdbcClient jdbc,
            ClientAccess access,
            AuditLog audit,
            Consents consents,
            Channels channels,
            MessageTemplates templates,
            Surveys surveys,
            MessageSource messages,
            PlatformTransactionManager transactions,
            UnsubscribeLinks unsubscribe) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.consents = consents;
        this.channels = channels;
        this.templates = templates;
        this.surveys = surveys;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.unsubscribe = unsubscribe;
    }

    /** What to send: a channel, a template or the sender's own text, and whether to ask for a rating. */
    public record Request(
            ContactChannel channel,
            MessageTemplate template,
            String subject,
            String text,
            boolean survey,
            String contactId) {

        public Request {
            subject = subject == null || subject.isBlank() ? null : subject.strip();
            text = text == null || text.isBlank() ? null : text.strip();
            contactId = contactId == null || contactId.isBlank() ? null : contactId.strip();
            if (template == null) {
                template = survey ? MessageTemplate.SURVEY : text != null ? MessageTemplate.TEXT : null;
            }
        }
    }

    /** The request cannot be sent as it is; {@code messageKey} says why in messages*.properties. */
    public static final class Invalid extends RuntimeException {
        private final String messageKey;

        Invalid(String messageKey, String message) {
            super(message);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The channel cannot send at all (e-mail without an SMTP server). */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Queued, or refused and recorded as REFUSED (opted out, no address). */
    public record Queued(String messageId, String status, String reason) {
        public boolean refused() {
            return "REFUSED".equals(status);
        }
    }

    /** Queues a message from the signed-in user to a client in their scope. */
    public Queued queue(String customerId, Request request) {
        validate(request);
        access.check(customerId, "send message");
        CrmUser user = CrmUser.current().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        return queue(
                customerId,
                request,
                user.getUsername(),
                user.account().staffId(),
                user.account().displayName(),
                (detail, outcome) ->
                        audit.record(AuditAction.CLIENT_CHANGE, ClientAccess.TARGET, customerId, detail, outcome));
    }

    /** Queues a message on behalf of a system (a rule, a schedule): no scope applies, the actor is audited. */
    public Queued queueAsSystem(String customerId, Request request, String actor) {
        validate(request);
        return queue(
                customerId,
                request,
                actor,
                null,
                null,
                (detail, outcome) -> audit.record(
                        actor,
                        null,
                        AuditAction.CLIENT_CHANGE,
                        ClientAccess.TARGET,
                        customerId,
                        detail,
                        "system",
                        outcome));
    }

    private interface Auditor {
        void record(String detail, AuditOutcome outcome);
    }

    private record Client(
            String name, String email, String phone, String managerId, String managerName, String branchName) {}

    private Queued queue(
            String customerId,
            Request request,
            String requestedBy,
            String staffId,
            String senderName,
            Auditor auditor) {
        ContactChannel channel = request.channel();
        String disabled = channels.disabledReason(channel);
        if (disabled != null) {
            auditor.record("message (" + channel + ") not queued: " + disabled, AuditOutcome.FAILED);
            throw new Unavailable(disabled);
        }
        Client client =
                client(customerId).orElseThrow(() -> new com.brokercrm.customer.ClientNotFoundException(customerId));
        String contactId = null;
        if (request.survey()) {
            contactId = request.contactId() != null
                    ? request.contactId()
                    : surveys.latestContact(customerId).orElse(null);
            if (contactId == null || !surveys.contactOf(customerId, contactId)) {
                throw new Invalid("message.error.noContact", "no contact of this client to ask about");
            }
        }
        String id = "M-" + UUID.randomUUID().toString().substring(0, 23);
        String language = consents.language(customerId);
        Locale locale = Consents.locale(language);
        String recipient = channel == ContactChannel.EMAIL ? client.email() : client.phone();
        String refusal = consents.optedOut(customerId, channel)
                ? "the client opted out of " + channel
                : recipient == null || recipient.isBlank() ? "no " + channel + " address on file" : null;
        // the person the client knows: their account manager, else whoever sends, else the branch
        String sender = client.managerName() != null
                ? client.managerName()
                : senderName != null ? senderName : client.branchName();
        String what = "message " + id + " (" + channel + ", " + request.template()
                + (request.survey() ? ", survey about contact " + contactId : "") + ")";
        if (refusal != null) {
            auditor.record(what + " refused: " + refusal, AuditOutcome.FAILED);
        } else {
            auditor.record(what + " queued", AuditOutcome.OK);
        }
        String survey = contactId;
        String message = transaction.execute(status -> {
            insert(
                    id,
                    customerId,
                    request,
                    client,
                    recipient,
                    language,
                    locale,
                    sender,
                    staffId,
                    requestedBy,
                    refusal,
                    survey);
            return id;
        });
        return new Queued(message, refusal == null ? "PENDING" : "REFUSED", refusal);
    }

    private void insert(
            String id,
            String customerId,
            Request request,
            Client client,
            String recipient,
            String language,
            Locale locale,
            String sender,
            String staffId,
            String requestedBy,
            String refusal,
            String contactId) {
        ContactChannel channel = request.channel();
        Surveys.Created survey = null;
        if (refusal == null && request.survey()) {
            survey = surveys.create(customerId, contactId, language, id);
        }
        List<String> detail = null;
        if (request.survey()) {
            Surveys.Survey about = surveys.contactSummary(contactId).orElseThrow();
            detail = List.of(
                    about.contactAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd")),
                    messages.getMessage("contact.channel." + about.contactChannel(), null, locale),
                    about.contactTopic() == null ? "" : about.contactTopic());
        }
        MessageTemplates.Content content = new MessageTemplates.Content(
                client.name(),
                sender,
                request.subject(),
                request.text(),
                detail,
                survey == null ? null : survey.url(),
                survey == null ? null : survey.expiresAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                channel == ContactChannel.EMAIL ? unsubscribe.url(customerId, channel, language) : null);
        MessageTemplates.Rendered rendered = templates.render(channel, request.template(), locale, content);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO outbound_message (message_id, customer_id, channel, recipient, language, template, subject,
                                                      body_text, body_html, status, attempts, last_error, next_attempt_at,
                                                      created_at, requested_by, staff_id, survey_id)
                        VALUES (:id, :c, :channel, :recipient, :lang, :template, :subject, :text, :html, :status, 0, :error,
                                :next, :now, :by, :staff, :survey)
                        """)
                .param("id", id)
                .param("c", customerId)
                .param("channel", channel.name())
                .param("recipient", recipient)
                .param("lang", language)
                .param("template", request.template().name())
                .param("subject", truncate(rendered.subject(), MAX_SUBJECT))
                .param("text", rendered.text())
                .param("html", rendered.html())
                .param("status", refusal == null ? "PENDING" : "REFUSED")
                .param("error", refusal)
                .param("next", refusal == null ? now : null)
                .param("now", now)
                .param("by", truncate(requestedBy, 64))
                .param("staff", staffId)
                .param("survey", survey == null ? null : survey.surveyId())
                .update();
    }

    private static void validate(Request request) {
        if (request.channel() == null || !Channels.outbound(request.channel())) {
            throw new Invalid("message.error.channel", "channel must be EMAIL, SMS or WECHAT");
        }
        if (request.template() == null) {
            throw new Invalid("message.error.content", "give a template or a text");
        }
        if (request.template() == MessageTemplate.TEXT && request.text() == null) {
            throw new Invalid("message.error.content", "the TEXT template needs a text");
        }
        if (request.template() == MessageTemplate.SURVEY && !request.survey()) {
            throw new Invalid("message.error.surveyFlag", "the SURVEY template goes with survey: true");
        }
        if (request.text() != null && request.text().length() > MAX_TEXT) {
            throw new Invalid("message.error.textLength", "texts have at most " + MAX_TEXT + " characters");
        }
        if (request.subject() != null && request.subject().length() > MAX_SUBJECT) {
            throw new Invalid("message.error.subjectLength", "subjects have at most " + MAX_SUBJECT + " characters");
        }
    }

    private Optional<Client> client(String customerId) {
        return jdbc.sql("""
                        SELECT c.name, c.email, c.phone, c.manager_id, m.name AS manager_name, b.name AS branch_name
                        FROM customer c
                        LEFT JOIN staff m ON m.staff_id = c.manager_id
                        LEFT JOIN branch b ON b.branch_id = c.branch_id
                        WHERE c.customer_id = :c
                        """)
                .param("c", customerId)
                .query((rs, n) -> new Client(
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("manager_id"),
                        rs.getString("manager_name"),
                        rs.getString("branch_name")))
                .optional();
    }

    /** A message as lists show it: recipient masked, times in Asia/Shanghai. */
    public record Message(
            String messageId,
            String customerId,
            String customerName,
            ContactChannel channel,
            String recipient,
            String language,
            String template,
            String subject,
            String status,
            int attempts,
            String lastError,
            LocalDateTime nextAttemptAt,
            LocalDateTime createdAt,
            LocalDateTime sentAt,
            String requestedBy,
            String contactId,
            String surveyId) {}

    /** Messages in the caller's scope, newest first, optionally of one status and one client; audited as a search. */
    public PageOf<Message> list(String status, String customerId, int page, int size) {
        if (customerId != null) {
            access.check(customerId, "messages");
        } else {
            audit.record(
                    AuditAction.CLIENT_SEARCH,
                    ClientAccess.TARGET,
                    null,
                    "messages" + (status == null ? "" : " status=" + status),
                    AuditOutcome.OK);
        }
        DataScope scope = CrmUser.currentScope();
        List<String> conditions = new ArrayList<>(List.of(scope.condition()));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (status != null) {
            conditions.add("o.status = :status");
            params.put("status", status);
        }
        if (customerId != null) {
            conditions.add("o.customer_id = :c");
            params.put("c", customerId);
        }
        String from = " FROM outbound_message o JOIN customer c ON c.customer_id = o.customer_id WHERE "
                + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Message> items = jdbc.sql("SELECT o.*, c.name AS customer_name" + from
                        + " ORDER BY o.created_at DESC, o.message_id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new Message(
                        rs.getString("message_id"),
                        rs.getString("customer_id"),
                        rs.getString("customer_name"),
                        ContactChannel.valueOf(rs.getString("channel")),
                        "EMAIL".equals(rs.getString("channel"))
                                ? Masking.email(rs.getString("recipient"))
                                : Masking.phone(rs.getString("recipient")),
                        rs.getString("language"),
                        rs.getString("template"),
                        rs.getString("subject"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        shanghai(rs.getObject("next_attempt_at", LocalDateTime.class)),
                        shanghai(rs.getObject("created_at", LocalDateTime.class)),
                        shanghai(rs.getObject("sent_at", LocalDateTime.class)),
                        rs.getString("requested_by"),
                        rs.getString("contact_id"),
                        rs.getString("survey_id")))
                .list();
        return new PageOf<>(items, page, size, total);
    }

    /** Puts a FAILED message of a client in the caller's scope back in the queue for a fresh set of attempts. */
    public boolean retry(String messageId) {
        String customerId = jdbc.sql("SELECT customer_id FROM outbound_message WHERE message_id = :id")
                .param("id", messageId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new com.brokercrm.customer.ClientNotFoundException("(message " + messageId + ")"));
        access.check(customerId, "retry message");
        audit.record(
                AuditAction.CLIENT_CHANGE,
                ClientAccess.TARGET,
                customerId,
                "message " + messageId + " queued again",
                AuditOutcome.OK);
        return jdbc.sql("""
                                UPDATE outbound_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                                WHERE message_id = :id AND status = 'FAILED'
                                """)
                        .param("id", messageId)
                        .param("now", LocalDateTime.now(ZoneOffset.UTC))
                        .update()
                > 0;
    }

    static LocalDateTime shanghai(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(SHANGHAI).toLocalDateTime();
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
