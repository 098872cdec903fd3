package com.brokercrm.datagen.customer;

/**
 * A planted churn: what kind, which event on which trading day, and from when behaviour drifts.
 *
 * @param eventDay index of the event's trading day in the window
 * @param driftStart index of the first trading day of the drift
 * @param reasonCode the reason written to {@code churn_events.csv} (usually the kind's, sometimes
 *     noise, sometimes null)
 * @param destination ANOTHER_BROKER, OTHER_INVESTMENTS or UNKNOWN
 * @param note free text for the event row, or null
 */
public record ChurnPlan(
        ChurnKind kind,
        ChurnType type,
        int eventDay,
        int driftStart,
        String reasonCode,
        String destination,
        String note) {

    /** How far the drift has gone on a day: 0 before or at its start, 1 on the event day. */
    public double progress(int day) {
        if (day <= driftStart) {
            return 0;
        }
        return Math.min(1, (day - driftStart) / (double) (eventDay - driftStart));
    }

    public boolean drifting(int day) {
        return day >= driftStart && day < eventDay;
    }

    /**
     * True in the last days before an event that empties the account of securities (all types but a
     * transfer, which moves the securities instead): up to 5 trading days, a third of the drift at most.
     */
    public boolean liquidating(int day) {
        if (type == ChurnType.TRANSFERRED_OUT) {
            return false;
        }
        int window = Math.max(1, Math.min(5, (eventDay - driftStart) / 3));
        return day >= eventDay - window && day < eventDay;
    }
}
