-- Assets: daily_asset rows of the longest window (from the day before it) up to the as-of date.
-- A line holding {w} is repeated for each window (20, 60, 250); :name is a parameter (IndicatorParameters).
-- Speed: the columns are summed separately and the sums added (SUM(cash) + SUM(market_value), exact in
-- DECIMAL), not the rows (SUM(cash + market_value)): adding two DECIMAL(18,2) per row needs 128-bit
-- arithmetic in DuckDB and tripled the cost of the pass. (A {w} expression must stay on one line.)
SELECT customer_id,
       SUM(cash) FILTER (WHERE as_of = :as_of) + SUM(market_value) FILTER (WHERE as_of = :as_of) AS ending_assets,
       SUM(cash) FILTER (WHERE as_of = :as_of) + SUM(market_value) FILTER (WHERE as_of = :as_of)
           - SUM(margin_debt) FILTER (WHERE as_of = :as_of) AS ending_net_assets,
       SUM(margin_debt) FILTER (WHERE as_of = :as_of) AS ending_margin_debt,
       SUM(cash) FILTER (WHERE as_of = :holding_date) + SUM(market_value) FILTER (WHERE as_of = :holding_date) AS holding_date_assets,
       COUNT(*) FILTER (WHERE as_of >= :start_{w}) AS asset_days_{w},
       SUM(cash) FILTER (WHERE as_of >= :start_{w}) + SUM(market_value) FILTER (WHERE as_of >= :start_{w}) AS sum_assets_{w},
       SUM(cash) FILTER (WHERE as_of >= :start_{w}) AS sum_cash_{w},
       SUM(market_value) FILTER (WHERE as_of >= :start_{w}) AS sum_market_value_{w},
       SUM(margin_debt) FILTER (WHERE as_of >= :start_{w}) AS sum_margin_debt_{w},
       SUM(cash) FILTER (WHERE as_of = :base_{w}) + SUM(market_value) FILTER (WHERE as_of = :base_{w}) - SUM(margin_debt) FILTER (WHERE as_of = :base_{w}) AS base_net_assets_{w},
       COUNT(*) AS asset_rows
FROM daily_asset
WHERE as_of >= :asset_from AND as_of <= :as_of
GROUP BY customer_id
