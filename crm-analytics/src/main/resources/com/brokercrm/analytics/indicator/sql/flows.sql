-- Fund flows in each window. Deposits: incoming flows other than dividends and interest (bank and custody
-- transfers in, other); withdrawals: every outgoing flow (bank transfers out, securities transferred out).
-- How many of each the client made is counted over the longest window.
SELECT customer_id,
       SUM(amount) FILTER (WHERE flow_date >= :start_{w} AND direction = 'IN' AND kind NOT IN ('DIVIDEND', 'INTEREST')) AS deposits_{w},
       SUM(amount) FILTER (WHERE flow_date >= :start_{w} AND direction = 'OUT') AS withdrawals_{w},
       COUNT(*) FILTER (WHERE direction = 'IN' AND kind NOT IN ('DIVIDEND', 'INTEREST')) AS deposit_count_250,
       COUNT(*) FILTER (WHERE direction = 'OUT') AS withdrawal_count_250,
       COUNT(*) AS flow_rows
FROM fund_flow
WHERE flow_date >= :start_250 AND flow_date <= :as_of
GROUP BY customer_id
