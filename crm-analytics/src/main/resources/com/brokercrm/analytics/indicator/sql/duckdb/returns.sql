-- DuckDB's variant of returns.sql: the same definitions (read that file's header), computed from one ordered
-- list per client instead of three window passes over every asset row (previous day, chained index, running
-- peak). Each window pass sorts the 44.6 million asset rows of a 200,000-client year; building the lists
-- sorts each client's rows once, and the returns, their sums and the drawdowns are then list operations:
-- 46.6 s against 6 to 8 s for the step at 200,000 clients (docs/indicators.md, "Speed"). PostgreSQL has no
-- list lambdas and keeps the common file; the tests hold both, and a plain Java recomputation, equal.
-- Positions in the lists are 1-based: first_{w} is the client's first row on or after :base_{w} (its index
-- level is the window's first peak) and rows after before_{w} are inside the window.
WITH flows AS (
@include external_flows
), days AS (
    SELECT a.customer_id,
           list(a.cash + a.market_value - a.margin_debt ORDER BY a.as_of) AS nav,
           list(COALESCE(f.net_flow, 0) ORDER BY a.as_of) AS net_flow,
           list(COALESCE(f.deposit, 0) ORDER BY a.as_of) AS deposit,
           COUNT(*) FILTER (WHERE a.as_of < :base_{w}) + 1 AS first_{w},
           COUNT(*) FILTER (WHERE a.as_of < :start_{w}) AS before_{w},
           COUNT(*) AS return_rows
    FROM daily_asset a
    LEFT JOIN flows f ON f.customer_id = a.customer_id AND f.flow_date = a.as_of
    WHERE a.as_of >= :base_250 AND a.as_of <= :as_of
    GROUP BY a.customer_id
), daily_returns AS (
    SELECT *,
           list_transform(range(1, return_rows + 1), lambda i:
               CASE WHEN i > 1 AND nav[i - 1] + deposit[i] > 0
                    THEN CAST(nav[i] - nav[i - 1] - net_flow[i] AS DOUBLE PRECISION) / CAST(nav[i - 1] + deposit[i] AS DOUBLE PRECISION)
               END) AS r
    FROM days
), logged AS (
    SELECT *, list_transform(r, lambda x: CASE WHEN x IS NOT NULL THEN LN(GREATEST(1 + x, 1e-9)) END) AS log_r
    FROM daily_returns
), drawdowns AS (
    -- one walk along the log index (l) carrying each window's running peak (p) and least index - peak (d)
    SELECT *,
           list_reduce(
               list_transform(range(1, return_rows + 1), lambda i: {'i': i, 'x': COALESCE(log_r[i], 0)}),
               lambda acc, e: {
                   'l': acc.l + e.x,
                   'p{w}': CASE WHEN e.i >= first_{w} THEN GREATEST(COALESCE(acc.p{w}, acc.l + e.x), acc.l + e.x) END,
                   'd{w}': CASE WHEN e.i > before_{w} THEN LEAST(COALESCE(acc.d{w}, 0), acc.l + e.x - GREATEST(COALESCE(acc.p{w}, acc.l + e.x), acc.l + e.x)) ELSE acc.d{w} END,
               },
               {
                   'l': CAST(0 AS DOUBLE PRECISION),
                   'p{w}': CAST(NULL AS DOUBLE PRECISION),
                   'd{w}': CAST(NULL AS DOUBLE PRECISION),
               }) AS walk
    FROM logged
)
SELECT customer_id,
       list_count(list_slice(r, before_{w} + 1, return_rows)) AS return_days_{w},
       list_sum(list_slice(log_r, before_{w} + 1, return_rows)) AS log_return_{w},
       list_stddev_samp(list_slice(r, before_{w} + 1, return_rows)) AS volatility_{w},
       1 - EXP(walk.d{w}) AS max_drawdown_{w},
       return_rows
FROM drawdowns
