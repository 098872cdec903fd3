-- Two holding-mix indicators the risk and value models read: ETFs' and over-the-counter products' (funds,
-- bonds, wealth-management products) shares of the latest position snapshot's market value. New indicator
-- columns go last, in catalogue order (IndicatorCatalogue). docs/indicators.md defines them.
ALTER TABLE customer_indicator ADD COLUMN etf_hold_share DOUBLE PRECISION;
ALTER TABLE customer_indicator ADD COLUMN product_hold_share DOUBLE PRECISION;
