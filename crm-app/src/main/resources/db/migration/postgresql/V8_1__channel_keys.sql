-- PostgreSQL keys and indexes for V8: consents, preferences, messages and surveys belong to clients;
-- the outbox sender reads due messages by status and time; lists read by client.
ALTER TABLE channel_consent ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE client_preference ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE outbound_message ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE survey ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE channel_consent ADD CONSTRAINT channel_consent_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE client_preference ADD CONSTRAINT client_preference_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE outbound_message ADD CONSTRAINT outbound_message_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE survey ADD CONSTRAINT survey_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
ALTER TABLE survey ADD CONSTRAINT survey_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (contact_id);
CREATE INDEX outbound_message_due_idx ON outbound_message (status, next_attempt_at);
CREATE INDEX outbound_message_customer_idx ON outbound_message (customer_id, created_at);
CREATE INDEX survey_customer_idx ON survey (customer_id, created_at);
CREATE INDEX survey_branch_idx ON survey (branch_id, answered_at);
