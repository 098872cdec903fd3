-- Daily flow-adjusted returns of each account and, per window, their chained product, standard deviation
-- and maximum drawdown. Net assets NA = cash + market value - margin debt. External flows F are fund flows
-- other than dividends and interest (which are income, part of the return); deposits D are the incoming
-- ones. The return of an asset day t over the account's previous asset day p:
--     r = (NA(t) - NA(p) - F(t)) / (NA(p) + D(t))      (deposits count from the start of the day)
-- and no return when the base NA(p) + D(t) is not positive (nor on the account's first asset day). A return
-- at or below -100% enters the chained index as a fall to 1e-9. Flows on days without an asset row are not seen.
WITH flows AS (
@include external_flows
), days AS (
    SELECT a.customer_id, a.as_of,
           a.cash + a.market_value - a.margin_debt AS nav,
           LAG(a.cash + a.market_value - a.margin_debt) OVER (PARTITION BY a.customer_id ORDER BY a.as_of) AS prev_nav,
           COALESCE(f.net_flow, 0) AS net_flow,
           COALESCE(f.deposit, 0) AS deposit
    FROM daily_asset a
    LEFT JOIN flows f ON f.customer_id = a.customer_id AND f.flow_date = a.as_of
    WHERE a.as_of >= :base_250 AND a.as_of <= :as_of
), daily_returns AS (
    SELECT customer_id, as_of, r,
           CASE WHEN r IS NOT NULL THEN LN(GREATEST(1 + r, 1e-9)) END AS log_r
    FROM (
        SELECT customer_id, as_of,
               CASE WHEN prev_nav + deposit > 0
                    THEN CAST(nav - prev_nav - net_flow AS DOUBLE PRECISION) / CAST(prev_nav + deposit AS DOUBLE PRECISION)
               END AS r
        FROM days
    ) AS returns
), indexed AS (
    -- log of the chained return index since the day before the longest window
    SELECT customer_id, as_of, r, log_r,
           SUM(COALESCE(log_r, 0)) OVER (PARTITION BY customer_id ORDER BY as_of ROWS UNBOUNDED PRECEDING) AS log_index
    FROM daily_returns
), peaks AS (
    -- running peak of the index since the day before each window (that day's level is the first peak);
    -- the drawdown 1 - EXP(index - peak) is largest where index - peak is least, so EXP runs once per client
    SELECT customer_id, as_of, r, log_r,
           MAX(CASE WHEN as_of >= :base_{w} THEN log_index END) OVER (PARTITION BY customer_id ORDER BY as_of ROWS UNBOUNDED PRECEDING) AS peak_{w},
           log_index
    FROM indexed
)
SELECT customer_id,
       COUNT(r) FILTER (WHERE as_of >= :start_{w}) AS return_days_{w},
       SUM(log_r) FILTER (WHERE as_of >= :start_{w}) AS log_return_{w},
       STDDEV_SAMP(r) FILTER (WHERE as_of >= :start_{w}) AS volatility_{w},
       1 - EXP(MIN(log_index - peak_{w}) FILTER (WHERE as_of >= :start_{w})) AS max_drawdown_{w},
       COUNT(*) AS return_rows
FROM peaks
GROUP BY customer_id
