package com.brokercrm.analytics.indicator;

import java.time.Duration;

/** Hears how an indicator run goes, step by step: for progress bars and logs. */
public interface IndicatorListener {

    /** A step starts: one of the SQL groups, then the write of {@code customer_indicator}. */
    default void stepStarted(String step, int index, int steps) {}

    default void stepFinished(String step, int index, int steps, Duration elapsed) {}

    IndicatorListener NONE = new IndicatorListener() {};
}
