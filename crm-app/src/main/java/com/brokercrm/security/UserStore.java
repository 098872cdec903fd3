package com.brokercrm.security;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. Passwords arrive here already hashed. */
@Repository
public class UserStore {

    private static final String SELECT = """
            SELECT u.username, u.display_name, u.role, u.staff_id, s.branch_id AS staff_branch_id, u.enabled,
                   u.password_hash
            FROM app_user u
            LEFT JOIN staff s ON s.staff_id = u.staff_id
            """;

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user and their password hash, for login. */
    public record Credentials(AppUser user, String passwordHash) {}

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = :username")
                .param("username", username)
                .query((rs, n) -> new Credentials(
                        new AppUser(
                                rs.getString("username"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getString("staff_id"),
                                rs.getString("staff_branch_id"),
                                rs.getBoolean("enabled")),
                        rs.getString("password_hash")))
                .optional();
    }

    public Optional<AppUser> find(String username) {
        return credentials(username).map(Credentials::user);
    }

    public List<AppUser> list() {
        return jdbc.sql(SELECT + " ORDER BY u.username")
                .query((rs, n) -> new AppUser(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("staff_id"),
                        rs.getString("staff_branch_id"),
                        rs.getBoolean("enabled")))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public boolean staffExists(String staffId) {
        return jdbc.sql("SELECT COUNT(*) FROM staff WHERE staff_id = :id")
                        .param("id", staffId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(AppUser user, String passwordHash) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, staff_id, enabled,
                                              created_at, updated_at)
                        VALUES (:username, :hash, :displayName, :role, :staffId, :enabled, :now, :now)
                        """)
                .param("username", user.username())
                .param("hash", passwordHash)
                .param("displayName", user.displayName())
                .param("role", user.role().name())
                .param("staffId", user.staffId())
                .param("enabled", user.enabled())
                .param("now", now)
                .update();
    }

    public void update(String username, Role role, String staffId, boolean enabled) {
        jdbc.sql("""
                        UPDATE app_user SET role = :role, staff_id = :staffId, enabled = :enabled, updated_at = :now
                        WHERE username = :username
                        """)
                .param("username", username)
                .param("role", role.name())
                .param("staffId", staffId)
                .param("enabled", enabled)
                .param("now", LocalDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE username = :username")
                .param("username", username)
                .param("hash", passwordHash)
                .param("now", LocalDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
