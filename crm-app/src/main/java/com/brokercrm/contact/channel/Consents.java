package com.brokercrm.contact.channel;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.contact.ContactChannel;
import com.brokercrm.customer.ClientAccess;
import com.brokercrm.security.CrmUser;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which channels a client may be written to, and in which language. No row means the client has not opted
 * out; every change is audited with who made it. Staff changes go through the caller's scope.
 */
@Service
public class Consents {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final JdbcClient jdbc;
    private final ClientAccess access;
    private final AuditLog audit;

    public Consents(JdbcClient jdbc, ClientAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** A client's choice for one channel; {@code changedAt} (Asia/Shanghai) and {@code source} are null when never set. */
    public record Consent(ContactChannel channel, boolean optedOut, LocalDateTime changedAt, String source) {}

    /** Every outbound channel with the client's choice (the caller has checked scope). */
    public List<Consent> of(String customerId) {
        Map<String, Consent> stored = new HashMap<>();
        jdbc.sql("SELECT channel, opted_out, changed_at, source FROM channel_consent WHERE customer_id = :c")
                .param("c", customerId)
                .query((rs, n) -> new Consent(
                        ContactChannel.valueOf(rs.getString("channel")),
                        rs.getBoolean("opted_out"),
                        rs.getObject("changed_at", LocalDateTime.class)
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(SHANGHAI)
                                .toLocalDateTime(),
                        rs.getString("source")))
                .list()
                .forEach(c -> stored.put(c.channel().name(), c));
        List<Consent> all = new ArrayList<>();
        for (ContactChannel channel : Channels.OUTBOUND) {
            all.add(stored.getOrDefault(channel.name(), new Consent(channel, false, null, null)));
        }
        return all;
    }

    public boolean optedOut(String customerId, ContactChannel channel) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_consent WHERE customer_id = :c AND channel = :ch AND opted_out")
                        .param("c", customerId)
                        .param("ch", channel.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Staff record a client's choice, within their scope. */
    public void set(String customerId, ContactChannel channel, boolean optedOut) {
        requireOutbound(channel);
        access.check(customerId, "channel consent");
        String user = CrmUser.current().map(CrmUser::getUsername).orElse("anonymous");
        audit.record(
                AuditAction.CLIENT_CHANGE,
                ClientAccess.TARGET,
                customerId,
                "consent " + channel + (optedOut ? " opted out" : " opted in"),
                AuditOutcome.OK);
        store(customerId, channel, optedOut, "STAFF:" + user);
    }

    /** A system or the client themself records a choice (an unsubscribe link, an import); no scope applies. */
    public void setAsSystem(String customerId, ContactChannel channel, boolean optedOut, String source, String actor) {
        requireOutbound(channel);
        audit.record(
                actor,
                null,
                AuditAction.CLIENT_CHANGE,
                ClientAccess.TARGET,
                customerId,
                "consent " + channel + (optedOut ? " opted out" : " opted in") + " (" + source + ")",
                "system",
                AuditOutcome.OK);
        store(customerId, channel, optedOut, source);
    }

    private void store(String customerId, ContactChannel channel, boolean optedOut, String source) {
        jdbc.sql("""
                        INSERT INTO channel_consent (customer_id, channel, opted_out, changed_at, source)
                        VALUES (:c, :ch, :out, :now, :source)
                        ON CONFLICT (customer_id, channel) DO UPDATE
                        SET opted_out = EXCLUDED.opted_out, changed_at = EXCLUDED.changed_at, source = EXCLUDED.source
                        """)
                .param("c", customerId)
                .param("ch", channel.name())
                .param("out", optedOut)
                .param("now", LocalDateTime.now(ZoneOffset.UTC))
                .param("source", source.length() > 80 ? source.substring(0, 80) : source)
                .update();
    }

    /** The language the client is written to in: zh-CN unless set to English. */
    public String language(String customerId) {
        return jdbc.sql("SELECT language FROM client_preference WHERE customer_id = :c")
                .param("c", customerId)
                .query(String.class)
                .optional()
                .orElse("zh-CN");
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Staff set the client's language, within their scope. */
    public void setLanguage(String customerId, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES);
        }
        access.check(customerId, "language");
        String user = CrmUser.current().map(CrmUser::getUsername).orElse("anonymous");
        audit.record(
                AuditAction.CLIENT_CHANGE, ClientAccess.TARGET, customerId, "language " + language, AuditOutcome.OK);
        jdbc.sql("""
                        INSERT INTO client_preference (customer_id, language, changed_at, changed_by)
                        VALUES (:c, :lang, :now, :by)
                        ON CONFLICT (customer_id) DO UPDATE
                        SET language = EXCLUDED.language, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by
                        """)
                .param("c", customerId)
                .param("lang", language)
                .param("now", LocalDateTime.now(ZoneOffset.UTC))
                .param("by", user)
                .update();
    }

    private static void requireOutbound(ContactChannel channel) {
        if (channel == null || !Channels.outbound(channel)) {
            throw new IllegalArgumentException("consent is kept for EMAIL, SMS and WECHAT only");
        }
    }
}
