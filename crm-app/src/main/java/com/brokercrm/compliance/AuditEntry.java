package com.brokercrm.compliance;

import java.time.LocalDateTime;

/** One line of the audit log: who, when (UTC), what, on which target, from where, with what outcome. */
public record AuditEntry(
        long id,
        LocalDateTime at,
        String username,
        String role,
        AuditAction action,
        String targetType,
        String targetId,
        String detail,
        String remoteAddress,
        AuditOutcome outcome) {}
