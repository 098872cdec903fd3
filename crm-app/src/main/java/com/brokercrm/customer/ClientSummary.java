package com.brokercrm.customer;

import java.time.LocalDate;

/** A client as a list shows them; the phone number is already masked. */
public record ClientSummary(
        String customerId,
        String name,
        String maskedPhone,
        String branchName,
        String managerName,
        LocalDate openDate,
        String riskLevel,
        String status) {}
