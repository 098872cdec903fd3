-- DuckDB only. The rolling state of the returns step (crm-analytics RollingReturns): what a nightly score
-- run carries to the next trading day so that it need not sort a year of asset rows again. Both tables are
-- caches of what daily_asset and fund_flow hold: a run that cannot trust them rebuilds them from the fact
-- tables (docs/indicators.md, "Rolling state").
--
-- rolling_returns_ledger: one row per client and asset day from the longest window's base day up to the
-- state's date; each day's flow-adjusted return r (NULL on the client's first row in the ledger and when the
-- base is not positive), its log, l, the running sum of the logs (the log of the chained index), and the
-- return, its square and its log in fixed point for exact sums (r_fixed = round(r x 1e18), r2_fixed =
-- round(r^2 x 1e18), log_fixed = round(log x 1e17); NULL when there is no return or it is wild, at or
-- beyond +-300%, where they would not fit).
CREATE TABLE rolling_returns_ledger (
    customer_id VARCHAR(32)      NOT NULL,
    as_of       DATE             NOT NULL,
    prev_as_of  DATE,
    r           DOUBLE PRECISION,
    log_r       DOUBLE PRECISION,
    l           DOUBLE PRECISION NOT NULL,
    r_fixed     BIGINT,
    r2_fixed    BIGINT,
    log_fixed   BIGINT
);

-- rolling_returns_state: per client, the last ledger row and, per window, the row count, the count of
-- returns, and their exact sums in fixed point (s: returns x 1e18, q: squares x 1e18, g: logs x 1e17; a
-- return of 300% or more either way is "wild": counted apart, out of the sums, and its client recomputed
-- while it is in a window); the maximum drawdown in log terms (dd, at or below 0), the day of its trough and the peak
-- level it is measured from (pk); the window's highest level (top).
CREATE TABLE rolling_returns_state (
    customer_id VARCHAR(32)      NOT NULL,
    last_as_of  DATE             NOT NULL,
    last_nav    DECIMAL(20, 2)   NOT NULL,
    last_l      DOUBLE PRECISION NOT NULL,
    return_rows BIGINT           NOT NULL,
    rows_20 BIGINT NOT NULL, n_20 BIGINT NOT NULL, wild_20 BIGINT NOT NULL,
    s_20 HUGEINT NOT NULL, q_20 HUGEINT NOT NULL, g_20 HUGEINT NOT NULL,
    dd_20 DOUBLE PRECISION, trough_20 DATE, pk_20 DOUBLE PRECISION, top_20 DOUBLE PRECISION,
    rows_60 BIGINT NOT NULL, n_60 BIGINT NOT NULL, wild_60 BIGINT NOT NULL,
    s_60 HUGEINT NOT NULL, q_60 HUGEINT NOT NULL, g_60 HUGEINT NOT NULL,
    dd_60 DOUBLE PRECISION, trough_60 DATE, pk_60 DOUBLE PRECISION, top_60 DOUBLE PRECISION,
    rows_250 BIGINT NOT NULL, n_250 BIGINT NOT NULL, wild_250 BIGINT NOT NULL,
    s_250 HUGEINT NOT NULL, q_250 HUGEINT NOT NULL, g_250 HUGEINT NOT NULL,
    dd_250 DOUBLE PRECISION, trough_250 DATE, pk_250 DOUBLE PRECISION, top_250 DOUBLE PRECISION
);

-- One row per rolling step: the date its state is for, when it was saved, and the watermark of the data it
-- was computed from (the last import run then, and the fact rows dated on or before the state's date). A
-- run advances the state only from the previous trading day and only if no import since then replaced a
-- row or added one dated on or before that day.
CREATE TABLE rolling_state (
    step            VARCHAR(32) NOT NULL PRIMARY KEY,
    as_of           DATE        NOT NULL,
    saved_at        TIMESTAMP   NOT NULL,
    last_import_run BIGINT      NOT NULL,
    asset_rows      BIGINT      NOT NULL,
    flow_rows       BIGINT      NOT NULL
);
