package com.brokercrm.customer;

import java.time.LocalDate;

/** One line of the client list. */
public record ClientSummary(
        String customerId,
        String name,
        String branchName,
        String managerName,
        LocalDate openDate,
        String riskLevel,
        String status) {}
