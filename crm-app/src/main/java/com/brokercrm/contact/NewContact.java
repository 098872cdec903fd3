package com.brokercrm.contact;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A contact as staff log it: when (Asia/Shanghai wall time), how, how long, about what, the outcome,
 * the needs voiced and the client's satisfaction. {@link #problems} lists every field that is wrong.
 */
public record NewContact(
        ContactChannel channel,
        LocalDateTime occurredAt,
        Integer durationSeconds,
        String topic,
        String outcome,
        Set<Need> needs,
        Integer satisfaction,
        String note) {

    static final int MAX_TOPIC = 200;
    static final int MAX_NOTE = 4000;

    public NewContact {
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        topic = blankToNull(topic);
        outcome = blankToNull(outcome);
        note = blankToNull(note);
    }

    /** Each problem as a message key and the field it concerns; empty when the contact may be saved. */
    public List<Problem> problems(LocalDateTime now) {
        List<Problem> problems = new ArrayList<>();
        if (channel == null) {
            problems.add(new Problem("channel", "contact.error.channel"));
        }
        if (occurredAt == null) {
            problems.add(new Problem("occurredAt", "contact.error.when"));
        } else if (occurredAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            problems.add(new Problem("occurredAt", "contact.error.future"));
        }
        if (durationSeconds != null && (durationSeconds < 0 || durationSeconds > 24 * 3600)) {
            problems.add(new Problem("durationSeconds", "contact.error.duration"));
        }
        if (topic == null) {
            problems.add(new Problem("topic", "contact.error.topic"));
        } else if (topic.length() > MAX_TOPIC) {
            problems.add(new Problem("topic", "contact.error.topicLength"));
        }
        if (outcome != null && outcome.length() > MAX_TOPIC) {
            problems.add(new Problem("outcome", "contact.error.outcomeLength"));
        }
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            problems.add(new Problem("satisfaction", "contact.error.satisfaction"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new Problem("note", "contact.error.noteLength"));
        }
        return problems;
    }

    /** A field and the message key that says what is wrong with it. */
    public record Problem(String field, String messageKey) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
