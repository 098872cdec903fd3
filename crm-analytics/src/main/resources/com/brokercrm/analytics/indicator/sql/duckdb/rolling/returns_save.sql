-- Rolling returns, saved: the state of every client with a row in the ledger (the recomputed drawdowns for
-- the targets), and the step's result as returns.sql gives it. The standard deviation from the exact sums:
-- (sum of squares - sum^2 / n) / (n - 1).
DELETE FROM rolling_returns_state;

INSERT INTO rolling_returns_state
SELECT n.customer_id, n.last_as_of, n.last_nav, n.last_l, n.return_rows,
       n.rows_{w}, n.n_{w}, n.wild_{w}, n.s_{w}, n.q_{w}, n.g_{w}, CASE WHEN t{w}.customer_id IS NULL THEN n.dd_{w} ELSE t{w}.dd END, CASE WHEN t{w}.customer_id IS NULL THEN n.trough_{w} ELSE t{w}.trough END, CASE WHEN t{w}.customer_id IS NULL THEN n.pk_{w} ELSE t{w}.pk END, CASE WHEN t{w}.customer_id IS NULL THEN n.top_{w} ELSE t{w}.top END,
FROM roll_next n
LEFT JOIN roll_redone_{w} t{w} ON t{w}.customer_id = n.customer_id
WHERE n.return_rows > 0;

CREATE TEMPORARY TABLE ind_returns AS
SELECT s.customer_id,
       s.n_{w} AS return_days_{w},
       CASE WHEN s.wild_{w} > 0 THEN t{w}.log_return WHEN s.n_{w} > 0 THEN CAST(s.g_{w} AS DOUBLE PRECISION) * 1e-17 END AS log_return_{w},
       CASE WHEN s.wild_{w} > 0 THEN t{w}.volatility WHEN s.n_{w} > 1 THEN SQRT(GREATEST((CAST(s.q_{w} AS DOUBLE PRECISION) * 1e-18 - POWER(CAST(s.s_{w} AS DOUBLE PRECISION) * 1e-18, 2) / s.n_{w}) / (s.n_{w} - 1), 0)) END AS volatility_{w},
       CASE WHEN s.rows_{w} > 0 THEN 1 - EXP(s.dd_{w}) END AS max_drawdown_{w},
       s.return_rows
FROM rolling_returns_state s
LEFT JOIN roll_redone_{w} t{w} ON t{w}.customer_id = s.customer_id
;
