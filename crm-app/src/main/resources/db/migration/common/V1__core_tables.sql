-- Core tables of BrokerCRM. Portable between DuckDB and PostgreSQL: only the common subset of
-- both dialects is used. Constraints mirror the import contract (docs/import-format.md).
--
-- Foreign keys and secondary indexes live in postgresql/V2. On DuckDB the importer alone enforces
-- references (every row passes its set-based check before it is written), because DuckDB's foreign
-- keys (1) turn an update of a referenced row into delete + insert and then refuse it, so a client
-- could never change branch or manager, and (2) multiply the cost of bulk loads by about nine
-- (10 million trades: 4 s to insert without, 40 s with, measured here).

CREATE TABLE branch (
    branch_id   VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    city        VARCHAR(100) NOT NULL,
    region      VARCHAR(100) NOT NULL,
    opened_on   DATE         NOT NULL
);

CREATE TABLE staff (
    staff_id    VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    role        VARCHAR(20)  NOT NULL CHECK (role IN ('ACCOUNT_MANAGER', 'BROKER', 'ADVISOR', 'CALL_AGENT',
                                                     'BRANCH_MANAGER', 'HQ_ANALYST', 'COMPLIANCE', 'HQ_ADMIN')),
    branch_id   VARCHAR(32),
    hired_on    DATE         NOT NULL,
    left_on     DATE,
    CHECK (left_on IS NULL OR left_on >= hired_on)
);

CREATE TABLE security (
    exchange      VARCHAR(3)   NOT NULL CHECK (exchange IN ('SH', 'SZ', 'BJ', 'OTC')),
    security_code VARCHAR(12)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    type          VARCHAR(5)   NOT NULL CHECK (type IN ('STOCK', 'ETF', 'FUND', 'BOND', 'WMP')),
    board         VARCHAR(7)   NOT NULL CHECK (board IN ('MAIN', 'STAR', 'CHINEXT', 'BSE', 'NA')),
    risk_rating   VARCHAR(2)   NOT NULL CHECK (risk_rating IN ('R1', 'R2', 'R3', 'R4', 'R5')),
    is_st         BOOLEAN      NOT NULL,
    industry      VARCHAR(100),
    PRIMARY KEY (exchange, security_code)
);

CREATE TABLE customer (
    customer_id      VARCHAR(32)  NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    gender           VARCHAR(1)   CHECK (gender IN ('M', 'F')),
    birth_date       DATE,
    id_number        VARCHAR(18)  CHECK (LENGTH(id_number) = 18),
    phone            VARCHAR(11)  CHECK (LENGTH(phone) = 11),
    email            VARCHAR(254),
    city             VARCHAR(100),
    occupation       VARCHAR(100),
    education        VARCHAR(100),
    income_band      VARCHAR(9)   CHECK (income_band IN ('LT_100K', '100K_300K', '300K_1M', '1M_5M', 'GT_5M')),
    open_date        DATE         NOT NULL,
    branch_id        VARCHAR(32)  NOT NULL,
    manager_id       VARCHAR(32),
    broker_id        VARCHAR(32),
    investor_type    VARCHAR(12)  NOT NULL CHECK (investor_type IN ('ORDINARY', 'PROFESSIONAL')),
    risk_level       VARCHAR(2)   CHECK (risk_level IN ('C1', 'C2', 'C3', 'C4', 'C5')),
    risk_assessed_on DATE,
    status           VARCHAR(15)  NOT NULL CHECK (status IN ('ACTIVE', 'DORMANT', 'CLOSED', 'TRANSFERRED_OUT')),
    status_date      DATE
);

CREATE TABLE price_daily (
    exchange      VARCHAR(3)     NOT NULL,
    security_code VARCHAR(12)    NOT NULL,
    trade_date    DATE           NOT NULL,
    close         DECIMAL(12, 4) NOT NULL CHECK (close > 0),
    PRIMARY KEY (exchange, security_code, trade_date)
);

CREATE TABLE trade (
    trade_id      VARCHAR(32)    NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(32)    NOT NULL,
    trade_date    DATE           NOT NULL,
    trade_time    TIME           NOT NULL,
    exchange      VARCHAR(3)     NOT NULL,
    security_code VARCHAR(12)    NOT NULL,
    side          VARCHAR(1)     NOT NULL CHECK (side IN ('B', 'S')),
    quantity      BIGINT         NOT NULL CHECK (quantity > 0),
    price         DECIMAL(12, 4) NOT NULL CHECK (price > 0),
    amount        DECIMAL(18, 2) NOT NULL CHECK (amount > 0),
    commission    DECIMAL(18, 2) NOT NULL CHECK (commission >= 0),
    stamp_duty    DECIMAL(18, 2) NOT NULL CHECK (stamp_duty >= 0),
    transfer_fee  DECIMAL(18, 2) NOT NULL CHECK (transfer_fee >= 0),
    channel       VARCHAR(7)     NOT NULL CHECK (channel IN ('APP', 'WEB', 'PHONE', 'COUNTER')),
    CHECK (side = 'S' OR stamp_duty = 0)
);

CREATE TABLE fund_flow (
    flow_id     VARCHAR(32)    NOT NULL PRIMARY KEY,
    customer_id VARCHAR(32)    NOT NULL,
    flow_date   DATE           NOT NULL,
    direction   VARCHAR(3)     NOT NULL CHECK (direction IN ('IN', 'OUT')),
    amount      DECIMAL(18, 2) NOT NULL CHECK (amount > 0),
    kind        VARCHAR(16)    NOT NULL CHECK (kind IN ('BANK_TRANSFER', 'CUSTODY_TRANSFER', 'DIVIDEND', 'INTEREST', 'OTHER'))
);

CREATE TABLE daily_asset (
    customer_id  VARCHAR(32)    NOT NULL,
    as_of        DATE           NOT NULL,
    cash         DECIMAL(18, 2) NOT NULL CHECK (cash >= 0),
    market_value DECIMAL(18, 2) NOT NULL CHECK (market_value >= 0),
    margin_debt  DECIMAL(18, 2) NOT NULL CHECK (margin_debt >= 0),
    PRIMARY KEY (customer_id, as_of)
);

-- positions.csv; named holding because POSITION is an SQL keyword.
CREATE TABLE holding (
    customer_id   VARCHAR(32)    NOT NULL,
    as_of         DATE           NOT NULL,
    exchange      VARCHAR(3)     NOT NULL,
    security_code VARCHAR(12)    NOT NULL,
    quantity      BIGINT         NOT NULL CHECK (quantity >= 0),
    cost_amount   DECIMAL(18, 2) NOT NULL,
    market_value  DECIMAL(18, 2) NOT NULL CHECK (market_value >= 0),
    PRIMARY KEY (customer_id, as_of, exchange, security_code)
);

CREATE TABLE contact (
    contact_id   VARCHAR(32)   NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(32)   NOT NULL,
    staff_id     VARCHAR(32)  ,
    channel      VARCHAR(8)    NOT NULL CHECK (channel IN ('CALL_IN', 'CALL_OUT', 'EMAIL', 'SMS', 'WEB', 'VISIT', 'WECHAT')),
    occurred_at  TIMESTAMP     NOT NULL,
    duration_s   INTEGER       CHECK (duration_s >= 0),
    topic        VARCHAR(200),
    outcome      VARCHAR(200),
    satisfaction SMALLINT      CHECK (satisfaction BETWEEN 1 AND 5),
    note         VARCHAR(4000)
);

CREATE TABLE churn_event (
    customer_id VARCHAR(32)   NOT NULL,
    event_date  DATE          NOT NULL,
    type        VARCHAR(15)   NOT NULL CHECK (type IN ('CLOSED', 'TRANSFERRED_OUT', 'ASSET_OUTFLOW', 'DORMANT')),
    reason_code VARCHAR(11)   CHECK (reason_code IN ('COMMISSION', 'SERVICE', 'PERFORMANCE', 'COMPETITOR', 'PRODUCT',
                                                     'LIFE_EVENT', 'MARKET', 'PLATFORM', 'OTHER')),
    destination VARCHAR(200),
    note        VARCHAR(4000),
    PRIMARY KEY (customer_id, event_date, type)
);

CREATE TABLE market_volume (
    region          VARCHAR(100)   NOT NULL,
    month           VARCHAR(7)     NOT NULL CHECK (LENGTH(month) = 7),
    market_amount   DECIMAL(20, 2) NOT NULL CHECK (market_amount >= 0),
    market_accounts BIGINT         CHECK (market_accounts >= 0),
    PRIMARY KEY (region, month)
);

CREATE SEQUENCE import_run_seq START WITH 1;

-- One row per imported file: what was loaded when, with counts.
CREATE TABLE import_run (
    run_id         BIGINT        NOT NULL PRIMARY KEY DEFAULT nextval('import_run_seq'),
    file_name      VARCHAR(100)  NOT NULL,
    table_name     VARCHAR(64)   NOT NULL,
    source_path    VARCHAR(1000) NOT NULL,
    charset        VARCHAR(20)   NOT NULL,
    started_at     TIMESTAMP     NOT NULL,
    finished_at    TIMESTAMP     NOT NULL,
    rows_read      BIGINT        NOT NULL CHECK (rows_read >= 0),
    rows_loaded    BIGINT        NOT NULL CHECK (rows_loaded >= 0),
    rows_replaced  BIGINT        NOT NULL CHECK (rows_replaced >= 0),
    rows_unchanged BIGINT        NOT NULL CHECK (rows_unchanged >= 0),
    rows_rejected  BIGINT        NOT NULL CHECK (rows_rejected >= 0)
);
