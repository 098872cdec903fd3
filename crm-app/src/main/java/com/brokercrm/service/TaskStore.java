package com.brokercrm.service;

import com.brokercrm.security.DataScope;
import com.brokercrm.web.PageOf;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code service_task} table. Creating a task twice for the same event is a no-op. */
@Repository
public class TaskStore {

    private final JdbcClient jdbc;

    public TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task as lists show it. */
    public record Task(
            long taskId,
            String customerId,
            String customerName,
            MotRule rule,
            boolean mandatory,
            String assigneeStaffId,
            String assigneeName,
            String branchId,
            String detail,
            LocalDateTime createdAt,
            LocalDate dueOn,
            String status,
            boolean escalated,
            String outcome,
            String contactId) {

        public boolean overdue(LocalDate today) {
            return "OPEN".equals(status) && dueOn.isBefore(today);
        }
    }

    /**
     * Creates the task for an event unless it exists; the assignee is the client's manager (or broker of
     * record). Returns the new task's id, or empty when the event already had its task or the client is
     * unknown.
     */
    public Optional<Long> create(String customerId, MotRule rule, String eventKey, String detail, LocalDate dueOn) {
        String key = rule.name() + ":" + eventKey;
        int inserted = jdbc.sql("""
                        INSERT INTO service_task (customer_id, rule, event_key, mandatory, assignee_staff_id, branch_id,
                                                  detail, created_at, due_on, status, escalated)
                        SELECT c.customer_id, :rule, :key, :mandatory, COALESCE(c.manager_id, c.broker_id), c.branch_id,
                               :detail, :now, :due, 'OPEN', FALSE
                        FROM customer c
                        WHERE c.customer_id = :customer
                        ON CONFLICT DO NOTHING
                        """)
                .param("rule", rule.name())
                .param("key", key)
                .param("mandatory", rule.mandatory())
                .param("detail", detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
                .param("now", LocalDateTime.now(ZoneOffset.UTC))
                .param("due", dueOn)
                .param("customer", customerId)
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT task_id FROM service_task WHERE rule = :rule AND event_key = :key")
                .param("rule", rule.name())
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    /** Marks open tasks overdue by more than the given days as escalated; returns how many. */
    public int escalate(LocalDate today, int afterDays) {
        return jdbc.sql("""
                        UPDATE service_task SET escalated = TRUE
                        WHERE status = 'OPEN' AND NOT escalated AND due_on < :limit
                        """).param("limit", today.minusDays(afterDays)).update();
    }

    private static final String SELECT = """
            SELECT t.*, c.name AS customer_name, s.name AS assignee_name
            FROM service_task t
            JOIN customer c ON c.customer_id = t.customer_id
            LEFT JOIN staff s ON s.staff_id = t.assignee_staff_id
            """;

    /** Tasks about clients in the scope; {@code assignee} narrows to one staff member's tasks. */
    public PageOf<Task> list(DataScope scope, String status, String assignee, String customerId, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of(scope.condition()));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (status != null) {
            conditions.add("t.status = :status");
            params.put("status", status);
        }
        if (assignee != null) {
            conditions.add("t.assignee_staff_id = :assignee");
            params.put("assignee", assignee);
        }
        if (customerId != null) {
            conditions.add("t.customer_id = :customer");
            params.put("customer", customerId);
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql(
                        "SELECT COUNT(*) FROM service_task t JOIN customer c ON c.customer_id = t.customer_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Task> items = jdbc.sql(
                        SELECT + where + " ORDER BY t.escalated DESC, t.due_on, t.task_id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> task(rs))
                .list();
        return new PageOf<>(items, page, size, total);
    }

    public Optional<Task> find(DataScope scope, long taskId) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", taskId);
        return jdbc.sql(SELECT + " WHERE t.task_id = :id AND " + scope.condition())
                .params(params)
                .query((rs, n) -> task(rs))
                .optional();
    }

    /** Closes an open task; false if it was not open any more. */
    public boolean complete(long taskId, String username, String outcome, String contactId) {
        return jdbc.sql("""
                        UPDATE service_task SET status = 'DONE', completed_at = :now, completed_by = :user,
                                                outcome = :outcome, contact_id = :contact
                        WHERE task_id = :id AND status = 'OPEN'
                        """)
                        .param("now", LocalDateTime.now(ZoneOffset.UTC))
                        .param("user", username)
                        .param("outcome", outcome)
                        .param("contact", contactId)
                        .param("id", taskId)
                        .update()
                == 1;
    }

    /** Completion of mandatory tasks due in a period, per manager and per branch. */
    public record Completion(String key, String name, long due, long done, long doneOnTime, long openOverdue) {
        public double rate() {
            return due == 0 ? 0 : (double) done / due;
        }

        public double onTimeRate() {
            return due == 0 ? 0 : (double) doneOnTime / due;
        }
    }

    public List<Completion> completion(
            DataScope scope, boolean byBranch, LocalDate from, LocalDate to, LocalDate today) {
        String key = byBranch ? "t.branch_id" : "t.assignee_staff_id";
        String name = byBranch ? "b.name" : "s.name";
        String join = byBranch
                ? "LEFT JOIN branch b ON b.branch_id = t.branch_id"
                : "LEFT JOIN staff s ON s.staff_id = t.assignee_staff_id";
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("from", from);
        params.put("to", to);
        params.put("today", today);
        return jdbc.sql("SELECT " + key + " AS k, MAX(" + name + ") AS n, COUNT(*) AS due,"
                        + " SUM(CASE WHEN t.status = 'DONE' THEN 1 ELSE 0 END) AS done,"
                        + " SUM(CASE WHEN t.status = 'DONE' AND CAST(t.completed_at AS DATE) <= t.due_on THEN 1 ELSE 0"
                        + " END) AS on_time,"
                        + " SUM(CASE WHEN t.status = 'OPEN' AND t.due_on < :today THEN 1 ELSE 0 END) AS overdue"
                        + " FROM service_task t JOIN customer c ON c.customer_id = t.customer_id " + join
                        + " WHERE t.mandatory AND t.status <> 'CANCELLED' AND t.due_on BETWEEN :from AND :to AND "
                        + scope.condition() + " GROUP BY " + key + " ORDER BY " + key)
                .params(params)
                .query((rs, n) -> new Completion(
                        rs.getString("k"),
                        rs.getString("n"),
                        rs.getLong("due"),
                        rs.getLong("done"),
                        rs.getLong("on_time"),
                        rs.getLong("overdue")))
                .list();
    }

    private static Task task(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Task(
                rs.getLong("task_id"),
                rs.getString("customer_id"),
                rs.getString("customer_name"),
                MotRule.valueOf(rs.getString("rule")),
                rs.getBoolean("mandatory"),
                rs.getString("assignee_staff_id"),
                rs.getString("assignee_name"),
                rs.getString("branch_id"),
                rs.getString("detail"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("status"),
                rs.getBoolean("escalated"),
                rs.getString("outcome"),
                rs.getString("contact_id"));
    }
}
