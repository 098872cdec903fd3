-- The replay of each position behind realised P&L and the disposition effect (positions.sql reads it as
-- ind_moves): one row per lot or trade with the position's state after it.
-- The replay starts from the lots of the position snapshot at :replay_date (the latest snapshot on or before
-- the day before the longest window; their cost is the snapshot's cost amount) and runs through every trade
-- after that date up to the as-of date, per client and security in time order.
-- Reference price (Odean 1998): the average purchase price, buy fees included, of the lots bought since the
-- position was last flat. A sell realises proceeds (amount less its fees) less quantity x reference price.
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
    -- purchases up to the last time the position was flat (cumulative sums never fall, so MAX is the last);
    -- flat_qty and flat_cost: those figures at the last flat move up to and including this one (DuckDB's
    -- rolling positions keep them as the position's state, sql/duckdb/rolling/positions_rebuild.sql)
    SELECT customer_id, exchange, security_code, move_date, side, quantity, proceeds, held, next_move_date,
           bought_qty, bought_cost,
           bought_qty - COALESCE(MAX(CASE WHEN held <= 0 THEN bought_qty END) OVER earlier, 0) AS episode_qty,
           bought_cost - COALESCE(MAX(CASE WHEN held <= 0 THEN bought_cost END) OVER earlier, 0) AS episode_cost,
           MAX(CASE WHEN held <= 0 THEN bought_qty END) OVER upto AS flat_qty,
           MAX(CASE WHEN held <= 0 THEN bought_cost END) OVER upto AS flat_cost
    FROM running
    WINDOW earlier AS (PARTITION BY customer_id, exchange, security_code ORDER BY move_date, move_time, trade_id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
           upto AS (PARTITION BY customer_id, exchange, security_code ORDER BY move_date, move_time, trade_id
                    ROWS UNBOUNDED PRECEDING)
), priced AS (
    SELECT customer_id, exchange, security_code, move_date, side, quantity, proceeds, held, next_move_date,
           bought_qty, bought_cost, flat_qty, flat_cost,
           CASE WHEN episode_qty > 0
                THEN CAST(episode_cost AS DOUBLE PRECISION) / CAST(episode_qty AS DOUBLE PRECISION) END AS ref_price
    FROM episodes
)
SELECT customer_id, exchange, security_code, move_date, side, quantity, proceeds, held, next_move_date, ref_price,
       bought_qty, bought_cost, flat_qty, flat_cost
FROM priced
