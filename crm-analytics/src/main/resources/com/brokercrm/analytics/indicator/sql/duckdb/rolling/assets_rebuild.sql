-- Rolling assets, rebuilt: the window sums of the step's own result (assets.sql, already in ind_assets),
-- kept as the state.
CREATE OR REPLACE TABLE rolling_asset_sums AS
SELECT customer_id,
       asset_days_{w} AS days_{w}, COALESCE(sum_cash_{w}, 0) AS cash_{w}, COALESCE(sum_market_value_{w}, 0) AS market_value_{w}, COALESCE(sum_margin_debt_{w}, 0) AS margin_debt_{w},
FROM ind_assets
WHERE asset_days_250 > 0;
