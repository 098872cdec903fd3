package com.brokercrm.profiling;

import com.brokercrm.profiling.ClientProfile.Driver;
import com.brokercrm.profiling.ClientProfile.Drivers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code drivers} column: {"value":[..], "risk":[..], "habits":{"TAG":[..]}, "needs":{"TAG":[..]}},
 * each driver an array {@code ["key", value, points]} (points on a score's drivers only), or, as profiles
 * written before 2026-11-29 hold it, an object {@code {"key":.., "value":.., "points":..}}. A driver's value
 * may be one number or text, an array of them (the message's arguments in order) or an object (its values in
 * order). Whatever cannot be read is left out, so a model writing a shape the UI does not know yet never
 * breaks a page.
 */
final class DriversJson {

    private static final Logger log = LoggerFactory.getLogger(DriversJson.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DriversJson() {}

    static Drivers parse(String json) {
        if (json == null || json.isBlank()) {
            return Drivers.NONE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            log.warn("unreadable profile drivers ignored: {}", e.getOriginalMessage());
            return Drivers.NONE;
        }
        if (root == null || !root.isObject()) {
            return Drivers.NONE;
        }
        return new Drivers(
                list(root.get("value")), list(root.get("risk")), byTag(root.get("habits")), byTag(root.get("needs")));
    }

    private static Map<String, List<Driver>> byTag(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        Map<String, List<Driver>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> tag : node.properties()) {
            out.put(tag.getKey(), list(tag.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<Driver> list(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<Driver> out = new ArrayList<>();
        for (JsonNode item : node.values()) {
            boolean array = item.isArray();
            JsonNode key = array ? item.get(0) : item.get("key");
            if (key == null || !key.isString() || key.asString().isBlank()) {
                continue;
            }
            out.add(new Driver(key.asString(), arguments(array ? item.get(1) : item.get("value"))));
        }
        return List.copyOf(out);
    }

    private static List<Object> arguments(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isContainer()) {
            List<Object> out = new ArrayList<>();
            for (JsonNode item : value.values()) {
                Object scalar = scalar(item);
                if (scalar != null) {
                    out.add(scalar);
                }
            }
            return Collections.unmodifiableList(out);
        }
        Object scalar = scalar(value);
        return scalar == null ? List.of() : List.of(scalar);
    }

    private static Object scalar(JsonNode node) {
        if (node.isNumber()) {
            return node.isIntegralNumber() ? (Object) node.numberValue() : node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            return node.asString();
        }
        return null;
    }
}
