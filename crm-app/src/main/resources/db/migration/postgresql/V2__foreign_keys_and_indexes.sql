-- PostgreSQL only: foreign keys between all tables, and indexes for per-client reads.
-- (DuckDB keeps these out; see common/V1 for why. Its scans rely on zone maps instead.)

-- Identifiers and codes compare byte by byte, as on DuckDB: the same order on both engines, and
-- sorts, key checks and index builds about twice as fast as under a linguistic collation.
ALTER TABLE branch ALTER COLUMN branch_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE staff ALTER COLUMN staff_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN branch_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE security ALTER COLUMN security_code TYPE VARCHAR(12) COLLATE "C";
ALTER TABLE customer ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN branch_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN manager_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN broker_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE price_daily ALTER COLUMN security_code TYPE VARCHAR(12) COLLATE "C";
ALTER TABLE trade ALTER COLUMN trade_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN security_code TYPE VARCHAR(12) COLLATE "C";
ALTER TABLE fund_flow ALTER COLUMN flow_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE daily_asset ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE holding ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN security_code TYPE VARCHAR(12) COLLATE "C";
ALTER TABLE contact ALTER COLUMN contact_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C", ALTER COLUMN staff_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE churn_event ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";

ALTER TABLE staff ADD CONSTRAINT staff_branch_fk FOREIGN KEY (branch_id) REFERENCES branch (branch_id);
ALTER TABLE customer ADD CONSTRAINT customer_branch_fk FOREIGN KEY (branch_id) REFERENCES branch (branch_id);
ALTER TABLE customer ADD CONSTRAINT customer_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (staff_id);
ALTER TABLE customer ADD CONSTRAINT customer_broker_fk FOREIGN KEY (broker_id) REFERENCES staff (staff_id);
ALTER TABLE price_daily ADD CONSTRAINT price_security_fk
    FOREIGN KEY (exchange, security_code) REFERENCES security (exchange, security_code);
ALTER TABLE trade ADD CONSTRAINT trade_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE trade ADD CONSTRAINT trade_security_fk
    FOREIGN KEY (exchange, security_code) REFERENCES security (exchange, security_code);
ALTER TABLE fund_flow ADD CONSTRAINT fund_flow_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE daily_asset ADD CONSTRAINT daily_asset_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE holding ADD CONSTRAINT holding_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE holding ADD CONSTRAINT holding_security_fk
    FOREIGN KEY (exchange, security_code) REFERENCES security (exchange, security_code);
ALTER TABLE contact ADD CONSTRAINT contact_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE contact ADD CONSTRAINT contact_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id);
ALTER TABLE churn_event ADD CONSTRAINT churn_event_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);

CREATE INDEX trade_customer_idx ON trade (customer_id, trade_date);
CREATE INDEX fund_flow_customer_idx ON fund_flow (customer_id, flow_date);
CREATE INDEX contact_customer_idx ON contact (customer_id, occurred_at);
CREATE INDEX customer_branch_idx ON customer (branch_id);
CREATE INDEX customer_manager_idx ON customer (manager_id);
