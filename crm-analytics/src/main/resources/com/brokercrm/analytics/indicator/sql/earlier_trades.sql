-- The latest trade before the longest window, for clients who did not trade within it.
SELECT customer_id, MAX(trade_date) AS last_trade_date
FROM trade
WHERE trade_date < :start_250
GROUP BY customer_id
