package com.brokercrm.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A task's detail as the MOT engine stores it: a message code and its arguments,
 * {@code mot.detail.birthday|2026-10-30}, put in words in the reader's language when shown ({@code
 * ${@taskDetail.words(t.detail())}} in templates). An argument written {@code #key} is itself a message
 * (a tier or permission name). Any other detail (a churn reason, text from an older version) shows as
 * written.
 */
@Component("taskDetail")
public class TaskDetail {

    static final String PREFIX = "mot.detail.";
    private static final String SEPARATOR = "|";

    private final MessageSource messages;

    public TaskDetail(MessageSource messages) {
        this.messages = messages;
    }

    /** The stored form of a detail: {@code mot.detail.<code>} and its arguments. */
    static String of(String code, Object... arguments) {
        return Stream.concat(Stream.of(PREFIX + code), Arrays.stream(arguments).map(String::valueOf))
                .map(part -> part.replace(SEPARATOR, "/"))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** A message argument that is itself a message key. */
    static String key(String messageKey) {
        return "#" + messageKey;
    }

    /** The detail in the current request's language. */
    public String words(String stored) {
        return words(stored, LocaleContextHolder.getLocale());
    }

    /** The detail in a language. */
    public String words(String stored, Locale locale) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.split("\\" + SEPARATOR, -1);
        Object[] arguments = Arrays.stream(parts, 1, parts.length)
                .map(a -> a.startsWith("#") ? messages.getMessage(a.substring(1), null, a.substring(1), locale) : a)
                .toArray();
        return Objects.requireNonNullElse(messages.getMessage(parts[0], arguments, null, locale), stored);
    }
}
