-- DuckDB only. The trades step's saved sums (rolling_trade_sums) now carry the buys per board that the board
-- picks (V16) count. A state saved before lacks those columns, so it is dropped with its watermark: the next
-- score run rebuilds it from the trades.
DROP TABLE IF EXISTS rolling_trade_sums;
DELETE FROM rolling_state WHERE step = 'trades';
