/**
 * Profiling: runs the indicators (crm-analytics) and, later, the models over them, for one as-of date, and
 * records each run in {@code job_run}. {@link com.brokercrm.profiling.ScoreService} is the module's API.
 * The read side of the models' output ({@code customer_profile}) is {@link
 * com.brokercrm.profiling.ProfileStore}, worded for people by {@link com.brokercrm.profiling.ProfileTexts}
 * and shown by the dashboard and the profile API (docs/profiles.md).
 */
package com.brokercrm.profiling;
