-- Realised P&L and the disposition effect from the replayed positions (ind_moves, see moves.sql).
-- Disposition (Odean 1998): on each day a client sells, every position held at the start of the day counts
-- once: as a realised gain or loss when sold that day (proceeds against the reference price), otherwise as
-- a paper gain or loss (the day's close against the reference price).
WITH
@include sell_outcomes
, tallies AS (
    -- span as in trades.sql (20: the 20-day window, 60: the rest of the 60-day one, 250: the rest of the longest)
    SELECT customer_id,
           CASE WHEN sell_date >= :start_20 THEN 20 WHEN sell_date >= :start_60 THEN 60 ELSE 250 END AS span,
           outcome, COUNT(*) AS n
    FROM outcomes
    GROUP BY customer_id, CASE WHEN sell_date >= :start_20 THEN 20 WHEN sell_date >= :start_60 THEN 60 ELSE 250 END, outcome
), counts AS (
    SELECT customer_id,
           CAST(COALESCE(SUM(n) FILTER (WHERE span <= {w} AND outcome = 1), 0) AS BIGINT) AS realised_gains_{w},
           CAST(COALESCE(SUM(n) FILTER (WHERE span <= {w} AND outcome = 2), 0) AS BIGINT) AS realised_losses_{w},
           CAST(COALESCE(SUM(n) FILTER (WHERE span <= {w} AND outcome = 3), 0) AS BIGINT) AS paper_gains_{w},
           CAST(COALESCE(SUM(n) FILTER (WHERE span <= {w} AND outcome = 4), 0) AS BIGINT) AS paper_losses_{w},
           CAST(SUM(n) AS BIGINT) AS outcome_rows
    FROM tallies
    GROUP BY customer_id
), realised AS (
    SELECT customer_id,
           SUM(realised_pnl) FILTER (WHERE sell_date >= :start_{w}) AS realised_pnl_{w},
           SUM(realised_cost) FILTER (WHERE sell_date >= :start_{w}) AS realised_cost_{w},
           COUNT(*) AS sold_rows
    FROM sold
    GROUP BY customer_id
)
SELECT r.customer_id,
       r.realised_pnl_{w},
       r.realised_cost_{w},
       c.realised_gains_{w},
       c.realised_losses_{w},
       c.paper_gains_{w},
       c.paper_losses_{w},
       r.sold_rows
FROM realised r
LEFT JOIN counts c ON c.customer_id = r.customer_id
