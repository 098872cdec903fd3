package com.brokercrm.analytics.model;

/**
 * One reason behind a score or tag: a message key the UI renders in plain words ({@code
 * profile.driver.net_commission}) and the value it refers to (a number, a share, an amount in CNY, a
 * level). For the risk score the value is the indicator's value and {@code points} how much it moved
 * the score; elsewhere {@code points} is null.
 *
 * @param key message key, the part after {@code profile.driver.}
 * @param value the value behind it (Number, String or Boolean), may be null when undefined
 * @param points contribution to a score in its own units, or null
 */
public record Driver(String key, Object value, Double points) {

    public static Driver of(String key, Object value) {
        return new Driver(key, value, null);
    }

    public static Driver scored(String key, Object value, double points) {
        return new Driver(key, value, points);
    }
}
