package com.brokercrm.contact;

import com.brokercrm.security.AppUser;
import com.brokercrm.security.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Follows calls from the telephony system: a ringing call pops the caller's summary in the agent's
 * browser, an ended call becomes a contact (CALL_IN) on the client's timeline with its duration.
 */
@Service
public class CallCenter {

    /** What the webhook answers. */
    public record Outcome(String callId, String state, String customerId, int popsDelivered, String contactId) {}

    private record Call(
            String callId, String number, String agent, String customerId, Instant ringing, Instant answered) {}

    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final CallerLookup callers;
    private final CallPopHub hub;
    private final ContactLog contacts;
    private final UserStore users;
    private final JdbcClient jdbc;

    public CallCenter(CallerLookup callers, CallPopHub hub, ContactLog contacts, UserStore users, JdbcClient jdbc) {
        this.callers = callers;
        this.hub = hub;
        this.contacts = contacts;
        this.users = users;
        this.jdbc = jdbc;
    }

    public Outcome handle(CallEvent event) {
        return switch (event.state()) {
            case "RINGING" -> ringing(event);
            case "ANSWERED" -> answered(event);
            case "ENDED" -> ended(event);
            default -> throw new IllegalArgumentException("state must be one of " + CallEvent.STATES);
        };
    }

    private Outcome ringing(CallEvent event) {
        AppUser agent = agent(event.agent());
        Optional<CallerLookup.Caller> caller = callers.byNumber(event.callerNumber());
        calls.put(
                event.callId(),
                new Call(
                        event.callId(),
                        event.callerNumber(),
                        agent.username(),
                        caller.map(CallerLookup.Caller::customerId).orElse(null),
                        Instant.now(),
                        null));
        Map<String, Object> variables = new HashMap<>();
        variables.put("callId", event.callId());
        variables.put("number", event.callerNumber());
        variables.put("caller", caller.orElse(null));
        int delivered = hub.push(agent.username(), "ringing", "contact/call-pop", variables);
        return new Outcome(
                event.callId(),
                "RINGING",
                caller.map(CallerLookup.Caller::customerId).orElse(null),
                delivered,
                null);
    }

    private Outcome answered(CallEvent event) {
        Call call = known(event.callId());
        calls.put(
                call.callId(),
                new Call(call.callId(), call.number(), call.agent(), call.customerId(), call.ringing(), Instant.now()));
        return new Outcome(call.callId(), "ANSWERED", call.customerId(), 0, null);
    }

    private Outcome ended(CallEvent event) {
        Call call = known(event.callId());
        calls.remove(call.callId());
        if (call.customerId() == null) {
            return new Outcome(call.callId(), "ENDED", null, 0, null);
        }
        boolean answered = call.answered() != null;
        int seconds = answered
                ? (int) Duration.between(call.answered(), Instant.now()).toSeconds()
                : 0;
        AppUser agent = users.find(call.agent()).orElseThrow();
        String contactId = contacts.logAsSystem(
                call.customerId(),
                agent.staffId(),
                "cti",
                new NewContact(
                        ContactChannel.CALL_IN,
                        LocalDateTime.now(ContactLog.SHANGHAI),
                        seconds,
                        answered ? "来电" : "未接来电",
                        answered ? null : "missed",
                        Set.of(),
                        null,
                        "call " + call.callId() + " taken by " + agent.username()));
        return new Outcome(call.callId(), "ENDED", call.customerId(), 0, contactId);
    }

    private Call known(String callId) {
        Call call = calls.get(callId);
        if (call == null) {
            throw new IllegalArgumentException("no ringing call " + callId);
        }
        return call;
    }

    /** The agent by user name, or the user linked to that staff id. */
    private AppUser agent(String agent) {
        return users.find(agent)
                .or(() -> jdbc.sql("SELECT username FROM app_user WHERE staff_id = :s ORDER BY username LIMIT 1")
                        .param("s", agent)
                        .query(String.class)
                        .optional()
                        .flatMap(users::find))
                .orElseThrow(() -> new IllegalArgumentException("no agent " + agent));
    }
}
