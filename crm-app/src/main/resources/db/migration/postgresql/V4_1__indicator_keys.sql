-- PostgreSQL only: byte-order identifiers as elsewhere (see V2), a client's indicators over time, and
-- the latest runs of a job.
ALTER TABLE customer_indicator ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
CREATE INDEX customer_indicator_customer_idx ON customer_indicator (customer_id, as_of);
CREATE INDEX job_run_job_idx ON job_run (job, started_at);
