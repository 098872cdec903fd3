package com.brokercrm.service;

/**
 * The MOT (关键时刻) events BrokerCRM turns into service tasks (DOMAIN.md). Mandatory tasks count in the
 * completion rate managers and branches are measured by.
 */
public enum MotRule {
    /** The suitability questionnaire expires soon; an expired one blocks advice and new products. */
    ASSESSMENT_EXPIRY(true),
    /**
     * The identity document on file expires soon, or has expired: the account is then restricted (CSRC
     * rules on client identification) until the client brings the renewed document.
     */
    ID_EXPIRY(true),
    /** A withdrawal large in amount or in share of the client's assets. */
    LARGE_WITHDRAWAL(true),
    /** Margin maintenance ratio under the warning line (150%). */
    MARGIN_CALL(true),
    /** A birthday in the coming days. */
    BIRTHDAY(false),
    /** A client opened an account a month ago and has never brought money in. */
    NO_FUNDS(false),
    /** A new client's first trade: a chance to review it together. */
    FIRST_TRADE(false),
    /** Assets and experience now meet a board's or margin's entry requirement. */
    PERMISSION_ELIGIBLE(false),
    /** The client's value tier changed (raised by the profiling run). */
    TIER_CHANGE(false),
    /** The churn model warns about the client (raised by the churn module). */
    CHURN_WARNING(true);

    private final boolean mandatory;

    MotRule(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
