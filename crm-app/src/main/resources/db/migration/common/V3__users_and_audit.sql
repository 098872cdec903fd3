-- Users of BrokerCRM and the audit log of what they did.
-- app_user: one row per login. Scoped roles (ACCOUNT_MANAGER, BROKER, ADVISOR, BRANCH_MANAGER) are linked
-- to their staff row, which gives the data scope (own clients or branch); the application checks the
-- link exists when a user is created (no foreign key on DuckDB, see V1).
CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('HQ_ADMIN', 'HQ_ANALYST', 'BRANCH_MANAGER', 'ACCOUNT_MANAGER',
                                                     'BROKER', 'ADVISOR', 'CALL_AGENT', 'COMPLIANCE')),
    staff_id      VARCHAR(32),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL
);

-- audit_log: append-only. occurred_at is UTC; outcome is OK, DENIED, NOT_FOUND, FAILED or ERROR.
CREATE SEQUENCE audit_log_seq START WITH 1;

CREATE TABLE audit_log (
    audit_id    BIGINT        NOT NULL PRIMARY KEY DEFAULT nextval('audit_log_seq'),
    occurred_at TIMESTAMP     NOT NULL,
    username    VARCHAR(64)   NOT NULL,
    role        VARCHAR(20),
    action      VARCHAR(30)   NOT NULL,
    target_type VARCHAR(30),
    target_id   VARCHAR(100),
    detail      VARCHAR(2000),
    remote_addr VARCHAR(64),
    outcome     VARCHAR(10)   NOT NULL CHECK (outcome IN ('OK', 'DENIED', 'NOT_FOUND', 'FAILED', 'ERROR'))
);
