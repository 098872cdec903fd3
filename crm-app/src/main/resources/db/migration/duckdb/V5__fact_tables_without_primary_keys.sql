-- DuckDB only. The big fact tables lose their primary keys; the importer keeps every key unique on its
-- own, inside the one transaction per file: a key repeated within a file is refused (the Java path rejects
-- the later lines), a row whose key is already stored either changes nothing or replaces the stored row
-- (delete, then insert), a new key is inserted. Every write to these tables goes through the importer.
--
-- Why: DuckDB maintains a primary key as an index row by row and checks it again at commit; for a large
-- file that cost more than all validation together, and kept the validated import of 10 million trades
-- above twice DuckDB's own read_csv of the file (figures in docs/operations.md). PostgreSQL keeps all its
-- keys (db/migration/postgresql); on DuckDB the reference tables (branch, staff, security, customer) and
-- the small tables (churn_event, market_volume, import_run) keep theirs. Constraints otherwise as in V1.

CREATE TABLE price_daily_v5 (
    exchange      VARCHAR(3)     NOT NULL,
    security_code VARCHAR(12)    NOT NULL,
    trade_date    DATE           NOT NULL,
    close         DECIMAL(12, 4) NOT NULL CHECK (close > 0)
);
INSERT INTO price_daily_v5 SELECT exchange, security_code, trade_date, close FROM price_daily;
DROP TABLE price_daily;
ALTER TABLE price_daily_v5 RENAME TO price_daily;

CREATE TABLE trade_v5 (
    trade_id      VARCHAR(32)    NOT NULL,
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
INSERT INTO trade_v5
SELECT trade_id, customer_id, trade_date, trade_time, exchange, security_code, side, quantity, price, amount,
       commission, stamp_duty, transfer_fee, channel
FROM trade;
DROP TABLE trade;
ALTER TABLE trade_v5 RENAME TO trade;

CREATE TABLE fund_flow_v5 (
    flow_id     VARCHAR(32)    NOT NULL,
    customer_id VARCHAR(32)    NOT NULL,
    flow_date   DATE           NOT NULL,
    direction   VARCHAR(3)     NOT NULL CHECK (direction IN ('IN', 'OUT')),
    amount      DECIMAL(18, 2) NOT NULL CHECK (amount > 0),
    kind        VARCHAR(16)    NOT NULL CHECK (kind IN ('BANK_TRANSFER', 'CUSTODY_TRANSFER', 'DIVIDEND', 'INTEREST', 'OTHER'))
);
INSERT INTO fund_flow_v5 SELECT flow_id, customer_id, flow_date, direction, amount, kind FROM fund_flow;
DROP TABLE fund_flow;
ALTER TABLE fund_flow_v5 RENAME TO fund_flow;

CREATE TABLE daily_asset_v5 (
    customer_id  VARCHAR(32)    NOT NULL,
    as_of        DATE           NOT NULL,
    cash         DECIMAL(18, 2) NOT NULL CHECK (cash >= 0),
    market_value DECIMAL(18, 2) NOT NULL CHECK (market_value >= 0),
    margin_debt  DECIMAL(18, 2) NOT NULL CHECK (margin_debt >= 0)
);
INSERT INTO daily_asset_v5 SELECT customer_id, as_of, cash, market_value, margin_debt FROM daily_asset;
DROP TABLE daily_asset;
ALTER TABLE daily_asset_v5 RENAME TO daily_asset;

CREATE TABLE holding_v5 (
    customer_id   VARCHAR(32)    NOT NULL,
    as_of         DATE           NOT NULL,
    exchange      VARCHAR(3)     NOT NULL,
    security_code VARCHAR(12)    NOT NULL,
    quantity      BIGINT         NOT NULL CHECK (quantity >= 0),
    cost_amount   DECIMAL(18, 2) NOT NULL,
    market_value  DECIMAL(18, 2) NOT NULL CHECK (market_value >= 0)
);
INSERT INTO holding_v5
SELECT customer_id, as_of, exchange, security_code, quantity, cost_amount, market_value FROM holding;
DROP TABLE holding;
ALTER TABLE holding_v5 RENAME TO holding;

CREATE TABLE contact_v5 (
    contact_id   VARCHAR(32)   NOT NULL,
    customer_id  VARCHAR(32)   NOT NULL,
    staff_id     VARCHAR(32),
    channel      VARCHAR(8)    NOT NULL CHECK (channel IN ('CALL_IN', 'CALL_OUT', 'EMAIL', 'SMS', 'WEB', 'VISIT', 'WECHAT')),
    occurred_at  TIMESTAMP     NOT NULL,
    duration_s   INTEGER       CHECK (duration_s >= 0),
    topic        VARCHAR(200),
    outcome      VARCHAR(200),
    satisfaction SMALLINT      CHECK (satisfaction BETWEEN 1 AND 5),
    note         VARCHAR(4000)
);
INSERT INTO contact_v5
SELECT contact_id, customer_id, staff_id, channel, occurred_at, duration_s, topic, outcome, satisfaction, note
FROM contact;
DROP TABLE contact;
ALTER TABLE contact_v5 RENAME TO contact;
