-- Holdings in the latest position snapshot on or before the as-of date (:holding_date).
SELECT h.customer_id,
       COUNT(*) FILTER (WHERE h.market_value > 0) AS holding_count,
       SUM(h.market_value) AS holding_value,
       SUM(CAST(h.market_value AS DECIMAL(38, 2)) * CAST(h.market_value AS DECIMAL(38, 2))) AS holding_value_squares,
       SUM(h.market_value) FILTER (WHERE s.type IN ('STOCK', 'ETF')) AS equity_value,
       SUM(h.market_value) FILTER (WHERE s.board = 'STAR') AS star_hold_value,
       SUM(h.market_value) FILTER (WHERE s.board = 'CHINEXT') AS chinext_hold_value,
       SUM(h.market_value) FILTER (WHERE s.board = 'BSE') AS bse_hold_value,
       SUM(h.market_value) FILTER (WHERE s.is_st) AS st_hold_value,
       SUM(h.market_value) FILTER (WHERE s.type = 'ETF') AS etf_hold_value,
       SUM(h.market_value) FILTER (WHERE s.type IN ('FUND', 'BOND', 'WMP')) AS product_hold_value
FROM holding h
JOIN security s ON s.exchange = h.exchange AND s.security_code = h.security_code
WHERE h.as_of = :holding_date AND h.quantity > 0
GROUP BY h.customer_id
