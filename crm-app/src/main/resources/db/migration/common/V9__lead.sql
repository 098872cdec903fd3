-- Prospects who are not clients yet: for now, unknown callers the call center chose to keep.
CREATE TABLE lead (
    lead_id    VARCHAR(40)   NOT NULL PRIMARY KEY,
    name       VARCHAR(200),
    phone      VARCHAR(20)   NOT NULL,
    source     VARCHAR(20)   NOT NULL,
    note       VARCHAR(2000),
    created_by VARCHAR(64)   NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    status     VARCHAR(12)   NOT NULL CHECK (status IN ('NEW', 'CONTACTED', 'CONVERTED', 'DROPPED'))
);
