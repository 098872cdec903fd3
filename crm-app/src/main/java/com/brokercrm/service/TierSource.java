package com.brokercrm.service;

import java.util.Collection;
import java.util.Map;

/**
 * Each client's value tier, for care plans. Until the profiling run stores tiers, every client is
 * UNKNOWN; the profiling module provides the real source.
 */
public interface TierSource {

    Map<String, String> tiers(Collection<String> customerIds);

    /** The source used while no client has been scored. */
    TierSource UNKNOWN = ids -> Map.of();
}
