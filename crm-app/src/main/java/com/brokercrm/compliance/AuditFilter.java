package com.brokercrm.compliance;

import java.time.LocalDate;

/** What the compliance page asks of the audit log; every field may be empty. Dates are UTC days. */
public record AuditFilter(
        String username, AuditAction action, String targetId, AuditOutcome outcome, LocalDate from, LocalDate to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
