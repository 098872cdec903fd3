-- Board picks and transfer counts over the longest window, which the risk class reads (docs/indicators.md):
-- per board, the securities the client chose there (each buy, and each position already held at the
-- window's start), and how many deposits and withdrawals the client made.
ALTER TABLE customer_indicator ADD COLUMN main_picks_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN star_picks_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN chinext_picks_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN bse_picks_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN st_picks_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN etf_picks_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN product_picks_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN deposit_count_250 INTEGER;
ALTER TABLE customer_indicator ADD COLUMN withdrawal_count_250 INTEGER;
