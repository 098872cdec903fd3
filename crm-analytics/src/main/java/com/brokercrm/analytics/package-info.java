/** Indicator SQL, per-client models and the engine seam over JDBC. Plain Java, no Spring. */
package com.brokercrm.analytics;
