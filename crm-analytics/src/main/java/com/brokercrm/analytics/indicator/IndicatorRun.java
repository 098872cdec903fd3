package com.brokercrm.analytics.indicator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What an indicator run did.
 *
 * @param asOf the as-of date the rows were written for
 * @param rows rows written to {@code customer_indicator} (one per client)
 * @param steps each step's time, in run order
 * @param elapsed the whole run, commit included
 * @param assets how the assets step was computed (from a rolling state or not)
 * @param returns how the returns step was computed
 * @param trades how the trades step was computed
 * @param positions how the moves and positions steps were computed
 */
public record IndicatorRun(
        LocalDate asOf,
        long rows,
        List<StepTime> steps,
        Duration elapsed,
        StepPath assets,
        StepPath returns,
        StepPath trades,
        StepPath positions) {

    /** The time one step took. */
    public record StepTime(String step, Duration elapsed) {}

    /** Steps from slowest to fastest. */
    public List<StepTime> slowestFirst() {
        return steps.stream()
                .sorted(Comparator.comparing(StepTime::elapsed).reversed())
                .toList();
    }
}
