package com.brokercrm.contact.survey;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.customer.ClientAccess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Satisfaction surveys about one contact each: created when a survey message is queued, answered once
 * through the signed link; the score also becomes the contact's satisfaction.
 */
@Service
public class Surveys {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final int MAX_COMMENT = 2000;

    private final JdbcClient jdbc;
    private final SurveyTokens tokens;
    private final SurveyProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    public Surveys(
            JdbcClient jdbc,
            SurveyTokens tokens,
            SurveyProperties properties,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.properties = properties;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A new survey: its id, the link to send and when the link stops working (Asia/Shanghai). */
    public record Created(String surveyId, String url, LocalDateTime expiresAt) {}

    /** A survey as the client's page and the 360 view show it; times in Asia/Shanghai. */
    public record Survey(
            String surveyId,
            String customerId,
            String contactId,
            LocalDateTime contactAt,
            String contactChannel,
            String contactTopic,
            String language,
            LocalDateTime sentAt,
            LocalDateTime expiresAt,
            LocalDateTime answeredAt,
            Integer score,
            String comment) {

        public boolean answered() {
            return answeredAt != null;
        }

        public boolean expired(LocalDateTime now) {
            return !answered() && now.isAfter(expiresAt);
        }
    }

    /** What became of an answer. */
    public enum Answer {
        SAVED,
        ALREADY_ANSWERED,
        EXPIRED,
        INVALID
    }

    /** The contact of this client that a survey would ask about when none is named: the latest one not sent by the outbox. */
    public Optional<String> latestContact(String customerId) {
        return jdbc.sql("""
                        SELECT contact_id FROM contact WHERE customer_id = :c
                          AND contact_id NOT IN (SELECT contact_id FROM outbound_message
                                                 WHERE customer_id = :c AND contact_id IS NOT NULL)
                        ORDER BY occurred_at DESC, contact_id DESC LIMIT 1
                        """).param("c", customerId).query(String.class).optional();
    }

    public boolean contactOf(String customerId, String contactId) {
        return jdbc.sql("SELECT COUNT(*) FROM contact WHERE customer_id = :c AND contact_id = :k")
                        .param("c", customerId)
                        .param("k", contactId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The contact's date, channel and topic, for the survey's text. */
    public Optional<Survey> contactSummary(String contactId) {
        return jdbc.sql("SELECT occurred_at, channel, topic FROM contact WHERE contact_id = :k")
                .param("k", contactId)
                .query((rs, n) -> new Survey(
                        null,
                        null,
                        contactId,
                        shanghai(rs.getObject("occurred_at", LocalDateTime.class)),
                        rs.getString("channel"),
                        rs.getString("topic"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .optional();
    }

    /** Creates a survey about a contact (the caller has checked scope and audits the message it goes in). */
    public Created create(String customerId, String contactId, String language, String messageId) {
        String id = "S-" + UUID.randomUUID().toString().substring(0, 23);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime expires = now.plus(properties.validity());
        jdbc.sql("""
                        INSERT INTO survey (survey_id, customer_id, contact_id, message_id, branch_id, staff_id, language,
                                            created_at, expires_at)
                        SELECT :id, :c, :k, :m, c.branch_id, k.staff_id, :lang, :now, :expires
                        FROM customer c JOIN contact k ON k.customer_id = c.customer_id
                        WHERE c.customer_id = :c AND k.contact_id = :k
                        """)
                .param("id", id)
                .param("c", customerId)
                .param("k", contactId)
                .param("m", messageId)
                .param("lang", language)
                .param("now", now)
                .param("expires", expires)
                .update();
        String base = properties.publicUrl().replaceAll("/+$", "");
        String url = base + "/survey/" + tokens.sign(id) + ("en".equals(language) ? "?lang=en" : "");
        return new Created(id, url, shanghai(expires));
    }

    public Optional<Survey> byToken(String token) {
        return tokens.verify(token).flatMap(this::byId);
    }

    Optional<Survey> byId(String surveyId) {
        return jdbc.sql(SELECT + " WHERE s.survey_id = :id")
                .param("id", surveyId)
                .query((rs, n) -> survey(rs))
                .optional();
    }

    /** A client's surveys, newest first (the caller has checked scope and audited the read). */
    public List<Survey> forClient(String customerId, int limit) {
        return jdbc.sql(SELECT + " WHERE s.customer_id = :c ORDER BY s.created_at DESC, s.survey_id DESC LIMIT :limit")
                .param("c", customerId)
                .param("limit", limit)
                .query((rs, n) -> survey(rs))
                .list();
    }

    /**
     * Stores the client's answer once: the score and comment on the survey, the score as the contact's
     * satisfaction, and an audit entry naming the client. A second answer changes nothing.
     */
    public Answer answer(String token, int score, String comment, String remoteAddress) {
        Optional<Survey> found = byToken(token);
        if (found.isEmpty() || score < 1 || score > 5) {
            return Answer.INVALID;
        }
        Survey survey = found.get();
        if (survey.answered()) {
            return Answer.ALREADY_ANSWERED;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (survey.expired(shanghai(now))) {
            return Answer.EXPIRED;
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            text = text.substring(0, MAX_COMMENT);
        }
        String actor = "client:" + survey.customerId();
        String detail = "survey " + survey.surveyId() + " answered, score " + score + "; contact " + survey.contactId()
                + " satisfaction set";
        audit.record(
                actor,
                null,
                AuditAction.CLIENT_CHANGE,
                ClientAccess.TARGET,
                survey.customerId(),
                detail,
                remoteAddress,
                AuditOutcome.OK);
        String saved = text;
        Boolean first = transaction.execute(status -> {
            int updated = jdbc.sql("""
                            UPDATE survey SET answered_at = :now, score = :score, comment = :comment
                            WHERE survey_id = :id AND answered_at IS NULL
                            """)
                    .param("now", now)
                    .param("score", score)
                    .param("comment", saved)
                    .param("id", survey.surveyId())
                    .update();
            if (updated == 0) {
                return false;
            }
            jdbc.sql("UPDATE contact SET satisfaction = :score WHERE contact_id = :k")
                    .param("score", score)
                    .param("k", survey.contactId())
                    .update();
            return true;
        });
        return Boolean.TRUE.equals(first) ? Answer.SAVED : Answer.ALREADY_ANSWERED;
    }

    private static final String SELECT = """
            SELECT s.*, k.occurred_at AS contact_at, k.channel AS contact_channel, k.topic AS contact_topic
            FROM survey s LEFT JOIN contact k ON k.contact_id = s.contact_id
            """;

    private static Survey survey(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Survey(
                rs.getString("survey_id"),
                rs.getString("customer_id"),
                rs.getString("contact_id"),
                shanghai(rs.getObject("contact_at", LocalDateTime.class)),
                rs.getString("contact_channel"),
                rs.getString("contact_topic"),
                rs.getString("language"),
                shanghai(rs.getObject("created_at", LocalDateTime.class)),
                shanghai(rs.getObject("expires_at", LocalDateTime.class)),
                shanghai(rs.getObject("answered_at", LocalDateTime.class)),
                rs.getObject("score") == null ? null : rs.getInt("score"),
                rs.getString("comment"));
    }

    static LocalDateTime shanghai(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(SHANGHAI).toLocalDateTime();
    }
}
