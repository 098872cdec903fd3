-- Holdings in the latest position snapshot on or before the as-of date (:holding_date), and per board the
-- positions held at the longest window's start (the latest snapshot on or before the window's base day,
-- :replay_date), which the board picks count with the window's buys. Boards as in trade_sums.sql: ST, ETF,
-- product (fund, bond, WMP), else the stock's board.
WITH latest AS (
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
), carried AS (
    SELECT h.customer_id,
           COUNT(*) FILTER (WHERE NOT s.is_st AND s.type = 'STOCK' AND s.board = 'MAIN') AS main_carried,
           COUNT(*) FILTER (WHERE NOT s.is_st AND s.type = 'STOCK' AND s.board = 'STAR') AS star_carried,
           COUNT(*) FILTER (WHERE NOT s.is_st AND s.type = 'STOCK' AND s.board = 'CHINEXT') AS chinext_carried,
           COUNT(*) FILTER (WHERE NOT s.is_st AND s.type = 'STOCK' AND s.board = 'BSE') AS bse_carried,
           COUNT(*) FILTER (WHERE s.is_st) AS st_carried,
           COUNT(*) FILTER (WHERE NOT s.is_st AND s.type = 'ETF') AS etf_carried,
           COUNT(*) FILTER (WHERE NOT s.is_st AND s.type IN ('FUND', 'BOND', 'WMP')) AS product_carried
    FROM holding h
    JOIN security s ON s.exchange = h.exchange AND s.security_code = h.security_code
    WHERE h.as_of = :replay_date AND h.quantity > 0
    GROUP BY h.customer_id
)
SELECT COALESCE(l.customer_id, c.customer_id) AS customer_id,
       l.holding_count, l.holding_value, l.holding_value_squares, l.equity_value,
       l.star_hold_value, l.chinext_hold_value, l.bse_hold_value, l.st_hold_value, l.etf_hold_value,
       l.product_hold_value,
       c.main_carried, c.star_carried, c.chinext_carried, c.bse_carried, c.st_carried, c.etf_carried,
       c.product_carried
FROM latest l
FULL JOIN carried c ON c.customer_id = l.customer_id
