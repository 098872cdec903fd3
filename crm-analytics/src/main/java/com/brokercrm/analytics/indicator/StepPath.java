package com.brokercrm.analytics.indicator;

/** How an indicator run computed a step. */
public enum StepPath {
    /** From the fact tables, as the step's SQL file says. */
    FULL,
    /** From the fact tables, saving a rolling state for the next trading day's run. */
    REBUILT,
    /** From the rolling state saved by the previous trading day's run and the day's rows. */
    ADVANCED
}
