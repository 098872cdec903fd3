-- Rolling assets, rebuilt: each client's asset days, cash, market value and margin debt summed per window,
-- from the fact table.
CREATE OR REPLACE TABLE rolling_asset_sums AS
SELECT customer_id,
       COUNT(*) FILTER (WHERE as_of >= :start_{w}) AS days_{w}, COALESCE(SUM(cash) FILTER (WHERE as_of >= :start_{w}), 0) AS cash_{w}, COALESCE(SUM(market_value) FILTER (WHERE as_of >= :start_{w}), 0) AS market_value_{w}, COALESCE(SUM(margin_debt) FILTER (WHERE as_of >= :start_{w}), 0) AS margin_debt_{w},
FROM daily_asset
WHERE as_of >= :start_250 AND as_of <= :as_of
GROUP BY customer_id;
