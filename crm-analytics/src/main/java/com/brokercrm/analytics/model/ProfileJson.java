package com.brokercrm.analytics.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a profile's {@code drivers} column: {@code {"value":[["key",value]..], "risk":[["key",value,points]..],
 * "habits":{"TAG":[["key",value]..]}, "needs":{"TAG":[..]}}}: each driver an array of its key, its value and,
 * for a score's driver, its points. Keys are message keys under {@code profile.driver.}; a value is a number,
 * text, true/false, null or an array of them. (Profiles written before 2026-11-29 hold each driver as an
 * object, {@code {"key":..,"value":..,"points":..}}, 40% longer; readers take both.)
 */
public final class ProfileJson {

    private ProfileJson() {}

    public static String drivers(
            ValueResult value, RiskResult risk, Map<String, List<Driver>> habits, Map<String, List<Driver>> needs) {
        StringBuilder b = new StringBuilder(2048).append('{');
        b.append("\"value\":");
        list(b, value.drivers());
        b.append(",\"risk\":");
        list(b, risk.drivers());
        b.append(",\"habits\":");
        tags(b, habits);
        b.append(",\"needs\":");
        tags(b, needs);
        return b.append('}').toString();
    }

    private static void tags(StringBuilder b, Map<String, List<Driver>> tags) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, List<Driver>> e : tags.entrySet()) {
            b.append(first ? "" : ",");
            first = false;
            string(b, e.getKey());
            b.append(':');
            list(b, e.getValue());
        }
        b.append('}');
    }

    private static void list(StringBuilder b, List<Driver> drivers) {
        b.append('[');
        for (int i = 0; i < drivers.size(); i++) {
            Driver d = drivers.get(i);
            b.append(i == 0 ? "[" : ",[");
            string(b, d.key());
            b.append(',');
            value(b, d.value());
            if (d.points() != null) {
                b.append(',');
                value(b, d.points());
            }
            b.append(']');
        }
        b.append(']');
    }

    static void value(StringBuilder b, Object v) {
        switch (v) {
            case null -> b.append("null");
            case BigDecimal d -> b.append(d.toPlainString());
            case Double d when d.isNaN() || d.isInfinite() -> b.append("null");
            case Number n -> b.append(n);
            case Boolean t -> b.append(t);
            case Collection<?> c -> {
                b.append('[');
                boolean first = true;
                for (Object o : c) {
                    b.append(first ? "" : ",");
                    first = false;
                    value(b, o);
                }
                b.append(']');
            }
            default -> string(b, v.toString());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        if (plain(s)) {
            b.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** Whether a string needs no escapes (driver keys and tags always). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
