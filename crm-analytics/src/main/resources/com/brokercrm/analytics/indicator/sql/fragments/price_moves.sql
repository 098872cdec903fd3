-- Each security's price move before each price day: the close of the price day before against the close
-- 20 price days before that (LAG over the security's own price rows, all of them up to the as-of date, so a
-- suspension stretches the look-back and a day's move does not depend on the run's date). Included by the
-- trades steps for momentum and contrarian buying.
    SELECT exchange, security_code, trade_date,
           LAG(close, 1) OVER w AS close_before,
           LAG(close, 21) OVER w AS close_earlier
    FROM price_daily
    WHERE trade_date <= :as_of
    WINDOW w AS (PARTITION BY exchange, security_code ORDER BY trade_date)
