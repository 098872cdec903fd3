-- Rolling positions, rebuilt from the replay of moves.sql (ind_moves: each move with the cumulative quantity
-- and cost bought and those figures at the last move that left the position flat): each position's state
-- after its last move (those still held), per client and sell day what positions.sql sums over the
-- windows, and per client those sums.
DELETE FROM rolling_positions;

DELETE FROM rolling_sell_days;

DELETE FROM rolling_sell_sums;

INSERT INTO rolling_positions
SELECT customer_id, exchange, security_code, held, bought_qty, bought_cost, flat_qty, flat_cost
FROM ind_moves
WHERE next_move_date IS NULL AND held <> 0;

-- as positions.sql, per client and sell day instead of per window
INSERT INTO rolling_sell_days
WITH sold AS (
    SELECT customer_id, exchange, security_code, move_date AS sell_date,
           SUM(proceeds - quantity * ref_price) AS realised_pnl,
           SUM(quantity * ref_price) AS realised_cost
    FROM ind_moves
    WHERE side = 'S' AND move_date >= :start_250 AND ref_price IS NOT NULL
    GROUP BY customer_id, exchange, security_code, move_date
), sell_days AS (
    SELECT DISTINCT customer_id, sell_date,
           EXTRACT(YEAR FROM sell_date) * 12 + EXTRACT(MONTH FROM sell_date) AS sell_month
    FROM sold
), months AS (
    SELECT DISTINCT sell_month FROM sell_days
), intervals AS (
    SELECT p.customer_id, p.exchange, p.security_code, p.move_date, p.next_move_date, p.ref_price, m.sell_month
    FROM ind_moves p
    JOIN months m ON m.sell_month >= EXTRACT(YEAR FROM p.move_date) * 12 + EXTRACT(MONTH FROM p.move_date)
                 AND (p.next_move_date IS NULL
                      OR m.sell_month <= EXTRACT(YEAR FROM p.next_move_date) * 12 + EXTRACT(MONTH FROM p.next_move_date))
    WHERE p.held > 0 AND p.ref_price IS NOT NULL
), held AS (
    SELECT d.customer_id, d.sell_date, i.exchange, i.security_code, i.ref_price
    FROM sell_days d
    JOIN intervals i ON i.customer_id = d.customer_id AND i.sell_month = d.sell_month
                    AND i.move_date < d.sell_date
                    AND (i.next_move_date IS NULL OR i.next_move_date >= d.sell_date)
), outcomes AS (
    SELECT h.customer_id, h.sell_date,
           CASE WHEN s.customer_id IS NOT NULL
                THEN CASE WHEN s.realised_pnl > 0 THEN 1 WHEN s.realised_pnl < 0 THEN 2 END
                ELSE CASE WHEN pr.close > h.ref_price THEN 3 WHEN pr.close < h.ref_price THEN 4 END
           END AS outcome
    FROM held h
    LEFT JOIN sold s ON s.customer_id = h.customer_id AND s.exchange = h.exchange
                    AND s.security_code = h.security_code AND s.sell_date = h.sell_date
    LEFT JOIN price_daily pr ON pr.exchange = h.exchange AND pr.security_code = h.security_code
                            AND pr.trade_date = h.sell_date
), day_outcomes AS (
    SELECT customer_id, sell_date,
           COUNT(*) FILTER (WHERE outcome = 1) AS realised_gains,
           COUNT(*) FILTER (WHERE outcome = 2) AS realised_losses,
           COUNT(*) FILTER (WHERE outcome = 3) AS paper_gains,
           COUNT(*) FILTER (WHERE outcome = 4) AS paper_losses,
           COUNT(*) AS held_rows
    FROM outcomes
    GROUP BY customer_id, sell_date
), day_realised AS (
    SELECT customer_id, sell_date, COUNT(*) AS sold_rows, SUM(realised_pnl) AS realised_pnl,
           SUM(realised_cost) AS realised_cost
    FROM sold
    GROUP BY customer_id, sell_date
)
SELECT r.customer_id, r.sell_date, r.sold_rows,
       CAST(r.realised_pnl AS DECIMAL(38, 12)), CAST(r.realised_cost AS DECIMAL(38, 12)),
       COALESCE(o.realised_gains, 0), COALESCE(o.realised_losses, 0), COALESCE(o.paper_gains, 0),
       COALESCE(o.paper_losses, 0), COALESCE(o.held_rows, 0)
FROM day_realised r
LEFT JOIN day_outcomes o ON o.customer_id = r.customer_id AND o.sell_date = r.sell_date
ORDER BY r.sell_date;


INSERT INTO rolling_sell_sums
SELECT customer_id,
       COUNT(*) FILTER (WHERE sell_date >= :start_{w}), COALESCE(SUM(realised_pnl) FILTER (WHERE sell_date >= :start_{w}), 0), COALESCE(SUM(realised_cost) FILTER (WHERE sell_date >= :start_{w}), 0), COALESCE(SUM(realised_gains) FILTER (WHERE sell_date >= :start_{w}), 0), COALESCE(SUM(realised_losses) FILTER (WHERE sell_date >= :start_{w}), 0), COALESCE(SUM(paper_gains) FILTER (WHERE sell_date >= :start_{w}), 0), COALESCE(SUM(paper_losses) FILTER (WHERE sell_date >= :start_{w}), 0),
       SUM(held_rows),
       SUM(sold_rows)
FROM rolling_sell_days
GROUP BY customer_id;
