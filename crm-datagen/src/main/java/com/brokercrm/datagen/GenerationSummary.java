package com.brokercrm.datagen;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param rowsPerFile data rows (without the header) per file name, in writing order
 * @param elapsed wall-clock time of the run
 */
public record GenerationSummary(Map<String, Long> rowsPerFile, Duration elapsed) {

    public GenerationSummary {
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
    }
}
