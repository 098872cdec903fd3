package com.brokercrm.profiling;

import java.util.Arrays;
import java.util.List;

/** Tag lists as stored: {@code '|HIGH_FREQUENCY|STAR_PREFERENCE|'}, or {@code '||'} / empty for none. */
public final class Tags {

    private Tags() {}

    public static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The LIKE pattern (escape character backslash) that finds a list holding the tag. */
    public static String pattern(String tag) {
        String escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%|" + escaped + "|%";
    }
}
