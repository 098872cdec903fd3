package com.brokercrm.compliance;

/**
 * Search criteria as the audit log records them, {@code q=王; branch=B01; sort=name desc}: each criterion
 * given, in order; the ones not given are left out.
 */
public final class AuditCriteria {

    private final StringBuilder text = new StringBuilder();

    /** Adds {@code name=value} unless the value is null. */
    public AuditCriteria add(String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : "; ").append(name).append('=').append(value);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
