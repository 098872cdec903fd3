package com.brokercrm.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and changes user accounts, checking what the database alone cannot. */
@Service
public class UserAccounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore store;
    private final PasswordEncoder encoder;

    public UserAccounts(UserStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    /** Why an account change was refused; {@link #messageKey()} names the text in messages*.properties. */
    public static final class Refused extends RuntimeException {
        private final String messageKey;

        Refused(String messageKey, String message) {
            super(message);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public AppUser create(String username, String displayName, Role role, String staffId, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new Refused("users.error.username", "user names are 3-64 letters, digits, '.', '_' or '-'");
        }
        if (store.find(username).isPresent()) {
            throw new Refused("users.error.exists", "user " + username + " already exists");
        }
        String staff = checkStaff(role, staffId);
        checkPassword(password);
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        AppUser user = new AppUser(username, name, role, staff, null, true);
        store.insert(user, encoder.encode(password));
        return user;
    }

    public void update(String username, Role role, String staffId, boolean enabled) {
        if (store.find(username).isEmpty()) {
            throw new Refused("users.error.missing", "no user " + username);
        }
        store.update(username, role, checkStaff(role, staffId), enabled);
    }

    public void setPassword(String username, String password) {
        if (store.find(username).isEmpty()) {
            throw new Refused("users.error.missing", "no user " + username);
        }
        checkPassword(password);
        store.updatePassword(username, encoder.encode(password));
    }

    public List<AppUser> list() {
        return store.list();
    }

    public boolean any() {
        return store.count() > 0;
    }

    /** A random password of 14 characters from an alphabet without look-alikes. */
    public static String randomPassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            out.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return out.toString();
    }

    private String checkStaff(Role role, String staffId) {
        String staff = staffId == null || staffId.isBlank() ? null : staffId.strip();
        if (staff == null && role.needsStaff()) {
            throw new Refused("users.error.staffNeeded", role + " users must be linked to a staff member");
        }
        if (staff != null && !store.staffExists(staff)) {
            throw new Refused("users.error.noStaff", "no staff member " + staff);
        }
        return staff;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new Refused("users.error.password", "passwords need at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
