package com.brokercrm.datagen.simulation;

/**
 * A service contact before formatting.
 *
 * @param epochDay local date (Asia/Shanghai) of the contact
 * @param secondOfDay local time of the contact
 * @param durationS duration in seconds, or -1 when not recorded
 * @param satisfaction rating 1-5, or 0 when not rated
 */
record Contact(
        long epochDay,
        int secondOfDay,
        String staffId,
        String channel,
        int durationS,
        String topic,
        String outcome,
        int satisfaction,
        String note)
        implements Comparable<Contact> {

    @Override
    public int compareTo(Contact o) {
        int c = Long.compare(epochDay, o.epochDay);
        return c != 0 ? c : Integer.compare(secondOfDay, o.secondOfDay);
    }
}
