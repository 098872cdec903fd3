-- Trades in each window, with the security's board and the price move before each buy. Trades are first
-- summed per client and day (so each row is one trading day), then per client over each window.
-- Momentum: the close of the price day before the trade against the close 20 price days before that, for
-- stocks and ETFs (LAG over the security's own price rows, so a suspension stretches the look-back).
WITH moves AS (
    SELECT exchange, security_code, trade_date,
           LAG(close, 1) OVER w AS close_before,
           LAG(close, 21) OVER w AS close_earlier
    FROM price_daily
    WHERE trade_date >= :momentum_from AND trade_date <= :as_of
    WINDOW w AS (PARTITION BY exchange, security_code ORDER BY trade_date)
), days AS (
    SELECT customer_id, trade_date FROM trade WHERE trade_date >= :start_250 AND trade_date <= :as_of GROUP BY customer_id, trade_date
), day_counts AS (
    SELECT customer_id,
           COUNT(*) FILTER (WHERE trade_date >= :start_{w}) AS trading_days_{w},
           COUNT(*) AS day_rows
    FROM days
    GROUP BY customer_id
), sums AS (
SELECT t.customer_id,
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w}) AS trade_count_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w}) AS trading_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND t.side = 'B') AS buy_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND t.side = 'S') AS sell_value_{w},
       SUM(t.commission) FILTER (WHERE t.trade_date >= :start_{w}) AS commission_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND t.exchange IN ('SH', 'SZ')) AS main_exchange_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND t.exchange = 'BJ') AS bse_exchange_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND s.board = 'STAR') AS star_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND s.board = 'CHINEXT') AS chinext_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND s.board = 'BSE') AS bse_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND s.is_st) AS st_value_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.channel = 'APP') AS app_trades_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.channel = 'WEB') AS web_trades_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.channel = 'PHONE') AS phone_trades_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.channel = 'COUNTER') AS counter_trades_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.trade_time < TIME '10:00:00') AS open_trades_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.trade_time >= TIME '10:00:00' AND t.trade_time < TIME '12:00:00') AS morning_trades_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.trade_time >= TIME '12:00:00' AND t.trade_time < TIME '14:30:00') AS afternoon_trades_{w},
       COUNT(*) FILTER (WHERE t.trade_date >= :start_{w} AND t.trade_time >= TIME '14:30:00') AS close_trades_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND t.side = 'B' AND m.close_before > m.close_earlier) AS momentum_value_{w},
       SUM(t.amount) FILTER (WHERE t.trade_date >= :start_{w} AND t.side = 'B' AND m.close_before < m.close_earlier) AS contrarian_value_{w},
       MAX(t.trade_date) AS last_trade_date
FROM trade t
JOIN security s ON s.exchange = t.exchange AND s.security_code = t.security_code
LEFT JOIN moves m ON m.exchange = t.exchange AND m.security_code = t.security_code
                 AND m.trade_date = t.trade_date AND s.type IN ('STOCK', 'ETF')
WHERE t.trade_date >= :start_250 AND t.trade_date <= :as_of
GROUP BY t.customer_id
)
SELECT s.*,
       d.trading_days_{w},
       d.day_rows
FROM sums s
JOIN day_counts d ON d.customer_id = s.customer_id
