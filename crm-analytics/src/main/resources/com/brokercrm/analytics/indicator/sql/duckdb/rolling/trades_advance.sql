-- Rolling trades, advanced from the sums saved for the previous trading day to the as-of date: each
-- client's window sums (as trades.sql gives them) plus the day's trades, less the trades of the days before
-- each window's new start, per client. A buy's price move (momentum or contrarian) depends on its own date
-- only, so a day's trades weigh the same coming in and, 20, 60 or 250 days later, going out.
CREATE OR REPLACE TEMPORARY TABLE roll_trade_days AS
WITH price_moves AS (
@include price_moves
), moves AS (
    SELECT * FROM price_moves
    WHERE trade_date = :as_of
       OR trade_date >= :base_{w} AND trade_date < :start_{w}
), tagged AS (
    -- the trades are stored in import order, not by date: the days this reads are taken in one pass
    SELECT CASE WHEN trade_date = :as_of THEN 0
                WHEN trade_date >= :base_{w} AND trade_date < :start_{w} THEN {w}
           END AS w,
           customer_id, trade_date, trade_time, exchange, security_code, side, amount, commission, channel
    FROM trade
    WHERE trade_date = :as_of
       OR trade_date >= :base_{w} AND trade_date < :start_{w}
)
SELECT t.customer_id, t.w,
       COUNT(*) AS trade_count,
       COUNT(DISTINCT t.trade_date) AS trading_days,
@include trade_sums
FROM tagged t
JOIN security s ON s.exchange = t.exchange AND s.security_code = t.security_code
LEFT JOIN moves m ON m.exchange = t.exchange AND m.security_code = t.security_code
                 AND m.trade_date = t.trade_date AND s.type IN ('STOCK', 'ETF')
GROUP BY t.customer_id, t.w;

CREATE OR REPLACE TEMPORARY TABLE roll_trade_next AS
WITH day AS (
    SELECT * FROM roll_trade_days WHERE w = 0
), leaving AS (
    SELECT customer_id,
           COALESCE(SUM(trade_count) FILTER (WHERE w = {w}), 0) AS trade_count_{w},
           COALESCE(SUM(trading_days) FILTER (WHERE w = {w}), 0) AS trading_days_{w},
           COALESCE(SUM(trading_value) FILTER (WHERE w = {w}), 0) AS trading_value_{w},
           COALESCE(SUM(buy_value) FILTER (WHERE w = {w}), 0) AS buy_value_{w},
           COALESCE(SUM(sell_value) FILTER (WHERE w = {w}), 0) AS sell_value_{w},
           COALESCE(SUM(commission) FILTER (WHERE w = {w}), 0) AS commission_{w},
           COALESCE(SUM(main_exchange_value) FILTER (WHERE w = {w}), 0) AS main_exchange_value_{w},
           COALESCE(SUM(bse_exchange_value) FILTER (WHERE w = {w}), 0) AS bse_exchange_value_{w},
           COALESCE(SUM(star_value) FILTER (WHERE w = {w}), 0) AS star_value_{w},
           COALESCE(SUM(chinext_value) FILTER (WHERE w = {w}), 0) AS chinext_value_{w},
           COALESCE(SUM(bse_value) FILTER (WHERE w = {w}), 0) AS bse_value_{w},
           COALESCE(SUM(st_value) FILTER (WHERE w = {w}), 0) AS st_value_{w},
           COALESCE(SUM(etf_value) FILTER (WHERE w = {w}), 0) AS etf_value_{w},
           COALESCE(SUM(product_value) FILTER (WHERE w = {w}), 0) AS product_value_{w},
           COALESCE(SUM(app_trades) FILTER (WHERE w = {w}), 0) AS app_trades_{w},
           COALESCE(SUM(web_trades) FILTER (WHERE w = {w}), 0) AS web_trades_{w},
           COALESCE(SUM(phone_trades) FILTER (WHERE w = {w}), 0) AS phone_trades_{w},
           COALESCE(SUM(counter_trades) FILTER (WHERE w = {w}), 0) AS counter_trades_{w},
           COALESCE(SUM(open_trades) FILTER (WHERE w = {w}), 0) AS open_trades_{w},
           COALESCE(SUM(morning_trades) FILTER (WHERE w = {w}), 0) AS morning_trades_{w},
           COALESCE(SUM(afternoon_trades) FILTER (WHERE w = {w}), 0) AS afternoon_trades_{w},
           COALESCE(SUM(close_trades) FILTER (WHERE w = {w}), 0) AS close_trades_{w},
           COALESCE(SUM(momentum_value) FILTER (WHERE w = {w}), 0) AS momentum_value_{w},
           COALESCE(SUM(contrarian_value) FILTER (WHERE w = {w}), 0) AS contrarian_value_{w},
           COALESCE(SUM(main_buys) FILTER (WHERE w = 250), 0) AS main_buys_250,
           COALESCE(SUM(star_buys) FILTER (WHERE w = 250), 0) AS star_buys_250,
           COALESCE(SUM(chinext_buys) FILTER (WHERE w = 250), 0) AS chinext_buys_250,
           COALESCE(SUM(bse_buys) FILTER (WHERE w = 250), 0) AS bse_buys_250,
           COALESCE(SUM(st_buys) FILTER (WHERE w = 250), 0) AS st_buys_250,
           COALESCE(SUM(etf_buys) FILTER (WHERE w = 250), 0) AS etf_buys_250,
           COALESCE(SUM(product_buys) FILTER (WHERE w = 250), 0) AS product_buys_250,
    FROM roll_trade_days
    WHERE w > 0
    GROUP BY customer_id
)
SELECT COALESCE(s.customer_id, d.customer_id) AS customer_id,
       COALESCE(s.trade_count_{w}, 0) + COALESCE(d.trade_count, 0) - COALESCE(x.trade_count_{w}, 0) AS trade_count_{w},
       COALESCE(s.trading_days_{w}, 0) + COALESCE(d.trading_days, 0) - COALESCE(x.trading_days_{w}, 0) AS trading_days_{w},
       COALESCE(s.trading_value_{w}, 0) + COALESCE(d.trading_value, 0) - COALESCE(x.trading_value_{w}, 0) AS trading_value_{w},
       COALESCE(s.buy_value_{w}, 0) + COALESCE(d.buy_value, 0) - COALESCE(x.buy_value_{w}, 0) AS buy_value_{w},
       COALESCE(s.sell_value_{w}, 0) + COALESCE(d.sell_value, 0) - COALESCE(x.sell_value_{w}, 0) AS sell_value_{w},
       COALESCE(s.commission_{w}, 0) + COALESCE(d.commission, 0) - COALESCE(x.commission_{w}, 0) AS commission_{w},
       COALESCE(s.main_exchange_value_{w}, 0) + COALESCE(d.main_exchange_value, 0) - COALESCE(x.main_exchange_value_{w}, 0) AS main_exchange_value_{w},
       COALESCE(s.bse_exchange_value_{w}, 0) + COALESCE(d.bse_exchange_value, 0) - COALESCE(x.bse_exchange_value_{w}, 0) AS bse_exchange_value_{w},
       COALESCE(s.star_value_{w}, 0) + COALESCE(d.star_value, 0) - COALESCE(x.star_value_{w}, 0) AS star_value_{w},
       COALESCE(s.chinext_value_{w}, 0) + COALESCE(d.chinext_value, 0) - COALESCE(x.chinext_value_{w}, 0) AS chinext_value_{w},
       COALESCE(s.bse_value_{w}, 0) + COALESCE(d.bse_value, 0) - COALESCE(x.bse_value_{w}, 0) AS bse_value_{w},
       COALESCE(s.st_value_{w}, 0) + COALESCE(d.st_value, 0) - COALESCE(x.st_value_{w}, 0) AS st_value_{w},
       COALESCE(s.etf_value_{w}, 0) + COALESCE(d.etf_value, 0) - COALESCE(x.etf_value_{w}, 0) AS etf_value_{w},
       COALESCE(s.product_value_{w}, 0) + COALESCE(d.product_value, 0) - COALESCE(x.product_value_{w}, 0) AS product_value_{w},
       COALESCE(s.app_trades_{w}, 0) + COALESCE(d.app_trades, 0) - COALESCE(x.app_trades_{w}, 0) AS app_trades_{w},
       COALESCE(s.web_trades_{w}, 0) + COALESCE(d.web_trades, 0) - COALESCE(x.web_trades_{w}, 0) AS web_trades_{w},
       COALESCE(s.phone_trades_{w}, 0) + COALESCE(d.phone_trades, 0) - COALESCE(x.phone_trades_{w}, 0) AS phone_trades_{w},
       COALESCE(s.counter_trades_{w}, 0) + COALESCE(d.counter_trades, 0) - COALESCE(x.counter_trades_{w}, 0) AS counter_trades_{w},
       COALESCE(s.open_trades_{w}, 0) + COALESCE(d.open_trades, 0) - COALESCE(x.open_trades_{w}, 0) AS open_trades_{w},
       COALESCE(s.morning_trades_{w}, 0) + COALESCE(d.morning_trades, 0) - COALESCE(x.morning_trades_{w}, 0) AS morning_trades_{w},
       COALESCE(s.afternoon_trades_{w}, 0) + COALESCE(d.afternoon_trades, 0) - COALESCE(x.afternoon_trades_{w}, 0) AS afternoon_trades_{w},
       COALESCE(s.close_trades_{w}, 0) + COALESCE(d.close_trades, 0) - COALESCE(x.close_trades_{w}, 0) AS close_trades_{w},
       COALESCE(s.momentum_value_{w}, 0) + COALESCE(d.momentum_value, 0) - COALESCE(x.momentum_value_{w}, 0) AS momentum_value_{w},
       COALESCE(s.contrarian_value_{w}, 0) + COALESCE(d.contrarian_value, 0) - COALESCE(x.contrarian_value_{w}, 0) AS contrarian_value_{w},
       COALESCE(s.main_buys_250, 0) + COALESCE(d.main_buys, 0) - COALESCE(x.main_buys_250, 0) AS main_buys_250,
       COALESCE(s.star_buys_250, 0) + COALESCE(d.star_buys, 0) - COALESCE(x.star_buys_250, 0) AS star_buys_250,
       COALESCE(s.chinext_buys_250, 0) + COALESCE(d.chinext_buys, 0) - COALESCE(x.chinext_buys_250, 0) AS chinext_buys_250,
       COALESCE(s.bse_buys_250, 0) + COALESCE(d.bse_buys, 0) - COALESCE(x.bse_buys_250, 0) AS bse_buys_250,
       COALESCE(s.st_buys_250, 0) + COALESCE(d.st_buys, 0) - COALESCE(x.st_buys_250, 0) AS st_buys_250,
       COALESCE(s.etf_buys_250, 0) + COALESCE(d.etf_buys, 0) - COALESCE(x.etf_buys_250, 0) AS etf_buys_250,
       COALESCE(s.product_buys_250, 0) + COALESCE(d.product_buys, 0) - COALESCE(x.product_buys_250, 0) AS product_buys_250,
       CASE WHEN d.customer_id IS NOT NULL THEN :as_of ELSE s.last_trade_date END AS last_trade_date
FROM (SELECT * FROM rolling_trade_sums WHERE customer_id IN (SELECT customer_id FROM roll_trade_days)) s
FULL JOIN day d ON d.customer_id = s.customer_id
LEFT JOIN leaving x ON x.customer_id = COALESCE(s.customer_id, d.customer_id);

-- only the clients who traded on the day or whose trades left a window change
DELETE FROM rolling_trade_sums WHERE customer_id IN (SELECT customer_id FROM roll_trade_next);

INSERT INTO rolling_trade_sums BY NAME
SELECT *, trading_days_250 AS day_rows FROM roll_trade_next WHERE trade_count_250 > 0;

DROP TABLE roll_trade_days;

DROP TABLE roll_trade_next;
