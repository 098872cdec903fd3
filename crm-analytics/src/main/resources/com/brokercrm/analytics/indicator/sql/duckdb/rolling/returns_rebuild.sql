-- Rolling returns, rebuilt: the ledger from the asset rows of the longest window's base day up to the
-- as-of date (the same returns as returns.sql, row by row: r over the client's previous row in that range,
-- none on its first), stored in date order so that the zone maps find a day's rows; then every client's
-- counts and exact sums per window, and every client a target for the drawdowns (returns_drawdowns.sql).
DELETE FROM rolling_returns_ledger;

INSERT INTO rolling_returns_ledger
WITH flows AS (
@include external_flows
), days AS (
    SELECT a.customer_id, a.as_of,
           a.cash + a.market_value - a.margin_debt AS nav,
           LAG(a.as_of) OVER w AS prev_as_of,
           LAG(a.cash + a.market_value - a.margin_debt) OVER w AS prev_nav,
           COALESCE(f.net_flow, 0) AS net_flow,
           COALESCE(f.deposit, 0) AS deposit
    FROM daily_asset a
    LEFT JOIN flows f ON f.customer_id = a.customer_id AND f.flow_date = a.as_of
    WHERE a.as_of >= :base_250 AND a.as_of <= :as_of
    WINDOW w AS (PARTITION BY a.customer_id ORDER BY a.as_of)
), returns AS (
    SELECT customer_id, as_of, prev_as_of,
           CASE WHEN prev_nav + deposit > 0
                THEN CAST(nav - prev_nav - net_flow AS DOUBLE PRECISION) / CAST(prev_nav + deposit AS DOUBLE PRECISION)
           END AS r
    FROM days
), logged AS (
    SELECT *, CASE WHEN r IS NOT NULL THEN LN(GREATEST(1 + r, 1e-9)) END AS log_r
    FROM returns
), chained AS (
    SELECT customer_id, as_of, prev_as_of, r, log_r,
           SUM(COALESCE(log_r, 0)) OVER (PARTITION BY customer_id ORDER BY as_of ROWS UNBOUNDED PRECEDING) AS l
    FROM logged
)
SELECT customer_id, as_of, prev_as_of, r, log_r, l,
       CASE WHEN ABS(r) < 3 THEN CAST(ROUND(r * 1e18) AS BIGINT) END,
       CASE WHEN ABS(r) < 3 THEN CAST(ROUND(r * r * 1e18) AS BIGINT) END,
       CASE WHEN ABS(r) < 3 THEN CAST(ROUND(log_r * 1e17) AS BIGINT) END
FROM chained
ORDER BY as_of;

CREATE OR REPLACE TEMPORARY TABLE roll_next AS
SELECT customer_id,
       MAX(as_of) AS last_as_of,
       CAST(NULL AS DECIMAL(20, 2)) AS last_nav,
       arg_max(l, as_of) AS last_l,
       COUNT(*) AS return_rows,
       COUNT(*) FILTER (WHERE as_of >= :start_{w}) AS rows_{w}, COUNT(r) FILTER (WHERE as_of >= :start_{w}) AS n_{w}, COUNT(*) FILTER (WHERE as_of >= :start_{w} AND r IS NOT NULL AND r_fixed IS NULL) AS wild_{w},
       COALESCE(SUM(r_fixed) FILTER (WHERE as_of >= :start_{w}), 0) AS s_{w}, COALESCE(SUM(r2_fixed) FILTER (WHERE as_of >= :start_{w}), 0) AS q_{w}, COALESCE(SUM(log_fixed) FILTER (WHERE as_of >= :start_{w}), 0) AS g_{w},
       CAST(NULL AS DOUBLE PRECISION) AS dd_{w}, CAST(NULL AS DATE) AS trough_{w}, CAST(NULL AS DOUBLE PRECISION) AS pk_{w}, CAST(NULL AS DOUBLE PRECISION) AS top_{w},
       FALSE AS carried_{w},
FROM rolling_returns_ledger
GROUP BY customer_id;

-- the net assets of each client's last row, for the next day's return
UPDATE roll_next SET last_nav = a.cash + a.market_value - a.margin_debt
FROM daily_asset a
WHERE a.customer_id = roll_next.customer_id AND a.as_of = roll_next.last_as_of;

CREATE OR REPLACE TEMPORARY TABLE roll_targets AS
SELECT customer_id, {w} AS window_days FROM roll_next UNION ALL
SELECT customer_id, 0 FROM roll_next WHERE FALSE;
