package com.brokercrm.security;

import java.io.Serializable;

/** A user account: who they are, their role, and the staff row that gives their data scope. */
public record AppUser(
        String username, String displayName, Role role, String staffId, String staffBranchId, boolean enabled)
        implements Serializable {

    public DataScope scope() {
        return role.scopeFor(staffId, staffBranchId);
    }
}
