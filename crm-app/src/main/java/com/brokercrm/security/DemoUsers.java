package com.brokercrm.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One user per role for the demo brokerage, linked to staff who have clients, so every scope can be tried.
 * Passwords are random; they are kept in {@code demo-users.txt} in the data folder (readable by its owner
 * only) so a second start can print them again.
 */
@Component
public class DemoUsers {

    public static final String FILE = "demo-users.txt";

    /** A demo login. */
    public record Login(String username, String password, Role role, String staffId) {}

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final UserStore store;

    public DemoUsers(JdbcClient jdbc, UserAccounts accounts, UserStore store) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.store = store;
    }

    /** Creates the demo users that are missing and returns every demo login. */
    public List<Login> ensure(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Map<String, Login> known = read(file);
        List<Login> logins = new ArrayList<>();
        String manager = top("manager_id");
        String branch = manager == null ? null : branchOf(manager);
        for (Role role : Role.values()) {
            String username = usernameFor(role);
            Login existing = known.get(username);
            if (existing != null && store.find(username).isPresent()) {
                logins.add(existing);
                continue;
            }
            if (store.find(username).isPresent()) {
                continue; // created by someone else; its password is not ours to print
            }
            String staff = staffFor(role, manager, branch);
            if (staff == null && role.needsStaff()) {
                continue;
            }
            String password = UserAccounts.randomPassword();
            String name = staff == null ? username : staffName(staff);
            accounts.create(username, name, role, staff, password);
            logins.add(new Login(username, password, role, staff));
        }
        write(file, logins);
        return logins;
    }

    static String usernameFor(Role role) {
        return switch (role) {
            case HQ_ADMIN -> "admin";
            case HQ_ANALYST -> "analyst";
            case BRANCH_MANAGER -> "branch";
            case ACCOUNT_MANAGER -> "manager";
            case BROKER -> "broker";
            case ADVISOR -> "advisor";
            case CALL_AGENT -> "agent";
            case COMPLIANCE -> "compliance";
        };
    }

    private String staffFor(Role role, String manager, String branch) {
        return switch (role) {
            case ACCOUNT_MANAGER -> manager;
            case BROKER -> top("broker_id");
            case BRANCH_MANAGER, ADVISOR ->
                first(role, branch).or(() -> first(role, null)).orElse(null);
            default -> first(role, null).orElse(null);
        };
    }

    /** The staff member with the most clients in the given customer column. */
    private String top(String column) {
        return jdbc.sql("SELECT " + column + " FROM customer WHERE " + column + " IS NOT NULL GROUP BY " + column
                        + " ORDER BY COUNT(*) DESC, " + column + " LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String branchOf(String staffId) {
        return jdbc.sql("SELECT branch_id FROM staff WHERE staff_id = :id")
                .param("id", staffId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private Optional<String> first(Role role, String branch) {
        return jdbc.sql("SELECT staff_id FROM staff WHERE role = :role"
                        + (branch == null ? "" : " AND branch_id = :branch") + " ORDER BY staff_id LIMIT 1")
                .params(branch == null ? Map.of("role", role.name()) : Map.of("role", role.name(), "branch", branch))
                .query(String.class)
                .optional();
    }

    private String staffName(String staffId) {
        return jdbc.sql("SELECT name FROM staff WHERE staff_id = :id")
                .param("id", staffId)
                .query(String.class)
                .optional()
                .orElse(staffId);
    }

    private static Map<String, Login> read(Path file) {
        Map<String, Login> logins = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return logins;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length >= 3 && !line.startsWith("#")) {
                    logins.put(
                            parts[0],
                            new Login(
                                    parts[0],
                                    parts[1],
                                    Role.valueOf(parts[2]),
                                    parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new LinkedHashMap<>();
        }
        return logins;
    }

    private static void write(Path file, List<Login> logins) {
        StringBuilder out = new StringBuilder("# BrokerCRM demo users: user name, password, role, staff id\n");
        for (Login login : logins) {
            out.append(login.username())
                    .append('\t')
                    .append(login.password())
                    .append('\t')
                    .append(login.role())
                    .append('\t')
                    .append(login.staffId() == null ? "" : login.staffId())
                    .append('\n');
        }
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data folder's own permissions protect the file
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
