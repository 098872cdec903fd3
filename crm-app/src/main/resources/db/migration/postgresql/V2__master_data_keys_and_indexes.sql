-- PostgreSQL only: references between master-data tables, and indexes for per-client reads.
-- (DuckDB keeps these out; see common/V1 for why. Its scans rely on zone maps instead.)
ALTER TABLE staff ADD CONSTRAINT staff_branch_fk FOREIGN KEY (branch_id) REFERENCES branch (branch_id);
ALTER TABLE customer ADD CONSTRAINT customer_branch_fk FOREIGN KEY (branch_id) REFERENCES branch (branch_id);
ALTER TABLE customer ADD CONSTRAINT customer_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (staff_id);
ALTER TABLE customer ADD CONSTRAINT customer_broker_fk FOREIGN KEY (broker_id) REFERENCES staff (staff_id);

CREATE INDEX trade_customer_idx ON trade (customer_id, trade_date);
CREATE INDEX fund_flow_customer_idx ON fund_flow (customer_id, flow_date);
CREATE INDEX contact_customer_idx ON contact (customer_id, occurred_at);
CREATE INDEX customer_branch_idx ON customer (branch_id);
CREATE INDEX customer_manager_idx ON customer (manager_id);
