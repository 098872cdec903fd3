package com.brokercrm.compliance;

/** How an audited action ended. */
public enum AuditOutcome {
    OK,
    /** The target exists but lies outside the caller's data scope. */
    DENIED,
    NOT_FOUND,
    FAILED,
    ERROR
}
