package com.brokercrm.web;

import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.ingest.SampleBrokerageAccess;
import com.brokercrm.security.Role;
import com.brokercrm.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-made sample brokerage plus one user per role and a client whose name is a script, loaded once
 * into a test application. Who sees what: C001 (branch B01, manager S01, broker S02), C002 (B02), C003
 * (B02, manager S01), C004 (B01, named like a script). C001, C002 and C003 have profiles
 * ({@link com.brokercrm.profiling.ProfileRows#sample}, with a few more months of history for C001); C004
 * has none (the not-scored state).
 */
public final class WebTestBrokerage {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String SCRIPT_NAME = "<script>alert(1)</script>";

    /** The users, by role, and the staff each is linked to. */
    public static final Map<Role, String> STAFF = new LinkedHashMap<>();

    static {
        STAFF.put(Role.HQ_ADMIN, "S03");
        STAFF.put(Role.HQ_ANALYST, null);
        STAFF.put(Role.BRANCH_MANAGER, "S02"); // branch B02
        STAFF.put(Role.ACCOUNT_MANAGER, "S01"); // manager of C001 and C003
        STAFF.put(Role.BROKER, "S02"); // broker of C001
        STAFF.put(Role.ADVISOR, "S01"); // branch B01
        STAFF.put(Role.CALL_AGENT, null);
        STAFF.put(Role.COMPLIANCE, null);
    }

    public static final Set<String> CLIENTS = Set.of("C001", "C002", "C003", "C004");

    /** The clients with a profile. */
    public static final Set<String> SCORED = Set.of("C001", "C002", "C003");

    private WebTestBrokerage() {}

    public static String username(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The clients a user of this role may see. */
    public static Set<String> visibleTo(Role role) {
        return switch (role) {
            case BRANCH_MANAGER -> Set.of("C002", "C003");
            case ACCOUNT_MANAGER -> Set.of("C001", "C003");
            case BROKER -> Set.of("C001");
            case ADVISOR -> Set.of("C001", "C004");
            default -> CLIENTS;
        };
    }

    /** Signs in through the real login form and returns the session. */
    public static org.springframework.mock.web.MockHttpSession login(
            org.springframework.test.web.servlet.MockMvc mvc, Role role) throws Exception {
        return (org.springframework.mock.web.MockHttpSession)
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .param("username", username(role))
                                .param("password", PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
    }

    public static synchronized void load(Path dataDir, ImportService imports, UserAccounts users, JdbcClient jdbc)
            throws Exception {
        if (jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single() > 0) {
            return;
        }
        Path input = dataDir.resolve("input");
        SampleBrokerageAccess.writeClean(input);
        imports.importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
        jdbc.sql("""
                        INSERT INTO customer (customer_id, name, open_date, branch_id, investor_type, status)
                        VALUES ('C004', :name, DATE '2021-02-03', 'B01', 'ORDINARY', 'ACTIVE')
                        """).param("name", SCRIPT_NAME).update();
        com.brokercrm.profiling.ProfileRows.sample(jdbc);
        String[][] months = {
            {"2024-08-30", "ORDINARY", "1200.00", "28"}, {"2024-09-30", "SILVER", "1900.00", "31"},
            {"2024-10-31", "SILVER", "2400.00", "35"}, {"2024-11-29", "SILVER", "2800.00", "37"}
        };
        for (String[] m : months) {
            com.brokercrm.profiling.ProfileRows.of("C001", java.time.LocalDate.parse(m[0]))
                    .value(m[1], m[2], 0.6, "20000.00")
                    .risk(Double.valueOf(m[3]), "RISK_AVERSE", "C4", "C4", false)
                    .insert(jdbc);
        }
        for (Map.Entry<Role, String> user : STAFF.entrySet()) {
            users.create(username(user.getKey()), "User " + user.getKey(), user.getKey(), user.getValue(), PASSWORD);
        }
    }
}
