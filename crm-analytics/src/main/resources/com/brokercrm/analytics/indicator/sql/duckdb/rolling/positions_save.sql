-- Rolling positions: the step's result, as positions.sql gives it, from each client's window sums. The
-- P&L is NULL for a window without a sell day, the outcome counts for a client none of whose sell days
-- found a position held at its start.
CREATE TEMPORARY VIEW ind_positions AS
SELECT customer_id,
       CASE WHEN days_{w} > 0 THEN CAST(pnl_{w} AS DOUBLE PRECISION) END AS realised_pnl_{w},
       CASE WHEN days_{w} > 0 THEN CAST(cost_{w} AS DOUBLE PRECISION) END AS realised_cost_{w},
       CASE WHEN held_rows > 0 THEN gains_{w} END AS realised_gains_{w},
       CASE WHEN held_rows > 0 THEN losses_{w} END AS realised_losses_{w},
       CASE WHEN held_rows > 0 THEN paper_gains_{w} END AS paper_gains_{w},
       CASE WHEN held_rows > 0 THEN paper_losses_{w} END AS paper_losses_{w},
       sold_rows
FROM rolling_sell_sums;
