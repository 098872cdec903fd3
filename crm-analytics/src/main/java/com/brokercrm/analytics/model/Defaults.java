package com.brokercrm.analytics.model;

import java.math.BigDecimal;

/** Null-means-default helpers for the config records (a property left unset binds as null). */
final class Defaults {

    private Defaults() {}

    static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    static BigDecimal or(BigDecimal value, String fallback) {
        return value == null ? new BigDecimal(fallback) : value;
    }

    static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
