-- Fund flows in each window. Deposits: incoming flows other than dividends and interest (bank and custody
-- transfers in, other); withdrawals: every outgoing flow (bank transfers out, securities transferred out).
SELECT customer_id,
       SUM(amount) FILTER (WHERE flow_date >= :start_{w} AND direction = 'IN' AND kind NOT IN ('DIVIDEND', 'INTEREST')) AS deposits_{w},
       SUM(amount) FILTER (WHERE flow_date >= :start_{w} AND direction = 'OUT') AS withdrawals_{w},
       COUNT(*) AS flow_rows
FROM fund_flow
WHERE flow_date >= :start_250 AND flow_date <= :as_of
GROUP BY customer_id
