-- Realised P&L and the disposition effect from the replayed positions (ind_moves, see moves.sql).
-- Disposition (Odean 1998): on each day a client sells, every position held at the start of the day counts
-- once: as a realised gain or loss when sold that day (proceeds against the reference price), otherwise as
-- a paper gain or loss (the day's close against the reference price).
WITH sold AS (
    -- each client's sells per security and day, in the longest window
    SELECT customer_id, exchange, security_code, move_date AS sell_date,
           SUM(proceeds) AS proceeds,
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
    -- each state of a held position, once for every month with sells that it spans, so that the join
    -- below compares a sell day only with the states of its own month (a position typically lasts a few
    -- months; comparing with all of the client's states costs about ten times more)
    SELECT p.customer_id, p.exchange, p.security_code, p.move_date, p.next_move_date, p.ref_price, m.sell_month
    FROM ind_moves p
    JOIN months m ON m.sell_month >= EXTRACT(YEAR FROM p.move_date) * 12 + EXTRACT(MONTH FROM p.move_date)
                 AND (p.next_move_date IS NULL
                      OR m.sell_month <= EXTRACT(YEAR FROM p.next_move_date) * 12 + EXTRACT(MONTH FROM p.next_move_date))
    WHERE p.held > 0 AND p.ref_price IS NOT NULL
), held AS (
    -- positions held at the start of each sell day: the state after the last move before that day
    SELECT d.customer_id, d.sell_date, i.exchange, i.security_code, i.ref_price
    FROM sell_days d
    JOIN intervals i ON i.customer_id = d.customer_id AND i.sell_month = d.sell_month
                    AND i.move_date < d.sell_date
                    AND (i.next_move_date IS NULL OR i.next_move_date >= d.sell_date)
), outcomes AS (
    -- outcome 1 realised gain, 2 realised loss, 3 paper gain, 4 paper loss (NULL: none of them); span as in
    -- trades.sql (20: the 20-day window, 60: the rest of the 60-day one, 250: the rest of the longest)
    SELECT h.customer_id,
           CASE WHEN h.sell_date >= :start_20 THEN 20 WHEN h.sell_date >= :start_60 THEN 60 ELSE 250 END AS span,
           CASE WHEN s.customer_id IS NOT NULL
                THEN CASE WHEN s.realised_pnl > 0 THEN 1 WHEN s.realised_pnl < 0 THEN 2 END
                ELSE CASE WHEN pr.close > h.ref_price THEN 3 WHEN pr.close < h.ref_price THEN 4 END
           END AS outcome
    FROM held h
    LEFT JOIN sold s ON s.customer_id = h.customer_id AND s.exchange = h.exchange
                    AND s.security_code = h.security_code AND s.sell_date = h.sell_date
    LEFT JOIN price_daily pr ON pr.exchange = h.exchange AND pr.security_code = h.security_code
                            AND pr.trade_date = h.sell_date
), tallies AS (
    SELECT customer_id, span, outcome, COUNT(*) AS n
    FROM outcomes
    GROUP BY customer_id, span, outcome
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
