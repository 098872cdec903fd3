package com.brokercrm.ingest.csv;

/** Writes text as one RFC 4180 field. */
public final class CsvText {

    private CsvText() {}

    /** The text as a field: quoted (with inner quotes doubled) only when it must be; null as empty. */
    public static String field(String text) {
        if (text == null) {
            return "";
        }
        return needsQuotes(text) ? quoted(text) : text;
    }

    /** The text quoted, whatever it holds. */
    public static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Empty text is quoted too, so that it reads back as an empty string rather than a missing value. */
    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
