-- The outcome of a position held (h) at the start of a day its client sold (Odean 1998): 1 a realised gain
-- and 2 a realised loss when it was sold that day (s: the day's sells of the security), otherwise 3 a paper
-- gain and 4 a paper loss (pr: the security's price row of the day); NULL when it is neither.
           CASE WHEN s.customer_id IS NOT NULL
                THEN CASE WHEN s.realised_pnl > 0 THEN 1 WHEN s.realised_pnl < 0 THEN 2 END
                ELSE CASE WHEN pr.close > h.ref_price THEN 3 WHEN pr.close < h.ref_price THEN 4 END
           END AS outcome
