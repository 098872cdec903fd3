package com.brokercrm.datagen.simulation;

import java.util.Arrays;

/** The positions of one account: security, quantity, cost (purchase amounts plus buy fees) and last buy day. */
final class Holdings {

    private int size;
    private int[] security = new int[16];
    private int[] quantity = new int[16];
    private long[] cost = new long[16];
    private int[] lastBuy = new int[16];

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    int security(int i) {
        return security[i];
    }

    int quantity(int i) {
        return quantity[i];
    }

    long cost(int i) {
        return cost[i];
    }

    int lastBuy(int i) {
        return lastBuy[i];
    }

    /** Index of the position in a security, or -1. */
    int find(int sec) {
        for (int i = 0; i < size; i++) {
            if (security[i] == sec) {
                return i;
            }
        }
        return -1;
    }

    /** Adds bought shares at a cost to an existing or a new position. */
    void buy(int sec, int qty, long costCents, int day) {
        int i = find(sec);
        if (i < 0) {
            if (size == security.length) {
                int n = size * 2;
                security = Arrays.copyOf(security, n);
                quantity = Arrays.copyOf(quantity, n);
                cost = Arrays.copyOf(cost, n);
                lastBuy = Arrays.copyOf(lastBuy, n);
            }
            i = size++;
            security[i] = sec;
            quantity[i] = 0;
            cost[i] = 0;
        }
        quantity[i] += qty;
        cost[i] += costCents;
        lastBuy[i] = day;
    }

    /**
     * Removes sold shares; the remaining cost is the old cost scaled to the remaining quantity,
     * rounded half up (average-cost method). Empty positions are dropped.
     */
    void sell(int i, int qty) {
        int remaining = quantity[i] - qty;
        if (remaining < 0) {
            throw new IllegalStateException("selling more than held");
        }
        if (remaining == 0) {
            remove(i);
            return;
        }
        cost[i] = remainingCost(cost[i], quantity[i], remaining);
        quantity[i] = remaining;
    }

    static long remainingCost(long cost, int quantity, int remaining) {
        return Math.floorDiv(cost * remaining * 2 + quantity, 2L * quantity);
    }

    /** Drops a position (sold out or transferred away); the last position takes its place. */
    void remove(int i) {
        size--;
        security[i] = security[size];
        quantity[i] = quantity[size];
        cost[i] = cost[size];
        lastBuy[i] = lastBuy[size];
    }
}
