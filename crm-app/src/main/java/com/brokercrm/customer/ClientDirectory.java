package com.brokercrm.customer;

import com.brokercrm.security.DataScope;
import com.brokercrm.web.PageOf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds clients within a data scope, a page at a time. */
@Repository
public class ClientDirectory {

    private static final Pattern DIGITS = Pattern.compile("\\d{3,11}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9*]{17}[0-9Xx*]");
    private static final Pattern ID_START = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private static final String FROM = """
            FROM customer c
            JOIN branch b ON b.branch_id = c.branch_id
            LEFT JOIN staff m ON m.staff_id = c.manager_id
            """;

    private final JdbcClient jdbc;

    public ClientDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageOf<ClientSummary> search(DataScope scope, ClientSearch search) {
        Where where = where(scope, search, search.byProfile() ? latestProfileDate() : null);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        String order = ClientSearch.SORTS.get(search.sort()) + (search.descending() ? " DESC" : " ASC");
        long[] total = {-1};
        // A text search matches few clients: one pass, the window count gives their number along with the
        // page. Without text (a whole branch, a status, everyone "newest first") or with a profile filter,
        // the window would carry every matching row through the sort; a top-N for the page and a count
        // apart are cheaper (at 1M clients on DuckDB, newest first: 217 ms against 56 + 13 ms)
        boolean windowCount = search.text() != null && !search.text().isBlank() && !search.byProfile();
        String sql = """
                SELECT c.customer_id, c.name, c.phone, b.name AS branch_name, m.name AS manager_name,
                       c.open_date, c.risk_level, c.status"""
                + (windowCount ? ", COUNT(*) OVER () AS total_rows\n" : "\n")
                + FROM + where.join() + where.sql() + " ORDER BY " + order
                + ", c.customer_id LIMIT :limit OFFSET :offset";
        List<ClientSummary> items = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    if (windowCount) {
                        total[0] = rs.getLong("total_rows");
                    }
                    return new ClientSummary(
                            rs.getString("customer_id"),
                            rs.getString("name"),
                            Masking.phone(rs.getString("phone")),
                            rs.getString("branch_name"),
                            rs.getString("manager_name"),
                            rs.getObject("open_date", LocalDate.class),
                            rs.getString("risk_level"),
                            rs.getString("status"));
                })
                .list();
        if (!windowCount && search.page() == 0 && items.size() < search.size()) {
            total[0] = items.size(); // all matches fit the first page
        }
        if (total[0] < 0) { // past the last page, or a profile filter: count alone
            total[0] = jdbc.sql("SELECT COUNT(*) " + FROM + where.join() + where.sql())
                    .params(where.params())
                    .query(Long.class)
                    .single();
        }
        return new PageOf<>(items, search.page(), search.size(), total[0]);
    }

    /** A branch or manager to filter by. */
    public record Option(String id, String name) {}

    /** The branches a user in this scope may filter by. */
    public List<Option> branches(DataScope scope) {
        return switch (scope) {
            case DataScope.All all -> options("SELECT branch_id AS id, name FROM branch ORDER BY branch_id", Map.of());
            case DataScope.Branch branch ->
                options(
                        "SELECT branch_id AS id, name FROM branch WHERE branch_id = :b",
                        Map.of("b", branch.branchId()));
            case DataScope.OwnClients own -> List.of();
            case DataScope.Nothing nothing -> List.of();
        };
    }

    /** The account managers a user in this scope may filter by, within a branch if one is chosen. */
    public List<Option> managers(DataScope scope, String branchId) {
        String branch = scope instanceof DataScope.Branch b ? b.branchId() : branchId;
        if (scope instanceof DataScope.OwnClients || scope instanceof DataScope.Nothing) {
            return List.of();
        }
        if (branch == null) {
            return options(
                    "SELECT staff_id AS id, name FROM staff WHERE role = 'ACCOUNT_MANAGER' ORDER BY staff_id",
                    Map.of());
        }
        return options(
                "SELECT staff_id AS id, name FROM staff WHERE role = 'ACCOUNT_MANAGER' AND branch_id = :b"
                        + " ORDER BY staff_id",
                Map.of("b", branch));
    }

    private List<Option> options(String sql, Map<String, Object> params) {
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Option(rs.getString("id"), rs.getString("name")))
                .list();
    }

    /** The latest as-of date of the profiles (a run replaces a whole date at once), or null before any run. */
    private LocalDate latestProfileDate() {
        return jdbc.sql("SELECT MAX(as_of) FROM customer_profile")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .orElse(null);
    }

    private record Where(String join, String sql, Map<String, Object> params) {}

    /**
     * The conditions of a search. A profile filter joins the profiles of one date by their key (as_of,
     * customer_id); a search without one reads no profile at all.
     */
    private static Where where(DataScope scope, ClientSearch search, LocalDate profileDate) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        conditions.add(scope.condition());
        if (search.text() != null) {
            conditions.add(textCondition(search.text(), params));
        }
        filter(conditions, params, "c.branch_id", "branchId", search.branchId());
        filter(conditions, params, "c.manager_id", "managerId", search.managerId());
        filter(conditions, params, "c.status", "status", search.status());
        filter(conditions, params, "c.risk_level", "riskLevel", search.riskLevel());
        String join = "";
        if (search.byProfile()) {
            if (profileDate == null) {
                conditions.add("1 = 0"); // nothing scored yet: no client has a tier, class or need
            } else {
                join = " JOIN customer_profile p ON p.customer_id = c.customer_id AND p.as_of = :profileDate";
                params.put("profileDate", profileDate);
                filter(conditions, params, "p.tier", "tier", search.tier());
                filter(conditions, params, "p.risk_class", "riskClass", search.riskClass());
                if (search.need() != null) {
                    conditions.add("p.needs LIKE :need ESCAPE '\\'");
                    params.put("need", "%|" + escapeLike(search.need()) + "|%");
                }
            }
        }
        return new Where(join, " WHERE " + String.join(" AND ", conditions), params);
    }

    private static void filter(
            List<String> conditions, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    /**
     * The text may be a client id (or its start), part of a name, the phone's last digits or an ID number
     * with {@code *} for hidden characters. Only the readings the text allows are tried: digits are never a
     * name, and a name is never a phone number.
     */
    private static String textCondition(String text, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        alternatives.add("c.customer_id = :qExact");
        params.put("qExact", upper);
        if (ID_NUMBER.matcher(text).matches()) {
            alternatives.add("c.id_number LIKE :qId ESCAPE '\\'");
            params.put("qId", upper.replace('*', '_'));
        } else if (DIGITS.matcher(text).matches()) {
            alternatives.add("c.phone LIKE :qPhone ESCAPE '\\'");
            params.put("qPhone", "%" + text);
        } else {
            if (ID_START.matcher(text).matches()) {
                alternatives.add("c.customer_id LIKE :qPrefix ESCAPE '\\'");
                params.put("qPrefix", escapeLike(upper) + "%");
            }
            alternatives.add("LOWER(c.name) LIKE :qName ESCAPE '\\'");
            params.put("qName", "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
