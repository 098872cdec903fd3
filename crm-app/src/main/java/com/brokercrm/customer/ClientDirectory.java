package com.brokercrm.customer;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads clients for lists, a page at a time. */
@Repository
public class ClientDirectory {

    private static final String PAGE = """
            SELECT c.customer_id, c.name, b.name AS branch_name, m.name AS manager_name,
                   c.open_date, c.risk_level, c.status
            FROM customer c
            JOIN branch b ON b.branch_id = c.branch_id
            LEFT JOIN staff m ON m.staff_id = c.manager_id
            ORDER BY c.customer_id
            LIMIT :limit OFFSET :offset
            """;

    private final JdbcClient jdbc;

    public ClientDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ClientSummary> page(int page, int size) {
        return jdbc.sql(PAGE)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new ClientSummary(
                        rs.getString("customer_id"),
                        rs.getString("name"),
                        rs.getString("branch_name"),
                        rs.getString("manager_name"),
                        rs.getObject("open_date", java.time.LocalDate.class),
                        rs.getString("risk_level"),
                        rs.getString("status")))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
    }
}
