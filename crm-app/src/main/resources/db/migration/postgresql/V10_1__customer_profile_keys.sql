-- PostgreSQL keeps the profile's key and an index for the client's history; DuckDB relies on the
-- profile writer replacing a date's rows set-wise (as for customer_indicator, docs/operations.md).
ALTER TABLE customer_profile ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE customer_profile ADD PRIMARY KEY (as_of, customer_id);
CREATE INDEX customer_profile_customer_idx ON customer_profile (customer_id, as_of);
