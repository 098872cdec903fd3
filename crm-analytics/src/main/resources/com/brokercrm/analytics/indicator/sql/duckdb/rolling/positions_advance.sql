-- Rolling positions, advanced from the state saved for the previous trading day to the as-of date: the
-- day's trades replayed on each position's state (in time order, as moves.sql does), the day's realised
-- P&L and disposition outcomes (the positions held at the start of the day are the state's), the
-- positions' new states and the day's row of rolling_sell_days; sell days before the longest window leave.
CREATE OR REPLACE TEMPORARY TABLE roll_day_moves AS
WITH day_trades AS (
    SELECT customer_id, exchange, security_code, trade_time, trade_id, side, quantity,
           CASE WHEN side = 'B' THEN amount + commission + stamp_duty + transfer_fee ELSE 0 END AS buy_cost,
           CASE WHEN side = 'S' THEN amount - commission - stamp_duty - transfer_fee ELSE 0 END AS proceeds
    FROM trade
    WHERE trade_date = :as_of
), running AS (
    SELECT t.customer_id, t.exchange, t.security_code, t.trade_time, t.trade_id, t.side, t.quantity, t.proceeds,
           COALESCE(p.held, 0) + SUM(CASE WHEN t.side = 'S' THEN -t.quantity ELSE t.quantity END) OVER w AS held,
           COALESCE(p.bought_qty, 0) + SUM(CASE WHEN t.side = 'B' THEN t.quantity ELSE 0 END) OVER w AS bought_qty,
           COALESCE(p.bought_cost, 0) + SUM(t.buy_cost) OVER w AS bought_cost,
           p.flat_qty AS state_flat_qty,
           p.flat_cost AS state_flat_cost
    FROM day_trades t
    LEFT JOIN rolling_positions p ON p.customer_id = t.customer_id AND p.exchange = t.exchange
                                 AND p.security_code = t.security_code
    WINDOW w AS (PARTITION BY t.customer_id, t.exchange, t.security_code ORDER BY t.trade_time, t.trade_id
                 ROWS UNBOUNDED PRECEDING)
), flats AS (
    SELECT *,
           COALESCE(MAX(CASE WHEN held <= 0 THEN bought_qty END) OVER earlier, state_flat_qty) AS flat_qty_before,
           COALESCE(MAX(CASE WHEN held <= 0 THEN bought_cost END) OVER earlier, state_flat_cost) AS flat_cost_before,
           COALESCE(MAX(CASE WHEN held <= 0 THEN bought_qty END) OVER upto, state_flat_qty) AS flat_qty,
           COALESCE(MAX(CASE WHEN held <= 0 THEN bought_cost END) OVER upto, state_flat_cost) AS flat_cost,
           ROW_NUMBER() OVER (PARTITION BY customer_id, exchange, security_code ORDER BY trade_time DESC, trade_id DESC) = 1 AS is_last
    FROM running
    WINDOW earlier AS (PARTITION BY customer_id, exchange, security_code ORDER BY trade_time, trade_id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
           upto AS (PARTITION BY customer_id, exchange, security_code ORDER BY trade_time, trade_id
                    ROWS UNBOUNDED PRECEDING)
)
SELECT customer_id, exchange, security_code, side, quantity, proceeds, held, bought_qty, bought_cost,
       flat_qty, flat_cost, is_last,
       CASE WHEN bought_qty - COALESCE(flat_qty_before, 0) > 0
            THEN CAST(bought_cost - COALESCE(flat_cost_before, 0) AS DOUBLE PRECISION)
                 / CAST(bought_qty - COALESCE(flat_qty_before, 0) AS DOUBLE PRECISION)
       END AS ref_price
FROM flats;

CREATE OR REPLACE TEMPORARY TABLE roll_sell_day AS
WITH sold AS (
    SELECT customer_id, exchange, security_code,
           SUM(proceeds - quantity * ref_price) AS realised_pnl,
           SUM(quantity * ref_price) AS realised_cost
    FROM roll_day_moves
    WHERE side = 'S' AND ref_price IS NOT NULL
    GROUP BY customer_id, exchange, security_code
), held AS (
    -- the positions held at the start of the day by the clients who sold: the state's
    SELECT p.customer_id, p.exchange, p.security_code,
           CAST(p.bought_cost - COALESCE(p.flat_cost, 0) AS DOUBLE PRECISION)
               / CAST(p.bought_qty - COALESCE(p.flat_qty, 0) AS DOUBLE PRECISION) AS ref_price
    FROM rolling_positions p
    WHERE p.held > 0 AND p.bought_qty - COALESCE(p.flat_qty, 0) > 0
      AND p.customer_id IN (SELECT customer_id FROM sold)
), outcomes AS (
    SELECT h.customer_id,
@include sell_outcome
    FROM held h
    LEFT JOIN sold s ON s.customer_id = h.customer_id AND s.exchange = h.exchange
                    AND s.security_code = h.security_code
    LEFT JOIN price_daily pr ON pr.exchange = h.exchange AND pr.security_code = h.security_code
                            AND pr.trade_date = :as_of
), day_outcomes AS (
    SELECT customer_id,
@include outcome_counts
    FROM outcomes
    GROUP BY customer_id
), day_realised AS (
    SELECT customer_id, COUNT(*) AS sold_rows, SUM(realised_pnl) AS realised_pnl, SUM(realised_cost) AS realised_cost
    FROM sold
    GROUP BY customer_id
)
SELECT r.customer_id, :as_of AS sell_date, r.sold_rows,
       CAST(r.realised_pnl AS DECIMAL(38, 12)) AS realised_pnl, CAST(r.realised_cost AS DECIMAL(38, 12)) AS realised_cost,
       COALESCE(o.realised_gains, 0) AS realised_gains, COALESCE(o.realised_losses, 0) AS realised_losses,
       COALESCE(o.paper_gains, 0) AS paper_gains, COALESCE(o.paper_losses, 0) AS paper_losses,
       COALESCE(o.held_rows, 0) AS held_rows
FROM day_realised r
LEFT JOIN day_outcomes o ON o.customer_id = r.customer_id;

DELETE FROM rolling_positions
USING roll_day_moves m
WHERE m.customer_id = rolling_positions.customer_id AND m.exchange = rolling_positions.exchange
  AND m.security_code = rolling_positions.security_code;

INSERT INTO rolling_positions
SELECT customer_id, exchange, security_code, held, bought_qty, bought_cost, flat_qty, flat_cost
FROM roll_day_moves
WHERE is_last AND held <> 0;

-- the window sums of the clients they change: the day in, the sell days before each window's new start out
CREATE OR REPLACE TEMPORARY TABLE roll_sell_sums AS
WITH leaving AS (
    SELECT customer_id, {w} AS w, sell_date, sold_rows, realised_pnl, realised_cost, realised_gains, realised_losses, paper_gains, paper_losses, held_rows FROM rolling_sell_days WHERE sell_date >= :base_{w} AND sell_date < :start_{w} UNION ALL
    SELECT customer_id, 0, sell_date, sold_rows, realised_pnl, realised_cost, realised_gains, realised_losses, paper_gains, paper_losses, held_rows FROM rolling_sell_days WHERE FALSE
), out_of AS (
    SELECT customer_id,
           COUNT(*) FILTER (WHERE w = {w}) AS days_{w}, COALESCE(SUM(realised_pnl) FILTER (WHERE w = {w}), 0) AS pnl_{w}, COALESCE(SUM(realised_cost) FILTER (WHERE w = {w}), 0) AS cost_{w}, COALESCE(SUM(realised_gains) FILTER (WHERE w = {w}), 0) AS gains_{w}, COALESCE(SUM(realised_losses) FILTER (WHERE w = {w}), 0) AS losses_{w}, COALESCE(SUM(paper_gains) FILTER (WHERE w = {w}), 0) AS paper_gains_{w}, COALESCE(SUM(paper_losses) FILTER (WHERE w = {w}), 0) AS paper_losses_{w},
           COALESCE(SUM(held_rows) FILTER (WHERE w = 250), 0) AS held_rows,
           COALESCE(SUM(sold_rows) FILTER (WHERE w = 250), 0) AS sold_rows
    FROM leaving
    GROUP BY customer_id
)
SELECT c.customer_id,
       COALESCE(s.days_{w}, 0) + CASE WHEN d.customer_id IS NULL THEN 0 ELSE 1 END - COALESCE(x.days_{w}, 0) AS days_{w}, COALESCE(s.pnl_{w}, 0) + COALESCE(d.realised_pnl, 0) - COALESCE(x.pnl_{w}, 0) AS pnl_{w}, COALESCE(s.cost_{w}, 0) + COALESCE(d.realised_cost, 0) - COALESCE(x.cost_{w}, 0) AS cost_{w}, COALESCE(s.gains_{w}, 0) + COALESCE(d.realised_gains, 0) - COALESCE(x.gains_{w}, 0) AS gains_{w}, COALESCE(s.losses_{w}, 0) + COALESCE(d.realised_losses, 0) - COALESCE(x.losses_{w}, 0) AS losses_{w}, COALESCE(s.paper_gains_{w}, 0) + COALESCE(d.paper_gains, 0) - COALESCE(x.paper_gains_{w}, 0) AS paper_gains_{w}, COALESCE(s.paper_losses_{w}, 0) + COALESCE(d.paper_losses, 0) - COALESCE(x.paper_losses_{w}, 0) AS paper_losses_{w},
       COALESCE(s.held_rows, 0) + COALESCE(d.held_rows, 0) - COALESCE(x.held_rows, 0) AS held_rows,
       COALESCE(s.sold_rows, 0) + COALESCE(d.sold_rows, 0) - COALESCE(x.sold_rows, 0) AS sold_rows
FROM (SELECT customer_id FROM roll_sell_day UNION SELECT customer_id FROM out_of) c
LEFT JOIN rolling_sell_sums s ON s.customer_id = c.customer_id
LEFT JOIN roll_sell_day d ON d.customer_id = c.customer_id
LEFT JOIN out_of x ON x.customer_id = c.customer_id;

-- only the clients who sold on the day or whose sell days left a window change
DELETE FROM rolling_sell_sums WHERE customer_id IN (SELECT customer_id FROM roll_sell_sums);

INSERT INTO rolling_sell_sums
SELECT * FROM roll_sell_sums WHERE days_250 > 0;

DROP TABLE roll_sell_sums;

DELETE FROM rolling_sell_days WHERE sell_date < :start_250;

INSERT INTO rolling_sell_days
SELECT customer_id, sell_date, sold_rows, realised_pnl, realised_cost, realised_gains, realised_losses,
       paper_gains, paper_losses, held_rows
FROM roll_sell_day;

DROP TABLE roll_day_moves;

DROP TABLE roll_sell_day;
