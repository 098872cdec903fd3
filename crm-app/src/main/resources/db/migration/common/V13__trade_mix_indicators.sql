-- Two trading-mix indicators per window the risk model reads: ETFs' and over-the-counter products' (funds,
-- bonds, wealth-management products) shares of trading value. docs/indicators.md defines them.
ALTER TABLE customer_indicator ADD COLUMN etf_trade_share_20 DOUBLE PRECISION;
ALTER TABLE customer_indicator ADD COLUMN etf_trade_share_60 DOUBLE PRECISION;
ALTER TABLE customer_indicator ADD COLUMN etf_trade_share_250 DOUBLE PRECISION;
ALTER TABLE customer_indicator ADD COLUMN product_trade_share_20 DOUBLE PRECISION;
ALTER TABLE customer_indicator ADD COLUMN product_trade_share_60 DOUBLE PRECISION;
ALTER TABLE customer_indicator ADD COLUMN product_trade_share_250 DOUBLE PRECISION;
