package com.brokercrm.datagen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many clients over how many years up to which last day, with which seed,
 * into which folder, with how many branches and staff. The same options always give byte-identical
 * files.
 *
 * @param endDate the last day of the history (a fixed date, never "today")
 */
public record GeneratorOptions(
        int customers, int years, long seed, Path outDir, LocalDate endDate, int branches, int staff) {

    /** The default last day of the history. */
    public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2026, 10, 30);

    public GeneratorOptions {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(endDate, "endDate");
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1");
        }
        if (years < 1 || years > 10) {
            throw new IllegalArgumentException("years must be between 1 and 10");
        }
        if (branches < 1 || staff < 3 * branches + 1) {
            throw new IllegalArgumentException("need at least one branch and 3 staff per branch plus one");
        }
    }

    /**
     * Branches and staff scaled from the number of customers: 50,000 customers give 20 branches and
     * 400 staff (at least 3 branches and 10 staff); the history ends on 2026-10-30.
     */
    public static GeneratorOptions of(int customers, int years, long seed, Path outDir) {
        int branches = Math.max(3, (int) Math.round(customers / 2500.0));
        int staff = Math.max(Math.max(10, (int) Math.round(customers / 125.0)), 4 * branches);
        return new GeneratorOptions(customers, years, seed, outDir, DEFAULT_END_DATE, branches, staff);
    }

    /** The same options with another last day. */
    public GeneratorOptions withEndDate(LocalDate end) {
        return new GeneratorOptions(customers, years, seed, outDir, end, branches, staff);
    }
}
