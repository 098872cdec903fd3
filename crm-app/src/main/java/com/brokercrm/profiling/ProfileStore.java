package com.brokercrm.profiling;

import com.brokercrm.profiling.ClientProfile.Point;
import com.brokercrm.security.DataScope;
import com.brokercrm.web.PageOf;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code customer_profile}, the models' output: one client's latest profile and history, and the
 * portfolio of one as-of date within a data scope (a page of clients by profile, and the aggregates of
 * the dashboard). Portfolio reads use one as-of date for every client, by default the latest scored (a
 * run replaces its date's rows in one transaction, so that date is complete); a client the run did not
 * score is not in it.
 *
 * <p>Only the portfolio reads look at a data scope; a single client's reads must be preceded by
 * {@code ClientAccess.check} or {@code open}, which check the scope and audit.
 */
@Repository
public class ProfileStore {

    private static final String COLUMNS = """
            p.customer_id, p.as_of, p.run_id, p.net_commission, p.margin_interest, p.cash_spread, p.product_fees,
            p.contribution, p.cost_to_serve, p.client_value, p.value_percentile, p.tier, p.potential_value,
            p.risk_score, p.risk_class, p.implied_level, p.questionnaire_level, p.level_review, p.habits, p.needs,
            p.drivers
            """;

    private final JdbcClient jdbc;

    public ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest as-of date with profiles, or empty when no model has run. */
    public Optional<LocalDate> latestAsOf() {
        return Optional.ofNullable(jdbc.sql("SELECT MAX(as_of) FROM customer_profile")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .orElse(null));
    }

    /** The as-of date a portfolio read uses: the latest on or before the requested day (empty: the latest). */
    public Optional<LocalDate> asOf(LocalDate requested) {
        if (requested == null) {
            return latestAsOf();
        }
        return Optional.ofNullable(jdbc.sql("SELECT MAX(as_of) FROM customer_profile WHERE as_of <= :d")
                .param("d", requested)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .orElse(null));
    }

    /** The client's most recent profile. The caller has checked the client is in scope. */
    public Optional<ClientProfile> latest(String customerId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        FROM customer_profile p
                        WHERE p.customer_id = :id ORDER BY p.as_of DESC LIMIT 1
                        """)
                .param("id", customerId)
                .query((rs, n) -> profile(rs))
                .optional();
    }

    /** The client's value and risk over every as-of date scored, oldest first. */
    public List<Point> history(String customerId) {
        return jdbc.sql("""
                        SELECT as_of, client_value, risk_score, tier, risk_class FROM customer_profile
                        WHERE customer_id = :id ORDER BY as_of
                        """)
                .param("id", customerId)
                .query((rs, n) -> new Point(
                        rs.getObject("as_of", LocalDate.class),
                        rs.getBigDecimal("client_value"),
                        nullableDouble(rs, "risk_score"),
                        rs.getString("tier"),
                        rs.getString("risk_class")))
                .list();
    }

    /** Tier and risk class of a few clients on one date (a page of a client list), by client id. */
    public record Badge(String tier, String riskClass) {}

    public Map<String, Badge> badges(LocalDate asOf, Collection<String> customerIds) {
        if (asOf == null || customerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Badge> out = new HashMap<>();
        jdbc.sql("""
                        SELECT customer_id, tier, risk_class FROM customer_profile
                        WHERE as_of = :asOf AND customer_id IN (:ids)
                        """).param("asOf", asOf).param("ids", List.copyOf(customerIds)).query(rs -> {
            out.put(rs.getString("customer_id"), new Badge(rs.getString("tier"), rs.getString("risk_class")));
        });
        return out;
    }

    /** A client as the profile list shows them. */
    public record ProfileRow(
            String customerId,
            String name,
            String branchId,
            String branchName,
            String managerId,
            LocalDate asOf,
            String tier,
            BigDecimal clientValue,
            Double valuePercentile,
            BigDecimal potentialValue,
            Double riskScore,
            String riskClass,
            String impliedLevel,
            String questionnaireLevel,
            boolean levelReview,
            List<String> habits,
            List<String> needs) {}

    /** A page of clients by profile within the scope, filtered and sorted. */
    public PageOf<ProfileRow> list(DataScope scope, ProfileFilter filter) {
        Optional<LocalDate> asOf = asOf(filter.asOf());
        if (asOf.isEmpty()) {
            return new PageOf<>(List.of(), filter.page(), filter.size(), 0);
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = where(scope, filter, asOf.get(), params);
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        String from = """
                FROM customer_profile p
                JOIN customer c ON c.customer_id = p.customer_id
                JOIN branch b ON b.branch_id = c.branch_id
                """;
        // the page by a top-N sort and the count apart: a window count would sort every matching row
        // (measured at 1M clients: about 4 times slower on both engines, docs/profiles.md)
        List<ProfileRow> items = jdbc.sql("""
                        SELECT p.customer_id, c.name, c.branch_id, b.name AS branch_name, c.manager_id, p.as_of,
                               p.tier, p.client_value, p.value_percentile, p.potential_value, p.risk_score,
                               p.risk_class, p.implied_level, p.questionnaire_level, p.level_review, p.habits,
                               p.needs
                        """ + from + where + " ORDER BY " + ProfileFilter.SORTS.get(filter.sort())
                        + (filter.descending() ? " DESC" : " ASC") + " NULLS LAST, p.customer_id"
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new ProfileRow(
                        rs.getString("customer_id"),
                        rs.getString("name"),
                        rs.getString("branch_id"),
                        rs.getString("branch_name"),
                        rs.getString("manager_id"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getString("tier"),
                        rs.getBigDecimal("client_value"),
                        nullableDouble(rs, "value_percentile"),
                        rs.getBigDecimal("potential_value"),
                        nullableDouble(rs, "risk_score"),
                        rs.getString("risk_class"),
                        rs.getString("implied_level"),
                        rs.getString("questionnaire_level"),
                        rs.getBoolean("level_review"),
                        Tags.split(rs.getString("habits")),
                        Tags.split(rs.getString("needs"))))
                .list();
        long total;
        if (filter.page() == 0 && items.size() < filter.size()) {
            total = items.size(); // the whole list fits the first page
        } else {
            total = jdbc.sql("SELECT COUNT(*) " + from + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        return new PageOf<>(items, filter.page(), filter.size(), total);
    }

    private static String where(DataScope scope, ProfileFilter filter, LocalDate asOf, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("p.as_of = :asOf");
        params.put("asOf", asOf);
        conditions.add(scope.condition());
        if (filter.tier() != null) {
            conditions.add("p.tier = :tier");
            params.put("tier", filter.tier());
        }
        if (filter.riskClass() != null) {
            conditions.add("p.risk_class = :riskClass");
            params.put("riskClass", filter.riskClass());
        }
        if (filter.need() != null) {
            conditions.add("p.needs LIKE :need ESCAPE '\\'");
            params.put("need", Tags.pattern(filter.need()));
        }
        if (filter.branchId() != null) {
            conditions.add("c.branch_id = :branchId");
            params.put("branchId", filter.branchId());
        }
        if (filter.levelReview() != null) {
            conditions.add("p.level_review = :levelReview");
            params.put("levelReview", filter.levelReview());
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    /** Level mismatches and clients of one branch. */
    public record BranchLine(String branchId, String branchName, long clients, long levelReview, long impliedAbove) {
        public double reviewRate() {
            return clients == 0 ? 0 : (double) levelReview / clients;
        }
    }

    /**
     * The dashboard of one as-of date within a scope: clients per tier (best first) and per risk class, per
     * need, and the level mismatches to review per branch. Before any model run: no date and no client.
     */
    public record Summary(
            LocalDate asOf,
            long clients,
            Map<String, Long> tiers,
            Map<String, Long> riskClasses,
            Map<String, Long> needs,
            List<BranchLine> branches) {

        public long levelReview() {
            return branches.stream().mapToLong(BranchLine::levelReview).sum();
        }
    }

    public Summary summary(DataScope scope, LocalDate requested) {
        Optional<LocalDate> asOf = asOf(requested);
        if (asOf.isEmpty()) {
            return new Summary(
                    null,
                    0,
                    zeros(ClientProfile.TIERS),
                    zeros(ClientProfile.RISK_CLASSES),
                    zeros(ClientProfile.NEEDS),
                    List.of());
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("asOf", asOf.get());
        String from = """
                FROM customer_profile p
                JOIN customer c ON c.customer_id = p.customer_id
                JOIN branch b ON b.branch_id = c.branch_id
                WHERE p.as_of = :asOf AND\s""" + scope.condition();
        Map<String, Long> tiers = zeros(ClientProfile.TIERS);
        Map<String, Long> classes = zeros(ClientProfile.RISK_CLASSES);
        Map<String, long[]> branches = new TreeMap<>();
        Map<String, String> branchNames = new HashMap<>();
        long[] clients = {0};
        Map<String, Long> needs = zeros(ClientProfile.NEEDS);
        StringBuilder needCounts = new StringBuilder();
        for (int i = 0; i < ClientProfile.NEEDS.size(); i++) {
            needCounts
                    .append(", COUNT(*) FILTER (WHERE p.needs LIKE :need")
                    .append(i)
                    .append(" ESCAPE '\\') AS n")
                    .append(i);
            params.put("need" + i, Tags.pattern(ClientProfile.NEEDS.get(i)));
        }
        // one pass over the date's profiles in scope: the groups are few (branches x tiers x classes)
        jdbc.sql("""
                        SELECT c.branch_id, b.name AS branch_name, p.tier, p.risk_class, COUNT(*) AS clients,
                               COUNT(*) FILTER (WHERE p.level_review) AS level_review,
                               COUNT(*) FILTER (WHERE p.level_review AND p.implied_level > p.questionnaire_level)
                                   AS implied_above
                        """ + needCounts + " " + from + " GROUP BY c.branch_id, b.name, p.tier, p.risk_class")
                .params(params)
                .query(rs -> {
                    for (int i = 0; i < ClientProfile.NEEDS.size(); i++) {
                        needs.merge(ClientProfile.NEEDS.get(i), rs.getLong("n" + i), Long::sum);
                    }
                    long n = rs.getLong("clients");
                    clients[0] += n;
                    tiers.merge(key(rs.getString("tier")), n, Long::sum);
                    classes.merge(key(rs.getString("risk_class")), n, Long::sum);
                    String branch = rs.getString("branch_id");
                    branchNames.put(branch, rs.getString("branch_name"));
                    long[] line = branches.computeIfAbsent(branch, k -> new long[3]);
                    line[0] += n;
                    line[1] += rs.getLong("level_review");
                    line[2] += rs.getLong("implied_above");
                });
        List<BranchLine> lines = new ArrayList<>();
        branches.forEach((id, v) -> lines.add(new BranchLine(id, branchNames.get(id), v[0], v[1], v[2])));
        return new Summary(asOf.get(), clients[0], tiers, classes, needs, List.copyOf(lines));
    }

    private static String key(String value) {
        return value == null ? "UNKNOWN" : value;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, 0L));
        return out;
    }

    private static ClientProfile profile(ResultSet rs) throws SQLException {
        return new ClientProfile(
                rs.getString("customer_id"),
                rs.getObject("as_of", LocalDate.class),
                rs.getLong("run_id"),
                rs.getBigDecimal("net_commission"),
                rs.getBigDecimal("margin_interest"),
                rs.getBigDecimal("cash_spread"),
                rs.getBigDecimal("product_fees"),
                rs.getBigDecimal("contribution"),
                rs.getBigDecimal("cost_to_serve"),
                rs.getBigDecimal("client_value"),
                nullableDouble(rs, "value_percentile"),
                rs.getString("tier"),
                rs.getBigDecimal("potential_value"),
                nullableDouble(rs, "risk_score"),
                rs.getString("risk_class"),
                rs.getString("implied_level"),
                rs.getString("questionnaire_level"),
                rs.getBoolean("level_review"),
                Tags.split(rs.getString("habits")),
                Tags.split(rs.getString("needs")),
                DriversJson.parse(rs.getString("drivers")));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
