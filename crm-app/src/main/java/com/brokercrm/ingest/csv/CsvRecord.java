package com.brokercrm.ingest.csv;

/**
 * One record of a CSV file: its fields, or the structural problem that kept it from being read.
 *
 * @param line physical line number (1-based) where the record starts
 * @param fields the fields, or null when the record is broken
 * @param raw the record's text as it stood in the file
 * @param problem why the record could not be read, or null
 */
public record CsvRecord(long line, String[] fields, String raw, String problem) {

    public boolean broken() {
        return problem != null;
    }
}
