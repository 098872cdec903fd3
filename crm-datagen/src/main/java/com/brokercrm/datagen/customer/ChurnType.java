package com.brokercrm.datagen.customer;

/** Churn event types of the import format. */
public enum ChurnType {
    /** Account closed (销户). */
    CLOSED,
    /** Holdings and cash moved to another broker (转托管 / 撤指定). */
    TRANSFERRED_OUT,
    /** Soft churn: most assets withdrawn, account still open. */
    ASSET_OUTFLOW,
    /** No more trading, small residual assets. */
    DORMANT;

    /** True when the account ends on the event day (no rows of any kind afterwards). */
    public boolean endsAccount() {
        return this == CLOSED || this == TRANSFERRED_OUT;
    }
}
