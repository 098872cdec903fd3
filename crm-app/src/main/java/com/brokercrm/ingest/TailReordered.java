package com.brokercrm.ingest;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A fact table's newest rows rewritten in client order after an import (DuckDB; docs/operations.md,
 * "Client order on DuckDB").
 *
 * @param table the fact table
 * @param rows the rows rewritten
 * @param from the first date among them
 * @param to the last date among them
 * @param took how long the rewrite took
 */
public record TailReordered(String table, long rows, LocalDate from, LocalDate to, Duration took) {}
