package com.brokercrm.datagen.organisation;

import java.time.LocalDate;

/**
 * A staff member.
 *
 * @param branchIndex the branch they work at, or -1 for headquarters staff
 * @param leftOn the day they left, or null while employed
 */
public record Staff(String id, String name, StaffRole role, int branchIndex, LocalDate hiredOn, LocalDate leftOn) {}
