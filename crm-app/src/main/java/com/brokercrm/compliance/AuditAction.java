package com.brokercrm.compliance;

/** What a user did that compliance must be able to see later. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    CLIENT_SEARCH,
    CLIENT_VIEW,
    CLIENT_CHANGE,
    EXPORT,
    USER_CHANGE,
    AUDIT_VIEW
}
