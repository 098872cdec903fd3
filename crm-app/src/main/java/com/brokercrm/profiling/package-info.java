/**
 * Profiling: runs the indicators and the profile models (crm-analytics) for one as-of date, stores
 * profiles in {@code customer_profile}, records each run in {@code job_run}, scores nightly, and gives
 * the service module each client's tier. {@link com.brokercrm.profiling.ScoreService} is the module's API;
 * docs/models.md describes the models. The read side of {@code customer_profile} is {@link
 * com.brokercrm.profiling.ProfileStore}, worded for people by {@link com.brokercrm.profiling.ProfileTexts}
 * and shown by the 360 view, the dashboard and the profile API (docs/profiles.md).
 */
package com.brokercrm.profiling;
