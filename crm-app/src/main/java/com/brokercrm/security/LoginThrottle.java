package com.brokercrm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxPerUser} failed logins within {@code window} for one user
 * name, or {@code maxPerAddress} from one network address, further attempts are refused until the window has passed since the last
 * failure, whatever the password. A successful login clears the user name's record.
 */
public final class LoginThrottle {

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must still wait, or zero. */
    public Duration waitFor(String username, String address) {
        Duration byUser = waitFor(userKey(username), maxPerUser);
        Duration byAddress = address == null ? Duration.ZERO : waitFor(addressKey(address), maxPerAddress);
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        record(userKey(username), maxPerUser);
        if (address != null) {
            record(addressKey(address), maxPerAddress);
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key, int maxFailures) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < maxFailures) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(clock.instant(), recent.peekLast().plus(window));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private void record(String key, int maxFailures) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
            while (recent.size() > maxFailures) {
                recent.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
