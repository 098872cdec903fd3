-- Trades in each window, with the security's board and the price move before each buy.
-- Speed: each trade is summed once, per client and span (span 20: the 20-day window; span 60: the rest of the
-- 60-day window; span 250: the rest of the longest), then the spans per client into each window (windows
-- nest: 20 inside 60 inside 250), rather than every trade into every window. Trading days: the client's
-- distinct trade dates (a GROUP BY of their own, a little cheaper than COUNT(DISTINCT) per span).
-- Momentum: the close of the price day before the trade against the close 20 price days before that, for
-- stocks and ETFs (LAG over the security's own price rows, all of them up to the as-of date, so a suspension
-- stretches the look-back and a buy's move depends on its date only, not on the run's).
WITH moves AS (
@include price_moves
), days AS (
    SELECT customer_id, trade_date FROM trade WHERE trade_date >= :start_250 AND trade_date <= :as_of GROUP BY customer_id, trade_date
), day_counts AS (
    SELECT customer_id,
           COUNT(*) FILTER (WHERE trade_date >= :start_{w}) AS trading_days_{w},
           COUNT(*) AS day_rows
    FROM days
    GROUP BY customer_id
), spans AS (
    SELECT t.customer_id,
           CASE WHEN t.trade_date >= :start_20 THEN 20 WHEN t.trade_date >= :start_60 THEN 60 ELSE 250 END AS span,
           MAX(t.trade_date) AS last_trade_date,
           COUNT(*) AS trade_count,
@include trade_sums
    FROM trade t
    JOIN security s ON s.exchange = t.exchange AND s.security_code = t.security_code
    LEFT JOIN moves m ON m.exchange = t.exchange AND m.security_code = t.security_code
                     AND m.trade_date = t.trade_date AND s.type IN ('STOCK', 'ETF')
    WHERE t.trade_date >= :start_250 AND t.trade_date <= :as_of
    GROUP BY t.customer_id, CASE WHEN t.trade_date >= :start_20 THEN 20 WHEN t.trade_date >= :start_60 THEN 60 ELSE 250 END
), sums AS (
SELECT customer_id,
       CAST(COALESCE(SUM(trade_count) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS trade_count_{w},
       SUM(trading_value) FILTER (WHERE span <= {w}) AS trading_value_{w},
       SUM(buy_value) FILTER (WHERE span <= {w}) AS buy_value_{w},
       SUM(sell_value) FILTER (WHERE span <= {w}) AS sell_value_{w},
       SUM(commission) FILTER (WHERE span <= {w}) AS commission_{w},
       SUM(main_exchange_value) FILTER (WHERE span <= {w}) AS main_exchange_value_{w},
       SUM(bse_exchange_value) FILTER (WHERE span <= {w}) AS bse_exchange_value_{w},
       SUM(star_value) FILTER (WHERE span <= {w}) AS star_value_{w},
       SUM(chinext_value) FILTER (WHERE span <= {w}) AS chinext_value_{w},
       SUM(bse_value) FILTER (WHERE span <= {w}) AS bse_value_{w},
       SUM(st_value) FILTER (WHERE span <= {w}) AS st_value_{w},
       SUM(etf_value) FILTER (WHERE span <= {w}) AS etf_value_{w},
       SUM(product_value) FILTER (WHERE span <= {w}) AS product_value_{w},
       CAST(COALESCE(SUM(app_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS app_trades_{w},
       CAST(COALESCE(SUM(web_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS web_trades_{w},
       CAST(COALESCE(SUM(phone_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS phone_trades_{w},
       CAST(COALESCE(SUM(counter_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS counter_trades_{w},
       CAST(COALESCE(SUM(open_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS open_trades_{w},
       CAST(COALESCE(SUM(morning_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS morning_trades_{w},
       CAST(COALESCE(SUM(afternoon_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS afternoon_trades_{w},
       CAST(COALESCE(SUM(close_trades) FILTER (WHERE span <= {w}), 0) AS BIGINT) AS close_trades_{w},
       SUM(momentum_value) FILTER (WHERE span <= {w}) AS momentum_value_{w},
       SUM(contrarian_value) FILTER (WHERE span <= {w}) AS contrarian_value_{w},
       CAST(COALESCE(SUM(main_buys), 0) AS BIGINT) AS main_buys_250,
       CAST(COALESCE(SUM(star_buys), 0) AS BIGINT) AS star_buys_250,
       CAST(COALESCE(SUM(chinext_buys), 0) AS BIGINT) AS chinext_buys_250,
       CAST(COALESCE(SUM(bse_buys), 0) AS BIGINT) AS bse_buys_250,
       CAST(COALESCE(SUM(st_buys), 0) AS BIGINT) AS st_buys_250,
       CAST(COALESCE(SUM(etf_buys), 0) AS BIGINT) AS etf_buys_250,
       CAST(COALESCE(SUM(product_buys), 0) AS BIGINT) AS product_buys_250,
       MAX(last_trade_date) AS last_trade_date
FROM spans
GROUP BY customer_id
)
SELECT s.*,
       d.trading_days_{w},
       d.day_rows
FROM sums s
JOIN day_counts d ON d.customer_id = s.customer_id
