-- Outbound channels (e-mail, SMS, WeChat), the clients' channel consent, and satisfaction surveys.
--
-- channel_consent: one row per client and channel once anybody recorded a choice; no row means the
-- client has not opted out. source says who recorded it (STAFF:<user>, CLIENT_LINK, API:<user>).
CREATE TABLE channel_consent (
    customer_id VARCHAR(32) NOT NULL,
    channel     VARCHAR(8)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'WECHAT')),
    opted_out   BOOLEAN     NOT NULL,
    changed_at  TIMESTAMP   NOT NULL,
    source      VARCHAR(80) NOT NULL,
    PRIMARY KEY (customer_id, channel)
);

-- client_preference: the language a client is written to in (zh-CN when there is no row).
CREATE TABLE client_preference (
    customer_id VARCHAR(32) NOT NULL PRIMARY KEY,
    language    VARCHAR(5)  NOT NULL CHECK (language IN ('zh-CN', 'en')),
    changed_at  TIMESTAMP   NOT NULL,
    changed_by  VARCHAR(64) NOT NULL
);

-- outbound_message: the outbox. A message is rendered when it is queued and sent by the outbox sender:
-- PENDING (waiting for next_attempt_at), SENDING (claimed by a sender), SENT, FAILED (after the last
-- attempt, or not sendable), REFUSED (the client opted out or has no address; never sent).
-- Times are UTC. contact_id is the contact recorded when the message went out.
CREATE TABLE outbound_message (
    message_id      VARCHAR(32)   NOT NULL PRIMARY KEY,
    customer_id     VARCHAR(32)   NOT NULL,
    channel         VARCHAR(8)    NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'WECHAT')),
    recipient       VARCHAR(254),
    language        VARCHAR(5)    NOT NULL,
    template        VARCHAR(30)   NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body_text       VARCHAR       NOT NULL,
    body_html       VARCHAR,
    status          VARCHAR(8)    NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'REFUSED')),
    attempts        INTEGER       NOT NULL CHECK (attempts >= 0),
    last_error      VARCHAR(2000),
    next_attempt_at TIMESTAMP,
    created_at      TIMESTAMP     NOT NULL,
    claimed_at      TIMESTAMP,
    sent_at         TIMESTAMP,
    requested_by    VARCHAR(64)   NOT NULL,
    staff_id        VARCHAR(32),
    contact_id      VARCHAR(32),
    survey_id       VARCHAR(32)
);

-- survey: one satisfaction survey about one contact, answered at most once through a signed link.
-- branch_id and staff_id are those of the client and the contact when the survey was sent, kept for
-- branch and staff evaluation.
CREATE TABLE survey (
    survey_id   VARCHAR(32)   NOT NULL PRIMARY KEY,
    customer_id VARCHAR(32)   NOT NULL,
    contact_id  VARCHAR(32)   NOT NULL,
    message_id  VARCHAR(32),
    branch_id   VARCHAR(32),
    staff_id    VARCHAR(32),
    language    VARCHAR(5)    NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    expires_at  TIMESTAMP     NOT NULL,
    answered_at TIMESTAMP,
    score       SMALLINT      CHECK (score BETWEEN 1 AND 5),
    comment     VARCHAR(2000)
);
