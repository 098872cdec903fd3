package com.brokercrm.service;

import com.brokercrm.contact.ContactChannel;
import com.brokercrm.security.DataScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Service coverage: the share of active clients contacted as their tier's care plan requires (a contact
 * through one of the plan's channels within its cadence, up to the given day), per manager and per branch.
 */
@Service
public class Coverage {

    private final JdbcClient jdbc;
    private final CarePlans plans;
    private final TierSource tiers;

    @org.springframework.beans.factory.annotation.Autowired
    public Coverage(JdbcClient jdbc, CarePlans plans, ObjectProvider<TierSource> tiers) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.tiers = tiers.getIfAvailable(() -> TierSource.UNKNOWN);
    }

    Coverage(JdbcClient jdbc, CarePlans plans, TierSource tiers) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.tiers = tiers;
    }

    /** One line of the report. */
    public record Line(String key, String name, long clients, long covered) {
        public double rate() {
            return clients == 0 ? 0 : (double) covered / clients;
        }
    }

    public record Report(LocalDate asOf, List<Line> byBranch, List<Line> byManager, Map<String, Long> clientsByTier) {}

    private record Client(String id, String branchId, String branchName, String managerId, String managerName) {}

    public Report report(DataScope scope, LocalDate asOf) {
        LocalDateTime end = asOf.plusDays(1)
                .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        LocalDateTime since = asOf.minus(plans.longest()).atStartOfDay();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("since", since);
        params.put("end", end);
        Map<String, Client> clients = new LinkedHashMap<>();
        Map<String, Map<ContactChannel, LocalDateTime>> last = new HashMap<>();
        jdbc.sql("SELECT c.customer_id, c.branch_id, b.name AS branch_name, c.manager_id, m.name AS manager_name,"
                        + " k.channel, MAX(k.occurred_at) AS last_at"
                        + " FROM customer c JOIN branch b ON b.branch_id = c.branch_id"
                        + " LEFT JOIN staff m ON m.staff_id = c.manager_id"
                        + " LEFT JOIN contact k ON k.customer_id = c.customer_id AND k.occurred_at >= :since"
                        + " AND k.occurred_at < :end"
                        + " WHERE c.status = 'ACTIVE' AND " + scope.condition()
                        + " GROUP BY c.customer_id, c.branch_id, b.name, c.manager_id, m.name, k.channel")
                .params(params)
                .query(rs -> {
                    String id = rs.getString("customer_id");
                    clients.computeIfAbsent(id, k -> {
                        try {
                            return new Client(
                                    id,
                                    rs.getString("branch_id"),
                                    rs.getString("branch_name"),
                                    rs.getString("manager_id"),
                                    rs.getString("manager_name"));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String channel = rs.getString("channel");
                    if (channel != null) {
                        last.computeIfAbsent(id, k -> new HashMap<>())
                                .put(ContactChannel.valueOf(channel), rs.getObject("last_at", LocalDateTime.class));
                    }
                });
        Map<String, String> tierOf = tiers.tiers(clients.keySet());
        Map<String, long[]> branches = new TreeMap<>();
        Map<String, long[]> managers = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Long> byTier = new TreeMap<>();
        for (Client client : clients.values()) {
            String tier = tierOf.getOrDefault(client.id(), "UNKNOWN");
            byTier.merge(tier, 1L, Long::sum);
            CarePlan plan = plans.plan(tier);
            LocalDateTime due = asOf.minus(plan.contactEvery())
                    .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                    .withZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
            boolean covered = last.getOrDefault(client.id(), Map.of()).entrySet().stream()
                    .anyMatch(e -> plan.channels().contains(e.getKey())
                            && !e.getValue().isBefore(due));
            tally(branches, client.branchId(), covered);
            names.put("b:" + client.branchId(), client.branchName());
            String manager = client.managerId() == null ? "-" : client.managerId();
            tally(managers, manager, covered);
            names.put("m:" + manager, client.managerName());
        }
        return new Report(asOf, lines(branches, names, "b:"), lines(managers, names, "m:"), byTier);
    }

    private static void tally(Map<String, long[]> counts, String key, boolean covered) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        if (covered) {
            c[1]++;
        }
    }

    private static List<Line> lines(Map<String, long[]> counts, Map<String, String> names, String prefix) {
        List<Line> lines = new ArrayList<>();
        counts.forEach((key, c) -> lines.add(new Line(key, names.get(prefix + key), c[0], c[1])));
        return lines;
    }
}
