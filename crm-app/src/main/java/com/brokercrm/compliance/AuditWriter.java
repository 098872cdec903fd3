package com.brokercrm.compliance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Group commit for the audit log: each caller hands over its row and waits until the transaction holding
 * it has committed; one writer thread commits whatever has queued up meanwhile as one batch. Under load
 * that is one statement preparation and one commit for many entries instead of one each. If the batch
 * fails, every waiting caller gets the failure, so no entry is ever dropped silently.
 */
@Component
public class AuditWriter implements DisposableBean {

    static final int MAX_BATCH = 500;
    static final long WAIT_SECONDS = 30;

    private static final String INSERT = """
            INSERT INTO audit_log (occurred_at, username, role, action, target_type, target_id, detail, remote_addr,
                                   outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** One audit_log row as written. */
    record Row(
            LocalDateTime occurredAt,
            String username,
            String role,
            String action,
            String targetType,
            String targetId,
            String detail,
            String remoteAddress,
            String outcome) {}

    private record Pending(Row row, CompletableFuture<Void> committed) {}

    private final DataSource dataSource;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    public AuditWriter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = Thread.ofPlatform().daemon().name("audit-writer").start(this::run);
    }

    /** Returns once the row is committed; throws if it could not be. */
    void write(Row row) {
        if (!running) {
            throw new IllegalStateException("the audit log is shut down");
        }
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Pending(row, committed));
        try {
            committed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit log", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the audit log could not be written: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit log did not answer within " + WAIT_SECONDS + " s", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending pending : batch) {
                    Row row = pending.row();
                    insert.setObject(1, row.occurredAt());
                    insert.setString(2, row.username());
                    insert.setString(3, row.role());
                    insert.setString(4, row.action());
                    insert.setString(5, row.targetType());
                    insert.setString(6, row.targetId());
                    insert.setString(7, row.detail());
                    insert.setString(8, row.remoteAddress());
                    insert.setString(9, row.outcome());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            batch.forEach(p -> p.committed().complete(null));
        } catch (SQLException | RuntimeException e) {
            batch.forEach(p -> p.committed().completeExceptionally(e));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }
}
