-- Rolling returns: one window's ({v} days) maximum drawdown recomputed from the ledger for its target clients
-- (all of them on a rebuild; on an advance those whose drawdown or top cannot be carried, and those with a
-- wild return in the window), reading only the window's days. As in returns.sql: along the index level l,
-- the running top from the window's base day (or the client's first row after it), and the lowest l - top
-- over the window's days. Of equal troughs the latest is kept, so that a flat account keeps today's and
-- need not be recomputed tomorrow. The chained return and standard deviation are summed here in floating
-- point too: they are the result for a window with a wild return.
CREATE OR REPLACE TEMPORARY TABLE roll_redone_{v} AS
WITH chain AS (
    SELECT g.customer_id, g.as_of, g.r, g.log_r, g.l,
           MAX(g.l) OVER (PARTITION BY g.customer_id ORDER BY g.as_of ROWS UNBOUNDED PRECEDING) AS run_top
    FROM rolling_returns_ledger g
    JOIN roll_targets t ON t.customer_id = g.customer_id AND t.window_days = {v}
    WHERE g.as_of >= :base_{v}
), pairs AS (
    SELECT customer_id,
           MIN(l - run_top) FILTER (WHERE as_of >= :start_{v}) AS dd,
           arg_min({'t': as_of, 'p': run_top}, {'d': l - run_top, 'k': DATE '2000-01-01' - as_of}) FILTER (WHERE as_of >= :start_{v}) AS pair,
           MAX(l) AS top,
           SUM(log_r) FILTER (WHERE as_of >= :start_{v}) AS log_return,
           STDDEV_SAMP(r) FILTER (WHERE as_of >= :start_{v}) AS volatility
    FROM chain
    GROUP BY customer_id
)
SELECT customer_id, dd, pair.t AS trough, pair.p AS pk, top, log_return, volatility
FROM pairs;
