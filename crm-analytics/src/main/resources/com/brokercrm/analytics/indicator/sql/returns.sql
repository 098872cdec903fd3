-- Daily flow-adjusted returns of each account and, per window, their chained product, standard deviation
-- and maximum drawdown. Net assets NA = cash + market value - margin debt. External flows F are fund flows
-- other than dividends and interest (which are income, part of the return); deposits D are the incoming
-- ones. The return of an asset day t over the account's previous asset day p:
--     r = (NA(t) - NA(p) - F(t)) / (NA(p) + D(t))      (deposits count from the start of the day)
-- and no return when the base NA(p) + D(t) is not positive (nor on the account's first asset day). A return
-- at or below -100% enters the chained index as a fall to 1e-9. Flows on days without an asset row are not seen.
--
-- Speed: the rows need three ordered passes per account (previous day, running index, running peak),
-- each a sort of the asset rows, so each pass carries only the narrow columns it needs. The running peak
-- of the three windows is one pass: the rows are cut into spans at the windows' base days (span 20: from
-- base_20; span 60: base_60 up to base_20; span 250: base_250 up to base_60), the peak runs within the
-- span, and the drawdown of a window is the largest of the falls within its spans and the falls from an
-- older span's highest level to a newer span's lowest one (windows nest: 20 inside 60 inside 250).
WITH flows AS (
    SELECT customer_id, flow_date,
           SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) AS net_flow,
           SUM(CASE WHEN direction = 'IN' THEN amount ELSE 0 END) AS deposit
    FROM fund_flow
    WHERE flow_date > :base_250 AND flow_date <= :as_of AND kind NOT IN ('DIVIDEND', 'INTEREST')
    GROUP BY customer_id, flow_date
), navs AS (
    SELECT customer_id, as_of, nav,
           LAG(nav) OVER (PARTITION BY customer_id ORDER BY as_of) AS prev_nav
    FROM (
        SELECT customer_id, as_of, cash + market_value - margin_debt AS nav
        FROM daily_asset
        WHERE as_of >= :base_250 AND as_of <= :as_of
    ) AS a
), daily_returns AS (
    SELECT customer_id, as_of, r,
           CASE WHEN r IS NOT NULL THEN LN(GREATEST(1 + r, 1e-9)) END AS log_r
    FROM (
        SELECT n.customer_id, n.as_of,
               CASE WHEN n.prev_nav + COALESCE(f.deposit, 0) > 0
                    THEN CAST(n.nav - n.prev_nav - COALESCE(f.net_flow, 0) AS DOUBLE PRECISION)
                         / CAST(n.prev_nav + COALESCE(f.deposit, 0) AS DOUBLE PRECISION)
               END AS r
        FROM navs n
        LEFT JOIN flows f ON f.customer_id = n.customer_id AND f.flow_date = n.as_of
    ) AS returns
), indexed AS (
    -- log of the chained return index since the day before the longest window
    SELECT customer_id, as_of, r, log_r,
           SUM(COALESCE(log_r, 0)) OVER (PARTITION BY customer_id ORDER BY as_of ROWS UNBOUNDED PRECEDING) AS log_index,
           CASE WHEN as_of >= :base_20 THEN 20 WHEN as_of >= :base_60 THEN 60 ELSE 250 END AS span
    FROM daily_returns
), falls AS (
    -- fall of the index from its running peak within the span (the span's first day is its first peak)
    SELECT customer_id, as_of, r, log_r, log_index, span,
           MAX(log_index) OVER (PARTITION BY customer_id, span ORDER BY as_of ROWS UNBOUNDED PRECEDING) - log_index AS fall
    FROM indexed
), sums AS (
    SELECT customer_id,
           COUNT(r) FILTER (WHERE as_of >= :start_{w}) AS return_days_{w},
           SUM(log_r) FILTER (WHERE as_of >= :start_{w}) AS log_return_{w},
           STDDEV_SAMP(r) FILTER (WHERE as_of >= :start_{w}) AS volatility_{w},
           MAX(fall) FILTER (WHERE as_of >= :start_{w}) AS fall_{w},
           MAX(log_index) FILTER (WHERE span = 250) AS high_250,
           MAX(log_index) FILTER (WHERE span = 60) AS high_60,
           MIN(log_index) FILTER (WHERE span = 60) AS low_60,
           MIN(log_index) FILTER (WHERE span = 20) AS low_20,
           COUNT(*) AS return_rows
    FROM falls
    GROUP BY customer_id
)
SELECT customer_id,
       return_days_{w},
       log_return_{w},
       volatility_{w},
       1 - EXP(-fall_20) AS max_drawdown_20,
       1 - EXP(-GREATEST(fall_60, high_60 - low_20)) AS max_drawdown_60,
       1 - EXP(-GREATEST(fall_250, high_250 - low_60, GREATEST(high_250, high_60) - low_20)) AS max_drawdown_250,
       return_rows
FROM sums
