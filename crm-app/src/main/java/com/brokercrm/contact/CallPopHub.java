package com.brokercrm.contact;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The agents' open browser streams (server-sent events), by user name, and the screen pop sent to them:
 * an HTML fragment rendered in the language the agent's browser uses, swapped into the page by htmx.
 */
@Component
public class CallPopHub {

    private record Subscriber(SseEmitter emitter, Locale locale) {}

    private final Map<String, List<Subscriber>> streams = new ConcurrentHashMap<>();
    private final TemplateEngine templates;

    public CallPopHub(TemplateEngine templates) {
        this.templates = templates;
    }

    public SseEmitter subscribe(String username, Locale locale) {
        SseEmitter emitter = new SseEmitter(0L); // no timeout: the page keeps it open
        Subscriber subscriber = new Subscriber(emitter, locale);
        List<Subscriber> list = streams.computeIfAbsent(username, u -> new CopyOnWriteArrayList<>());
        list.add(subscriber);
        Runnable remove = () -> list.remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("connected").data("ok"));
        } catch (IOException e) {
            remove.run();
        }
        return emitter;
    }

    /** Sends a rendered fragment to every open stream of the user; returns how many received it. */
    public int push(String username, String eventName, String template, Map<String, Object> variables) {
        int delivered = 0;
        for (Subscriber subscriber : streams.getOrDefault(username, List.of())) {
            String html =
                    templates.process(template, java.util.Set.of("pop"), new Context(subscriber.locale(), variables));
            try {
                subscriber.emitter().send(SseEmitter.event().name(eventName).data(html.replace("\n", " ")));
                delivered++;
            } catch (IOException | IllegalStateException e) {
                streams.getOrDefault(username, List.of()).remove(subscriber);
            }
        }
        return delivered;
    }

    /**
     * Ends every stream when the application shuts down, so a graceful shutdown does not wait for
     * agents' open pages.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    public void closeAll() {
        streams.values()
                .forEach(list -> list.forEach(s -> {
                    try {
                        s.emitter().complete();
                    } catch (RuntimeException e) {
                        // already closed
                    }
                }));
        streams.clear();
    }

    public boolean connected(String username) {
        return !streams.getOrDefault(username, List.of()).isEmpty();
    }
}
