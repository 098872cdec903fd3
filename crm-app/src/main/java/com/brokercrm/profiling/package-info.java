/**
 * Profiling: runs the indicators and the profile models (crm-analytics) for one as-of date, stores
 * profiles in {@code customer_profile}, records each run in {@code job_run}, scores nightly, and gives
 * the service module each client's tier. {@link com.brokercrm.profiling.ScoreService} is the module's API;
 * docs/models.md describes the models.
 */
package com.brokercrm.profiling;
