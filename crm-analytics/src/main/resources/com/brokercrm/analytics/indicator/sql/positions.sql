-- Realised P&L and the disposition effect, from a replay of each position.
-- The replay starts from the lots of the position snapshot at :replay_date (the latest snapshot on or before
-- the day before the longest window; their cost is the snapshot's cost amount) and runs through every trade
-- after that date up to the as-of date, per client and security in time order.
-- Reference price (Odean 1998): the average purchase price, buy fees included, of the lots bought since the
-- position was last flat. A sell realises proceeds (amount less its fees) less quantity x reference price.
-- Disposition: on each day a client sells, every position held at the start of the day counts once: as a
-- realised gain or loss when sold that day (proceeds against the reference price), otherwise as a paper
-- gain or loss (the day's close against the reference price).
WITH lots AS (
    SELECT customer_id, exchange, security_code, :replay_date AS move_date, TIME '00:00:00' AS move_time,
           '' AS trade_id, 'B' AS side, quantity, cost_amount AS buy_cost, CAST(0 AS DECIMAL(18, 2)) AS proceeds
    FROM holding
    WHERE as_of = :replay_date AND quantity > 0
    UNION ALL
    SELECT customer_id, exchange, security_code, trade_date, trade_time, trade_id, side, quantity,
           CASE WHEN side = 'B' THEN amount + commission + stamp_duty + transfer_fee ELSE 0 END,
           CASE WHEN side = 'S' THEN amount - commission - stamp_duty - transfer_fee ELSE 0 END
    FROM trade
    WHERE trade_date > :replay_date AND trade_date <= :as_of
), running AS (
    SELECT customer_id, exchange, security_code, move_date, side, quantity, proceeds,
           SUM(CASE WHEN side = 'S' THEN -quantity ELSE quantity END) OVER w AS held,
           SUM(CASE WHEN side = 'B' THEN quantity ELSE 0 END) OVER w AS bought_qty,
           SUM(buy_cost) OVER w AS bought_cost,
           LEAD(move_date) OVER w AS next_move_date,
           trade_id, move_time
    FROM lots
    WINDOW w AS (PARTITION BY customer_id, exchange, security_code ORDER BY move_date, move_time, trade_id
                 ROWS UNBOUNDED PRECEDING)
), episodes AS (
    -- purchases up to the last time the position was flat (cumulative sums never fall, so MAX is the last)
    SELECT customer_id, exchange, security_code, move_date, side, quantity, proceeds, held, next_move_date,
           bought_qty - COALESCE(MAX(CASE WHEN held <= 0 THEN bought_qty END) OVER w, 0) AS episode_qty,
           bought_cost - COALESCE(MAX(CASE WHEN held <= 0 THEN bought_cost END) OVER w, 0) AS episode_cost
    FROM running
    WINDOW w AS (PARTITION BY customer_id, exchange, security_code ORDER BY move_date, move_time, trade_id
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
), priced AS (
    SELECT customer_id, exchange, security_code, move_date, side, quantity, proceeds, held, next_move_date,
           CASE WHEN episode_qty > 0
                THEN CAST(episode_cost AS DOUBLE PRECISION) / CAST(episode_qty AS DOUBLE PRECISION) END AS ref_price
    FROM episodes
), sold AS (
    -- each client's sells per security and day, in the longest window
    SELECT customer_id, exchange, security_code, move_date AS sell_date,
           SUM(proceeds) AS proceeds,
           SUM(proceeds - quantity * ref_price) AS realised_pnl,
           SUM(quantity * ref_price) AS realised_cost
    FROM priced
    WHERE side = 'S' AND move_date >= :start_250 AND ref_price IS NOT NULL
    GROUP BY customer_id, exchange, security_code, move_date
), sell_days AS (
    SELECT DISTINCT customer_id, sell_date FROM sold
), held AS (
    -- positions held at the start of each sell day: the state after the last move before that day
    SELECT d.customer_id, d.sell_date, p.exchange, p.security_code, p.ref_price
    FROM sell_days d
    JOIN priced p ON p.customer_id = d.customer_id AND p.move_date < d.sell_date
                 AND (p.next_move_date IS NULL OR p.next_move_date >= d.sell_date)
    WHERE p.held > 0 AND p.ref_price IS NOT NULL
), outcomes AS (
    SELECT h.customer_id, h.sell_date,
           CASE WHEN s.customer_id IS NOT NULL
                THEN CASE WHEN s.realised_pnl > 0 THEN 'RG' WHEN s.realised_pnl < 0 THEN 'RL' END
                ELSE CASE WHEN pr.close > h.ref_price THEN 'PG' WHEN pr.close < h.ref_price THEN 'PL' END
           END AS outcome
    FROM held h
    LEFT JOIN sold s ON s.customer_id = h.customer_id AND s.exchange = h.exchange
                    AND s.security_code = h.security_code AND s.sell_date = h.sell_date
    LEFT JOIN price_daily pr ON pr.exchange = h.exchange AND pr.security_code = h.security_code
                            AND pr.trade_date = h.sell_date
), counts AS (
    SELECT customer_id,
           COUNT(*) FILTER (WHERE sell_date >= :start_{w} AND outcome = 'RG') AS realised_gains_{w},
           COUNT(*) FILTER (WHERE sell_date >= :start_{w} AND outcome = 'RL') AS realised_losses_{w},
           COUNT(*) FILTER (WHERE sell_date >= :start_{w} AND outcome = 'PG') AS paper_gains_{w},
           COUNT(*) FILTER (WHERE sell_date >= :start_{w} AND outcome = 'PL') AS paper_losses_{w},
           COUNT(*) AS outcome_rows
    FROM outcomes
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
