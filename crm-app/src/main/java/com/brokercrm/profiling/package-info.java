/**
 * Profiling: runs the indicators (crm-analytics) and, later, the models over them, for one as-of date, and
 * records each run in {@code job_run}. {@link com.brokercrm.profiling.ScoreService} is the module's API.
 */
package com.brokercrm.profiling;
