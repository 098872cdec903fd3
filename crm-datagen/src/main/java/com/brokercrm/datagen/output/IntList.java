package com.brokercrm.datagen.output;

import java.util.Arrays;

/** A growable list of primitive ints. */
final class IntList {

    private int[] values = new int[256];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
