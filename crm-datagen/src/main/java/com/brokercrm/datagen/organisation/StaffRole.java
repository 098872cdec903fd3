package com.brokercrm.datagen.organisation;

/** Staff roles of the import format. */
public enum StaffRole {
    ACCOUNT_MANAGER,
    BROKER,
    ADVISOR,
    CALL_AGENT,
    BRANCH_MANAGER,
    HQ_ANALYST,
    COMPLIANCE,
    HQ_ADMIN
}
