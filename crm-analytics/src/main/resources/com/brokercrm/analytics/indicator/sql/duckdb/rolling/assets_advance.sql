-- Rolling assets, advanced from the sums saved for the previous trading day to the as-of date: each
-- client's asset days, cash, market value and margin debt summed per window, plus the day's row, less the
-- rows of the days before each window's new start. The asset rows are stored in import order, not by date,
-- so the rows of every day this reads are taken in one pass.
CREATE OR REPLACE TEMPORARY TABLE roll_asset_rows AS
SELECT customer_id, as_of, cash, market_value, margin_debt
FROM daily_asset
WHERE as_of = :as_of
   OR as_of = :holding_date
   OR as_of >= :asset_from AND as_of < :start_250
   OR as_of >= :base_{w} AND as_of < :start_{w}
;

CREATE OR REPLACE TEMPORARY TABLE roll_asset_next AS
WITH moved AS (
    SELECT customer_id,
           COUNT(*) FILTER (WHERE as_of = :as_of) AS in_days, COALESCE(SUM(cash) FILTER (WHERE as_of = :as_of), 0) AS in_cash, COALESCE(SUM(market_value) FILTER (WHERE as_of = :as_of), 0) AS in_market_value, COALESCE(SUM(margin_debt) FILTER (WHERE as_of = :as_of), 0) AS in_margin_debt,
           COUNT(*) FILTER (WHERE as_of >= :base_{w} AND as_of < :start_{w}) AS out_days_{w}, COALESCE(SUM(cash) FILTER (WHERE as_of >= :base_{w} AND as_of < :start_{w}), 0) AS out_cash_{w}, COALESCE(SUM(market_value) FILTER (WHERE as_of >= :base_{w} AND as_of < :start_{w}), 0) AS out_market_value_{w}, COALESCE(SUM(margin_debt) FILTER (WHERE as_of >= :base_{w} AND as_of < :start_{w}), 0) AS out_margin_debt_{w},
    FROM roll_asset_rows
    GROUP BY customer_id
)
SELECT COALESCE(s.customer_id, m.customer_id) AS customer_id,
       COALESCE(s.days_{w}, 0) + COALESCE(m.in_days, 0) - COALESCE(m.out_days_{w}, 0) AS days_{w}, COALESCE(s.cash_{w}, 0) + COALESCE(m.in_cash, 0) - COALESCE(m.out_cash_{w}, 0) AS cash_{w}, COALESCE(s.market_value_{w}, 0) + COALESCE(m.in_market_value, 0) - COALESCE(m.out_market_value_{w}, 0) AS market_value_{w}, COALESCE(s.margin_debt_{w}, 0) + COALESCE(m.in_margin_debt, 0) - COALESCE(m.out_margin_debt_{w}, 0) AS margin_debt_{w},
FROM rolling_asset_sums s
FULL JOIN moved m ON m.customer_id = s.customer_id;

DELETE FROM rolling_asset_sums;

INSERT INTO rolling_asset_sums BY NAME
SELECT * FROM roll_asset_next WHERE days_250 > 0;

DROP TABLE roll_asset_next;
