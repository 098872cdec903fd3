-- Each client's external flows per day over the longest window (fund flows other than dividends and
-- interest, which are income, part of the return): the net flow and the deposits. Included by the returns
-- steps as the body of their flows CTE.
    SELECT customer_id, flow_date,
           SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) AS net_flow,
           SUM(CASE WHEN direction = 'IN' THEN amount ELSE 0 END) AS deposit
    FROM fund_flow
    WHERE flow_date > :base_250 AND flow_date <= :as_of AND kind NOT IN ('DIVIDEND', 'INTEREST')
    GROUP BY customer_id, flow_date
