package com.brokercrm.contact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the client behind a calling number and what the agent should know before answering. */
@Component
public class CallerLookup {

    private final JdbcClient jdbc;
    private final com.brokercrm.customer.CustomerProperties customers;

    public CallerLookup(JdbcClient jdbc, com.brokercrm.customer.CustomerProperties customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** The screen-pop summary: who is calling and what to say. */
    public record Caller(
            String customerId,
            String name,
            String branchName,
            String managerName,
            String status,
            String riskLevel,
            LocalDate assessmentExpires,
            boolean assessmentExpired,
            List<String> openTasks,
            List<String> recentNeeds) {}

    public Optional<Caller> byNumber(String number) {
        String digits = number == null ? "" : number.replaceAll("\\D", "");
        if (digits.length() > 11) {
            digits = digits.substring(digits.length() - 11); // +86 or 0086 prefixes
        }
        if (digits.length() != 11) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return jdbc.sql("""
                        SELECT c.customer_id, c.name, b.name AS branch_name, m.name AS manager_name, c.status,
                               c.risk_level, c.risk_assessed_on
                        FROM customer c
                        JOIN branch b ON b.branch_id = c.branch_id
                        LEFT JOIN staff m ON m.staff_id = c.manager_id
                        WHERE c.phone = :phone
                        ORDER BY CASE WHEN c.status = 'ACTIVE' THEN 0 ELSE 1 END, c.customer_id
                        LIMIT 1
                        """)
                .param("phone", digits)
                .query((rs, n) -> {
                    LocalDate assessed = rs.getObject("risk_assessed_on", LocalDate.class);
                    LocalDate expires = assessed == null ? null : assessed.plus(customers.assessmentValidity());
                    String id = rs.getString("customer_id");
                    return new Caller(
                            id,
                            rs.getString("name"),
                            rs.getString("branch_name"),
                            rs.getString("manager_name"),
                            rs.getString("status"),
                            rs.getString("risk_level"),
                            expires,
                            expires != null && !expires.isAfter(today),
                            List.of(),
                            List.of());
                })
                .optional()
                .map(c -> new Caller(
                        c.customerId(),
                        c.name(),
                        c.branchName(),
                        c.managerName(),
                        c.status(),
                        c.riskLevel(),
                        c.assessmentExpires(),
                        c.assessmentExpired(),
                        openTasks(c.customerId()),
                        recentNeeds(c.customerId())));
    }

    private List<String> openTasks(String customerId) {
        return jdbc.sql("SELECT rule FROM service_task WHERE customer_id = :c AND status = 'OPEN' ORDER BY due_on")
                .param("c", customerId)
                .query(String.class)
                .list();
    }

    private List<String> recentNeeds(String customerId) {
        return jdbc.sql("""
                        SELECT needs FROM contact WHERE customer_id = :c AND needs IS NOT NULL
                        ORDER BY occurred_at DESC LIMIT 5
                        """).param("c", customerId).query(String.class).list().stream()
                .flatMap(n -> java.util.Arrays.stream(n.split(",")))
                .distinct()
                .toList();
    }
}
