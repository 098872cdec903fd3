-- MOT (关键时刻) service tasks: an event about a client becomes a task for the client's manager.
-- (rule, event_key) is unique, so an event seen twice (the events API and the nightly run, or a re-run)
-- makes one task. due_on is a date in Asia/Shanghai; created_at and completed_at are UTC.
CREATE SEQUENCE service_task_seq START WITH 1;

CREATE TABLE service_task (
    task_id           BIGINT        NOT NULL PRIMARY KEY DEFAULT nextval('service_task_seq'),
    customer_id       VARCHAR(32)   NOT NULL,
    rule              VARCHAR(30)   NOT NULL,
    event_key         VARCHAR(100)  NOT NULL,
    mandatory         BOOLEAN       NOT NULL,
    assignee_staff_id VARCHAR(32),
    branch_id         VARCHAR(32)   NOT NULL,
    detail            VARCHAR(2000),
    created_at        TIMESTAMP     NOT NULL,
    due_on            DATE          NOT NULL,
    status            VARCHAR(10)   NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    escalated         BOOLEAN       NOT NULL,
    completed_at      TIMESTAMP,
    completed_by      VARCHAR(64),
    outcome           VARCHAR(200),
    contact_id        VARCHAR(32),
    UNIQUE (rule, event_key)
);
