-- Rolling returns, advanced from the state saved for the previous trading day to the as-of date, with work
-- per client rather than per row of the year. The day's asset rows get their return over the client's last
-- row in the state. Leaving each window: its rows before the new start, out of its counts and exact sums,
-- and for the drawdown's peaks the rows before its new base day (:prior_base_{w} is the base day the state
-- was saved with). A row whose previous row leaves the ledger loses its return, as the first row of
-- returns.sql's range has none. The ledger drops the day before the new base and gains the day.
-- The drawdown carries on when its trough is still in the window and its peak level is still reached
-- there (the trough is its own peak, dd = 0, or no row leaving the peaks' range reaches it), and so is the
-- window's top (no leaving row reaches it, or the client's last row does): a new day can then only deepen
-- it, by its level against the top. Otherwise the client is a target for returns_drawdowns.sql.
CREATE OR REPLACE TEMPORARY TABLE roll_day AS
WITH flows AS (
    SELECT customer_id,
           SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) AS net_flow,
           SUM(CASE WHEN direction = 'IN' THEN amount ELSE 0 END) AS deposit
    FROM fund_flow
    WHERE flow_date = :as_of AND kind NOT IN ('DIVIDEND', 'INTEREST')
    GROUP BY customer_id
), returns AS (
    SELECT a.customer_id, a.as_of,
           CASE WHEN s.last_as_of >= :base_250 THEN s.last_as_of END AS prev_as_of,
           a.cash + a.market_value - a.margin_debt AS nav,
           CASE WHEN s.last_as_of >= :base_250 AND s.last_nav + COALESCE(f.deposit, 0) > 0
                THEN CAST(a.cash + a.market_value - a.margin_debt - s.last_nav - COALESCE(f.net_flow, 0) AS DOUBLE PRECISION)
                     / CAST(s.last_nav + COALESCE(f.deposit, 0) AS DOUBLE PRECISION)
           END AS r,
           COALESCE(s.last_l, 0) AS l_before
    FROM daily_asset a
    LEFT JOIN rolling_returns_state s ON s.customer_id = a.customer_id
    LEFT JOIN flows f ON f.customer_id = a.customer_id
    WHERE a.as_of = :as_of
), logged AS (
    SELECT *, CASE WHEN r IS NOT NULL THEN LN(GREATEST(1 + r, 1e-9)) END AS log_r
    FROM returns
)
SELECT customer_id, as_of, prev_as_of, nav, r, log_r, l_before + COALESCE(log_r, 0) AS l,
       CASE WHEN ABS(r) < 3 THEN CAST(ROUND(r * 1e18) AS BIGINT) END AS r_fixed,
       CASE WHEN ABS(r) < 3 THEN CAST(ROUND(r * r * 1e18) AS BIGINT) END AS r2_fixed,
       CASE WHEN ABS(r) < 3 THEN CAST(ROUND(log_r * 1e17) AS BIGINT) END AS log_fixed
FROM logged;

-- rows whose previous row is before the new base: each is now its client's first row and has no return
CREATE OR REPLACE TEMPORARY TABLE roll_nulled AS
SELECT customer_id, as_of, r, r_fixed, r2_fixed, log_fixed
FROM rolling_returns_ledger
WHERE prev_as_of < :base_250 AND r IS NOT NULL;

-- per client and window: the rows leaving it (kind 'T'), the returns dropped above that it still holds
-- ('N'), and the highest level among the rows leaving its peaks' range ('R')
CREATE OR REPLACE TEMPORARY TABLE roll_leaving AS
WITH leaving AS (
    SELECT customer_id, 'T' AS kind, {w} AS w, as_of, l, r, r_fixed, r2_fixed, log_fixed FROM rolling_returns_ledger WHERE as_of >= :base_{w} AND as_of < :start_{w} UNION ALL
    SELECT customer_id, 'R' AS kind, {w} AS w, as_of, l, r, r_fixed, r2_fixed, log_fixed FROM rolling_returns_ledger WHERE as_of >= :prior_base_{w} AND as_of < :base_{w} UNION ALL
    SELECT customer_id, 'N' AS kind, 0 AS w, as_of, CAST(NULL AS DOUBLE PRECISION), r, r_fixed, r2_fixed, log_fixed FROM roll_nulled
), out_of AS (
    SELECT *, kind = 'T' OR kind = 'N' AND as_of >= :start_20 AS out_20, kind = 'T' OR kind = 'N' AND as_of >= :start_60 AS out_60, kind = 'T' OR kind = 'N' AND as_of >= :start_250 AS out_250
    FROM leaving
)
SELECT customer_id,
       COUNT(*) FILTER (WHERE kind = 'R' AND w = 250) AS pruned,
       COUNT(*) FILTER (WHERE kind = 'T' AND w = {w}) AS rows_{w}, COUNT(r) FILTER (WHERE out_{w} AND w IN (0, {w})) AS n_{w}, COUNT(*) FILTER (WHERE out_{w} AND w IN (0, {w}) AND r IS NOT NULL AND r_fixed IS NULL) AS wild_{w},
       SUM(r_fixed) FILTER (WHERE out_{w} AND w IN (0, {w})) AS s_{w}, SUM(r2_fixed) FILTER (WHERE out_{w} AND w IN (0, {w})) AS q_{w}, SUM(log_fixed) FILTER (WHERE out_{w} AND w IN (0, {w})) AS g_{w},
       MAX(l) FILTER (WHERE kind = 'R' AND w = {w}) AS peak_out_{w},
FROM out_of
GROUP BY customer_id;

UPDATE rolling_returns_ledger SET r = NULL, log_r = NULL, r_fixed = NULL, r2_fixed = NULL, log_fixed = NULL
WHERE prev_as_of < :base_250 AND r IS NOT NULL;

DELETE FROM rolling_returns_ledger WHERE as_of < :base_250;

INSERT INTO rolling_returns_ledger
SELECT customer_id, as_of, prev_as_of, r, log_r, l, r_fixed, r2_fixed, log_fixed FROM roll_day;

CREATE OR REPLACE TEMPORARY TABLE roll_next AS
WITH carried AS (
    SELECT COALESCE(d.customer_id, s.customer_id) AS customer_id,
           d.customer_id IS NOT NULL AS has_day,
           d.as_of AS day_as_of, d.nav AS day_nav, d.r AS day_r, d.l AS day_l, d.r_fixed AS day_r_fixed, d.r2_fixed AS day_r2_fixed, d.log_fixed AS day_log_fixed,
           s.last_as_of, s.last_nav, s.last_l,
           COALESCE(s.return_rows, 0) - COALESCE(x.pruned, 0) AS kept_rows,
           COALESCE(s.rows_{w}, 0) - COALESCE(x.rows_{w}, 0) AS rows_{w}, COALESCE(s.n_{w}, 0) - COALESCE(x.n_{w}, 0) AS n_{w}, COALESCE(s.wild_{w}, 0) - COALESCE(x.wild_{w}, 0) AS wild_{w},
           COALESCE(s.s_{w}, 0) - COALESCE(x.s_{w}, 0) AS s_{w}, COALESCE(s.q_{w}, 0) - COALESCE(x.q_{w}, 0) AS q_{w}, COALESCE(s.g_{w}, 0) - COALESCE(x.g_{w}, 0) AS g_{w},
           s.dd_{w}, s.trough_{w}, s.pk_{w}, s.top_{w},
           (COALESCE(s.rows_{w}, 0) = 0 OR s.trough_{w} >= :start_{w} AND (s.dd_{w} = 0 OR x.peak_out_{w} IS NULL OR x.peak_out_{w} < s.pk_{w})) AND (s.top_{w} IS NULL OR x.peak_out_{w} IS NULL OR x.peak_out_{w} < s.top_{w} OR s.last_as_of >= :base_{w} AND s.last_l >= s.top_{w}) AS carried_{w},
    FROM roll_day d
    FULL JOIN rolling_returns_state s ON s.customer_id = d.customer_id
    LEFT JOIN roll_leaving x ON x.customer_id = COALESCE(d.customer_id, s.customer_id)
), deepened AS (
    SELECT *,
           CASE WHEN has_day THEN day_l - GREATEST(COALESCE(top_{w}, day_l), day_l) END AS fall_{w},
    FROM carried
)
SELECT customer_id,
       CASE WHEN has_day THEN day_as_of ELSE last_as_of END AS last_as_of,
       CASE WHEN has_day THEN day_nav ELSE last_nav END AS last_nav,
       CASE WHEN has_day THEN day_l ELSE last_l END AS last_l,
       kept_rows + CASE WHEN has_day THEN 1 ELSE 0 END AS return_rows,
       rows_{w} + CASE WHEN has_day THEN 1 ELSE 0 END AS rows_{w}, n_{w} + CASE WHEN day_r IS NOT NULL THEN 1 ELSE 0 END AS n_{w}, wild_{w} + CASE WHEN day_r IS NOT NULL AND day_r_fixed IS NULL THEN 1 ELSE 0 END AS wild_{w},
       s_{w} + COALESCE(day_r_fixed, 0) AS s_{w}, q_{w} + COALESCE(day_r2_fixed, 0) AS q_{w}, g_{w} + COALESCE(day_log_fixed, 0) AS g_{w},
       CASE WHEN has_day THEN LEAST(COALESCE(dd_{w}, 0), fall_{w}) ELSE dd_{w} END AS dd_{w}, CASE WHEN has_day AND fall_{w} <= COALESCE(dd_{w}, 0) THEN day_as_of ELSE trough_{w} END AS trough_{w}, CASE WHEN has_day AND fall_{w} <= COALESCE(dd_{w}, 0) THEN GREATEST(COALESCE(top_{w}, day_l), day_l) ELSE pk_{w} END AS pk_{w},
       CASE WHEN has_day THEN GREATEST(COALESCE(top_{w}, day_l), day_l) ELSE top_{w} END AS top_{w},
       carried_{w},
FROM deepened;

-- per window, the clients whose drawdown is recomputed
CREATE OR REPLACE TEMPORARY TABLE roll_targets AS
SELECT customer_id, {w} AS window_days FROM roll_next WHERE return_rows > 0 AND (NOT carried_{w} OR wild_{w} > 0) UNION ALL
SELECT customer_id, 0 FROM roll_next WHERE FALSE;
