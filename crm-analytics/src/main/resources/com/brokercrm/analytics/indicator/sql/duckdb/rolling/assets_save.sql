-- Rolling assets: the step's result as assets.sql gives it, from the window sums and the rows of the single
-- days it reads (the as-of date, the position snapshot date, each window's base day) and of the days before
-- the longest window that its row count includes (from :asset_from), all in roll_asset_rows.
CREATE TEMPORARY TABLE ind_assets AS
WITH point_sums AS (
    SELECT customer_id,
           SUM(cash) FILTER (WHERE as_of = :as_of) + SUM(market_value) FILTER (WHERE as_of = :as_of) AS ending_assets,
           SUM(cash) FILTER (WHERE as_of = :as_of) + SUM(market_value) FILTER (WHERE as_of = :as_of) - SUM(margin_debt) FILTER (WHERE as_of = :as_of) AS ending_net_assets,
           SUM(margin_debt) FILTER (WHERE as_of = :as_of) AS ending_margin_debt,
           SUM(cash) FILTER (WHERE as_of = :holding_date) + SUM(market_value) FILTER (WHERE as_of = :holding_date) AS holding_date_assets,
           SUM(cash) FILTER (WHERE as_of = :base_{w}) + SUM(market_value) FILTER (WHERE as_of = :base_{w}) - SUM(margin_debt) FILTER (WHERE as_of = :base_{w}) AS base_net_assets_{w},
           COUNT(*) FILTER (WHERE as_of >= :asset_from AND as_of < :start_250) AS before_rows
    FROM roll_asset_rows
    GROUP BY customer_id
)
SELECT COALESCE(s.customer_id, p.customer_id) AS customer_id,
       p.ending_assets, p.ending_net_assets, p.ending_margin_debt, p.holding_date_assets,
       COALESCE(s.days_{w}, 0) AS asset_days_{w}, CASE WHEN s.days_{w} > 0 THEN s.cash_{w} + s.market_value_{w} END AS sum_assets_{w}, CASE WHEN s.days_{w} > 0 THEN s.cash_{w} END AS sum_cash_{w}, CASE WHEN s.days_{w} > 0 THEN s.market_value_{w} END AS sum_market_value_{w}, CASE WHEN s.days_{w} > 0 THEN s.margin_debt_{w} END AS sum_margin_debt_{w}, p.base_net_assets_{w},
       COALESCE(s.days_250, 0) + COALESCE(p.before_rows, 0) AS asset_rows
FROM rolling_asset_sums s
FULL JOIN point_sums p ON p.customer_id = s.customer_id;

DROP TABLE roll_asset_rows;
