package com.brokercrm.contact.channel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox sender every {@code brokercrm.channels.outbox.poll-interval} in the web server (not in
 * one-shot commands such as {@code import}). Off with {@code brokercrm.channels.outbox.enabled=false}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "brokercrm.channels.outbox.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;
    private final ChannelProperties properties;
    private ScheduledExecutorService executor;

    OutboxSchedule(OutboxSender sender, ChannelProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("outbox-sender").factory());
        long every = Math.max(100, properties.outbox().pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            log.warn("outbox sender: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // stop before the data source closes
        return Integer.MAX_VALUE - 1000;
    }
}
