package com.brokercrm.service;

import com.brokercrm.contact.ContactChannel;
import java.time.Period;
import java.util.List;

/**
 * The service a value tier gets: contact at least every {@code contactEvery} through one of {@code
 * channels}, and the listed services (a monthly account-analysis report, an advisor's call, priority
 * routing in the call center...).
 */
public record CarePlan(Period contactEvery, List<ContactChannel> channels, List<String> services) {}
