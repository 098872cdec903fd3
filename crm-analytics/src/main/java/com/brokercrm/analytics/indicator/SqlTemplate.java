package com.brokercrm.analytics.indicator;

import com.brokercrm.analytics.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator SQL files and their two conventions: a line holding {@code {w}} is repeated once per
 * window (20, 60, 250) with {@code {w}} replaced, and {@code :name} stands for a parameter, replaced by a
 * typed SQL literal ({@link IndicatorParameters}). Comments ({@code --}) are dropped first. A step is
 * written once, in the dialect both engines share ({@code sql/<name>.sql}); where one engine has a much
 * faster way, its variant sits in {@code sql/<engine>/<name>.sql} (lower-case engine name) and is used on
 * that engine. A line {@code @include <name>} is replaced by the fragment {@code sql/fragments/<name>.sql}, so
 * that a part two steps share (a CTE's body, a list of sums) is written once.
 */
final class SqlTemplate {

    private static final Pattern PARAMETER = Pattern.compile(":([a-z][a-z0-9_]*)");

    private static final Pattern INCLUDE = Pattern.compile("(?m)^@include ([a-z][a-z0-9_]*)$");

    private SqlTemplate() {}

    /** The engine's own variant of the step when there is one, else the shared file. */
    static String load(String name, Engine engine) {
        String variant = "sql/" + engine.name().toLowerCase(Locale.ROOT) + "/" + name + ".sql";
        if (SqlTemplate.class.getResource(variant) != null) {
            return read(variant);
        }
        return load(name);
    }

    static String load(String name) {
        return read("sql/" + name + ".sql");
    }

    private static String read(String resource) {
        String text;
        try (InputStream in = SqlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing indicator SQL " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            String fragment = read("sql/fragments/" + m.group(1) + ".sql").stripTrailing();
            m.appendReplacement(out, Matcher.quoteReplacement(fragment));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The SQL with comments dropped and window lines expanded, parameters still as {@code :name}. */
    static String expand(String sql, List<Integer> windows) {
        StringBuilder out = new StringBuilder(sql.length() * 2);
        for (String line : sql.split("\n", -1)) {
            String code = stripComment(line);
            if (code.isBlank()) {
                continue;
            }
            if (code.contains("{w}")) {
                for (int window : windows) {
                    out.append(code.replace("{w}", Integer.toString(window))).append('\n');
                }
            } else {
                out.append(code).append('\n');
            }
        }
        return out.toString();
    }

    /** Replaces each {@code :name} with its literal; a name without a value is an error. */
    static String bind(String sql, Map<String, String> literals) {
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 256);
        while (m.find()) {
            String literal = literals.get(m.group(1));
            if (literal == null) {
                throw new IllegalArgumentException("indicator SQL names an unknown parameter :" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && line.charAt(i + 1) == '-') {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }
}
