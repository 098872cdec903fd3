package com.brokercrm.datagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A whole CSV file read per RFC 4180 (for tests): header plus rows, values by column name. */
record Csv(List<String> header, List<String[]> rows) {

    static Csv read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Csv parse(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n') {
                fields.add(field.toString());
                records.add(fields.toArray(new String[0]));
                fields.clear();
                field.setLength(0);
                any = false;
            } else if (c != '\r') {
                field.append(c);
                any = true;
            }
        }
        if (any) {
            fields.add(field.toString());
            records.add(fields.toArray(new String[0]));
        }
        return new Csv(List.of(records.getFirst()), records.subList(1, records.size()));
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    /** The rows as maps from column name to value (empty string for null). */
    List<Map<String, String>> maps() {
        List<Map<String, String>> result = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < r.length ? r[i] : "");
            }
            result.add(m);
        }
        return result;
    }
}
