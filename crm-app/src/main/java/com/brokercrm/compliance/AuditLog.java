package com.brokercrm.compliance;

import com.brokercrm.security.CrmUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log. A write returns only once the entry is committed, and callers write before the audited
 * data is read: if the write fails, the request fails and no data leaves the server, so no request path
 * can show client data unaudited. Entries from concurrent requests are committed together by
 * {@link AuditWriter}.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;
    private final AuditWriter writer;

    public AuditLog(JdbcClient jdbc, AuditWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    /** Records an action of the signed-in user of the current request. */
    public void record(AuditAction action, String targetType, String targetId, String detail, AuditOutcome outcome) {
        String username = CrmUser.current().map(CrmUser::getUsername).orElse("anonymous");
        String role = CrmUser.current().map(u -> u.account().role().name()).orElse(null);
        record(username, role, action, targetType, targetId, detail, currentAddress(), outcome);
    }

    /** Records an action for a named user (logins, where nobody is signed in yet). */
    public void record(
            String username,
            String role,
            AuditAction action,
            String targetType,
            String targetId,
            String detail,
            String remoteAddress,
            AuditOutcome outcome) {
        writer.write(new AuditWriter.Row(
                LocalDateTime.now(ZoneOffset.UTC),
                truncate(username == null || username.isBlank() ? "(blank)" : username, 64),
                role,
                action.name(),
                targetType,
                truncate(targetId, 100),
                truncate(detail, MAX_DETAIL),
                truncate(remoteAddress, 64),
                outcome.name()));
    }

    public long count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_log" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    public List<AuditEntry> page(AuditFilter filter, int page, int size) {
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("SELECT * FROM audit_log" + where.sql() + " ORDER BY audit_id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** Streams every matching entry, oldest first, for export. */
    public void each(AuditFilter filter, Consumer<AuditEntry> sink) {
        Where where = where(filter);
        jdbc.sql("SELECT * FROM audit_log" + where.sql() + " ORDER BY audit_id")
                .params(where.params())
                .query(rs -> {
                    sink.accept(entry(rs));
                });
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("audit_id"),
                rs.getObject("occurred_at", LocalDateTime.class),
                rs.getString("username"),
                rs.getString("role"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("detail"),
                rs.getString("remote_addr"),
                AuditOutcome.valueOf(rs.getString("outcome")));
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            conditions.add("username = :username");
            params.put("username", filter.username().trim());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.targetId() != null && !filter.targetId().isBlank()) {
            conditions.add("target_id = :targetId");
            params.put("targetId", filter.targetId().trim());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "cli";
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
