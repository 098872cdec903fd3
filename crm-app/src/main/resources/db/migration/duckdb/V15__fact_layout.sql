-- DuckDB only. How far each fact table the importer writes is stored in client order (ingest.duckdb.FactLayout).
-- A bulk load lists each client's rows together, so one block of the file holds a client's rows and the
-- zone maps find them in one place. Nightly imports append day after day; left so, a client's rows end up in
-- every block and the 360 view reads the whole table for them. The importer rewrites the rows after
-- clustered_through in client order once they span four weeks (brokercrm.import.reorder-after-days).
-- PostgreSQL reads clients through its indexes (db/migration/postgresql) and needs none of this.
CREATE TABLE fact_layout (
    table_name        VARCHAR(32) PRIMARY KEY,
    clustered_through DATE        NOT NULL,
    reordered_at      TIMESTAMP
);
