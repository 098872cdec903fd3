-- PostgreSQL keys and indexes for V3: users link to staff; the audit log is read by time, user and target.
ALTER TABLE app_user ALTER COLUMN staff_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE app_user ADD CONSTRAINT app_user_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id);
CREATE INDEX audit_log_at_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_user_idx ON audit_log (username, occurred_at);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
CREATE INDEX customer_broker_idx ON customer (broker_id);
CREATE INDEX customer_phone_idx ON customer (phone);
CREATE INDEX customer_id_number_idx ON customer (id_number);
