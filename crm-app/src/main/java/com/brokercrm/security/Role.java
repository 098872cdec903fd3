package com.brokercrm.security;

import java.util.Set;

/** What a user of BrokerCRM does; decides which pages they reach and which clients they see. */
public enum Role {
    HQ_ADMIN,
    HQ_ANALYST,
    BRANCH_MANAGER,
    ACCOUNT_MANAGER,
    BROKER,
    ADVISOR,
    CALL_AGENT,
    COMPLIANCE;

    private static final Set<Role> OWN_CLIENTS = Set.of(ACCOUNT_MANAGER, BROKER);
    private static final Set<Role> BRANCH = Set.of(BRANCH_MANAGER, ADVISOR);

    /** Roles whose scope comes from the staff row the user is linked to. */
    public boolean needsStaff() {
        return OWN_CLIENTS.contains(this) || BRANCH.contains(this);
    }

    /**
     * The clients a user in this role may see: account managers and brokers their own clients (as manager
     * or broker of record), branch managers and advisors their branch, head office, compliance and the
     * central call center every client.
     */
    public DataScope scopeFor(String staffId, String staffBranchId) {
        if (OWN_CLIENTS.contains(this)) {
            return staffId == null ? DataScope.NONE : new DataScope.OwnClients(staffId);
        }
        if (BRANCH.contains(this)) {
            return staffBranchId == null ? DataScope.NONE : new DataScope.Branch(staffBranchId);
        }
        return DataScope.ALL;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
