-- DuckDB only. The rolling state of the returns and positions steps (crm-analytics RollingReturns,
-- RollingPositions): what a nightly score run carries to the next trading day so that it need not sort a
-- year of asset rows or replay a year of trades again. The tables are caches of what the fact tables hold:
-- a run that cannot trust them rebuilds them from the fact tables (docs/indicators.md, "Rolling state").
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

-- rolling_positions: the position replay behind realised P&L and the disposition effect (moves.sql),
-- per client and security held (quantity not 0) after its last move on or before the state's date:
-- quantity held, cumulative quantity and cost bought since the replay's start (the position snapshot of
-- the day before the longest window, :replay_date), and those cumulative figures at the last move that
-- left the position flat (NULL if none did). The average purchase price of the current episode is
-- (bought_cost - flat_cost) / (bought_qty - flat_qty). A position left flat is dropped: its next move
-- starts a new episode, as it would from nothing.
CREATE TABLE rolling_positions (
    customer_id   VARCHAR(32)    NOT NULL,
    exchange      VARCHAR(3)     NOT NULL,
    security_code VARCHAR(12)    NOT NULL,
    held          BIGINT         NOT NULL,
    bought_qty    BIGINT         NOT NULL,
    bought_cost   DECIMAL(38, 2) NOT NULL,
    flat_qty      BIGINT,
    flat_cost     DECIMAL(38, 2)
);

-- rolling_sell_days: per client and day it sold, from the longest window's start to the state's date, what
-- positions.sql sums over the windows: the securities sold (with a reference price), realised P&L and
-- cost (rounded to 1e-12 so that sums of them are exact), the disposition outcomes of the positions held
-- at the start of the day, and how many were held.
CREATE TABLE rolling_sell_days (
    customer_id     VARCHAR(32)     NOT NULL,
    sell_date       DATE            NOT NULL,
    sold_rows       BIGINT          NOT NULL,
    realised_pnl    DECIMAL(38, 12) NOT NULL,
    realised_cost   DECIMAL(38, 12) NOT NULL,
    realised_gains  BIGINT          NOT NULL,
    realised_losses BIGINT          NOT NULL,
    paper_gains     BIGINT          NOT NULL,
    paper_losses    BIGINT          NOT NULL,
    held_rows       BIGINT          NOT NULL
);

-- rolling_sell_sums: per client, the sums of its sell days in each window (days: how many).
CREATE TABLE rolling_sell_sums (
    customer_id VARCHAR(32) NOT NULL,
    days_20 BIGINT NOT NULL, pnl_20 DECIMAL(38, 12) NOT NULL, cost_20 DECIMAL(38, 12) NOT NULL,
    gains_20 BIGINT NOT NULL, losses_20 BIGINT NOT NULL, paper_gains_20 BIGINT NOT NULL, paper_losses_20 BIGINT NOT NULL,
    days_60 BIGINT NOT NULL, pnl_60 DECIMAL(38, 12) NOT NULL, cost_60 DECIMAL(38, 12) NOT NULL,
    gains_60 BIGINT NOT NULL, losses_60 BIGINT NOT NULL, paper_gains_60 BIGINT NOT NULL, paper_losses_60 BIGINT NOT NULL,
    days_250 BIGINT NOT NULL, pnl_250 DECIMAL(38, 12) NOT NULL, cost_250 DECIMAL(38, 12) NOT NULL,
    gains_250 BIGINT NOT NULL, losses_250 BIGINT NOT NULL, paper_gains_250 BIGINT NOT NULL, paper_losses_250 BIGINT NOT NULL,
    held_rows   BIGINT NOT NULL,
    sold_rows   BIGINT NOT NULL
);

-- One row per rolling step (returns, positions): the date its state is for, the anchor it depends on (the
-- replay's snapshot date for positions), when it was saved, and the watermark of the data it was computed
-- from: the last import run then, and per fact table it reads the rows dated on or before the state's
-- date ("daily_asset=44586768,fund_flow=1923152"). A run advances a state only from the previous trading
-- day, with the same anchor, and only if no import since then replaced a row of those tables or added one
-- dated on or before that day.
CREATE TABLE rolling_state (
    step            VARCHAR(32)  NOT NULL PRIMARY KEY,
    as_of           DATE         NOT NULL,
    anchor          DATE,
    saved_at        TIMESTAMP    NOT NULL,
    last_import_run BIGINT       NOT NULL,
    row_counts      VARCHAR(500) NOT NULL
);
