-- Assets: daily_asset rows of the longest window (from the day before it) up to the as-of date.
-- A line holding {w} is repeated for each window (20, 60, 250); :name is a parameter (IndicatorParameters).
-- Speed: each row is summed once, per client, span and marker of the single days read (as-of date, position
-- snapshot date, each window's base day), then the few span rows per client into every window, as in
-- trades.sql (span 20: the 20-day window; 60: the rest of the 60-day one; 250: the rest of the longest; 999:
-- the base day before it). Filtering every row into all twenty sums cost 5.9 s against 2.2 s at 200,000
-- clients. Cash, market value and debt are summed separately and the sums added (exact in DECIMAL): adding
-- two DECIMAL(18,2) per row needs 128-bit arithmetic in DuckDB and tripled the cost of the pass.
WITH spans AS (
    SELECT customer_id,
           CASE WHEN as_of >= :start_20 THEN 20 WHEN as_of >= :start_60 THEN 60 WHEN as_of >= :start_250 THEN 250 ELSE 999 END AS span,
           as_of = :as_of AS is_end,
           as_of = :holding_date AS is_holding,
           as_of = :base_{w} AS is_base_{w},
           COUNT(*) AS days,
           SUM(cash) AS cash,
           SUM(market_value) AS market_value,
           SUM(margin_debt) AS margin_debt
    FROM daily_asset
    WHERE as_of >= :asset_from AND as_of <= :as_of
    GROUP BY customer_id, span, is_end, is_holding, is_base_20, is_base_60, is_base_250
)
SELECT customer_id,
       SUM(cash) FILTER (WHERE is_end) + SUM(market_value) FILTER (WHERE is_end) AS ending_assets,
       SUM(cash) FILTER (WHERE is_end) + SUM(market_value) FILTER (WHERE is_end) - SUM(margin_debt) FILTER (WHERE is_end) AS ending_net_assets,
       SUM(margin_debt) FILTER (WHERE is_end) AS ending_margin_debt,
       SUM(cash) FILTER (WHERE is_holding) + SUM(market_value) FILTER (WHERE is_holding) AS holding_date_assets,
       CAST(COALESCE(SUM(days) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS asset_days_{w},
       SUM(cash) FILTER (WHERE span <= {w}) + SUM(market_value) FILTER (WHERE span <= {w}) AS sum_assets_{w},
       SUM(cash) FILTER (WHERE span <= {w}) AS sum_cash_{w},
       SUM(market_value) FILTER (WHERE span <= {w}) AS sum_market_value_{w},
       SUM(margin_debt) FILTER (WHERE span <= {w}) AS sum_margin_debt_{w},
       SUM(cash) FILTER (WHERE is_base_{w}) + SUM(market_value) FILTER (WHERE is_base_{w}) - SUM(margin_debt) FILTER (WHERE is_base_{w}) AS base_net_assets_{w},
       CAST(SUM(days) AS BIGINT) AS asset_rows
FROM spans
GROUP BY customer_id
