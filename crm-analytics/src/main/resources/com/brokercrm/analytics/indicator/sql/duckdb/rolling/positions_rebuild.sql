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
WITH
@include sell_outcomes
, day_outcomes AS (
    SELECT customer_id, sell_date,
@include outcome_counts
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
