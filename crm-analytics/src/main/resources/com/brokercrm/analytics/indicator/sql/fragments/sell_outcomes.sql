-- Each client's sell days in the longest window and, per sell day, every position held at the start of the
-- day with its outcome (sell_outcome.sql). Read from the replayed positions (ind_moves,
-- moves.sql); included by the positions steps as CTEs sold (per security and day) and outcomes.
sold AS (
    -- each client's sells per security and day, in the longest window
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
    SELECT h.customer_id, h.sell_date,
@include sell_outcome
    FROM held h
    LEFT JOIN sold s ON s.customer_id = h.customer_id AND s.exchange = h.exchange
                    AND s.security_code = h.security_code AND s.sell_date = h.sell_date
    LEFT JOIN price_daily pr ON pr.exchange = h.exchange AND pr.security_code = h.security_code
                            AND pr.trade_date = h.sell_date
)
