-- One row per client opened on or before the as-of date: the per-group results (temporary tables ind_*)
-- joined and turned into the indicators of customer_indicator. Sums default to 0 for a client without
-- rows; averages, shares and ratios stay empty (NULL) when their denominator is 0 or missing.
SELECT c.customer_id,
       :as_of AS as_of,
       COALESCE(a.ending_assets, 0) AS ending_assets,
       COALESCE(a.ending_net_assets, 0) AS ending_net_assets,
       COALESCE(a.ending_margin_debt, 0) AS ending_margin_debt,
       COALESCE(a.asset_days_{w}, 0) AS asset_days_{w},
       CAST(a.sum_assets_{w} AS DOUBLE PRECISION) / NULLIF(a.asset_days_{w}, 0) AS avg_assets_{w},
       CAST(a.sum_assets_{w} - a.sum_margin_debt_{w} AS DOUBLE PRECISION) / NULLIF(a.asset_days_{w}, 0) AS avg_net_assets_{w},
       CAST(a.sum_cash_{w} AS DOUBLE PRECISION) / CAST(NULLIF(a.sum_assets_{w}, 0) AS DOUBLE PRECISION) AS cash_share_{w},
       CAST(a.sum_margin_debt_{w} AS DOUBLE PRECISION) / NULLIF(a.asset_days_{w}, 0) AS avg_margin_debt_{w},
       CASE WHEN a.sum_assets_{w} - a.sum_margin_debt_{w} > 0 THEN CAST(a.sum_margin_debt_{w} AS DOUBLE PRECISION) / CAST(a.sum_assets_{w} - a.sum_margin_debt_{w} AS DOUBLE PRECISION) END AS leverage_{w},
       COALESCE(r.return_days_{w}, 0) AS return_days_{w},
       EXP(r.log_return_{w}) - 1 AS account_return_{w},
       r.volatility_{w} AS volatility_{w},
       r.max_drawdown_{w} AS max_drawdown_{w},
       COALESCE(a.ending_net_assets, 0) - COALESCE(a.base_net_assets_{w}, 0) - COALESCE(f.deposits_{w}, 0) + COALESCE(f.withdrawals_{w}, 0) AS pnl_{w},
       COALESCE(f.deposits_{w}, 0) AS deposits_{w},
       COALESCE(f.withdrawals_{w}, 0) AS withdrawals_{w},
       COALESCE(f.deposits_{w}, 0) - COALESCE(f.withdrawals_{w}, 0) AS net_inflow_{w},
       COALESCE(t.trade_count_{w}, 0) AS trade_count_{w},
       COALESCE(t.trading_days_{w}, 0) AS trading_days_{w},
       COALESCE(t.trading_value_{w}, 0) AS trading_value_{w},
       COALESCE(t.buy_value_{w}, 0) AS buy_value_{w},
       COALESCE(t.sell_value_{w}, 0) AS sell_value_{w},
       CAST(COALESCE(t.trading_value_{w}, 0) AS DOUBLE PRECISION) / (CAST(NULLIF(a.sum_assets_{w}, 0) AS DOUBLE PRECISION) / a.asset_days_{w}) AS turnover_{w},
       COALESCE(t.commission_{w}, 0) AS commission_{w},
       COALESCE(t.commission_{w}, 0) - ROUND(COALESCE(t.main_exchange_value_{w}, 0) * :main_fee_rate + COALESCE(t.bse_exchange_value_{w}, 0) * :bse_fee_rate, 2) AS net_commission_{w},
       CAST(COALESCE(t.star_value_{w}, 0) AS DOUBLE PRECISION) / CAST(NULLIF(t.trading_value_{w}, 0) AS DOUBLE PRECISION) AS star_trade_share_{w},
       CAST(COALESCE(t.chinext_value_{w}, 0) AS DOUBLE PRECISION) / CAST(NULLIF(t.trading_value_{w}, 0) AS DOUBLE PRECISION) AS chinext_trade_share_{w},
       CAST(COALESCE(t.bse_value_{w}, 0) AS DOUBLE PRECISION) / CAST(NULLIF(t.trading_value_{w}, 0) AS DOUBLE PRECISION) AS bse_trade_share_{w},
       CAST(COALESCE(t.st_value_{w}, 0) AS DOUBLE PRECISION) / CAST(NULLIF(t.trading_value_{w}, 0) AS DOUBLE PRECISION) AS st_trade_share_{w},
       CAST(COALESCE(t.etf_value_{w}, 0) AS DOUBLE PRECISION) / CAST(NULLIF(t.trading_value_{w}, 0) AS DOUBLE PRECISION) AS etf_trade_share_{w},
       CAST(COALESCE(t.product_value_{w}, 0) AS DOUBLE PRECISION) / CAST(NULLIF(t.trading_value_{w}, 0) AS DOUBLE PRECISION) AS product_trade_share_{w},
       CAST(t.app_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS app_share_{w},
       CAST(t.web_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS web_share_{w},
       CAST(t.phone_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS phone_share_{w},
       CAST(t.counter_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS counter_share_{w},
       CAST(t.open_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS open_share_{w},
       CAST(t.morning_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS morning_share_{w},
       CAST(t.afternoon_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS afternoon_share_{w},
       CAST(t.close_trades_{w} AS DOUBLE PRECISION) / NULLIF(t.trade_count_{w}, 0) AS close_share_{w},
       CAST(COALESCE(t.momentum_value_{w}, 0) AS DOUBLE PRECISION) / CAST(NULLIF(COALESCE(t.momentum_value_{w}, 0) + COALESCE(t.contrarian_value_{w}, 0), 0) AS DOUBLE PRECISION) AS momentum_buy_share_{w},
       CAST(a.sum_market_value_{w} AS DOUBLE PRECISION) / CAST(NULLIF(t.sell_value_{w}, 0) AS DOUBLE PRECISION) AS avg_holding_days_{w},
       p.realised_pnl_{w} AS realised_pnl_{w},
       p.realised_pnl_{w} / NULLIF(p.realised_cost_{w}, 0) AS realised_return_{w},
       CAST(p.realised_gains_{w} AS DOUBLE PRECISION) / NULLIF(p.realised_gains_{w} + p.paper_gains_{w}, 0) AS pgr_{w},
       CAST(p.realised_losses_{w} AS DOUBLE PRECISION) / NULLIF(p.realised_losses_{w} + p.paper_losses_{w}, 0) AS plr_{w},
       CAST(p.realised_gains_{w} AS DOUBLE PRECISION) / NULLIF(p.realised_gains_{w} + p.paper_gains_{w}, 0) - CAST(p.realised_losses_{w} AS DOUBLE PRECISION) / NULLIF(p.realised_losses_{w} + p.paper_losses_{w}, 0) AS disposition_effect_{w},
       COALESCE(t.last_trade_date, e.last_trade_date) AS last_trade_date,
       CAST(:as_of - COALESCE(t.last_trade_date, e.last_trade_date) AS INTEGER) AS days_since_last_trade,
       :holding_date AS holding_date,
       COALESCE(h.holding_count, 0) AS holding_count,
       COALESCE(h.holding_value, 0) AS holding_value,
       CAST(h.holding_value_squares AS DOUBLE PRECISION) / (CAST(NULLIF(h.holding_value, 0) AS DOUBLE PRECISION) * CAST(h.holding_value AS DOUBLE PRECISION)) AS hhi,
       CAST(COALESCE(h.equity_value, 0) AS DOUBLE PRECISION) / CAST(NULLIF(a.holding_date_assets, 0) AS DOUBLE PRECISION) AS equity_share,
       CAST(COALESCE(h.star_hold_value, 0) AS DOUBLE PRECISION) / CAST(NULLIF(h.holding_value, 0) AS DOUBLE PRECISION) AS star_hold_share,
       CAST(COALESCE(h.chinext_hold_value, 0) AS DOUBLE PRECISION) / CAST(NULLIF(h.holding_value, 0) AS DOUBLE PRECISION) AS chinext_hold_share,
       CAST(COALESCE(h.bse_hold_value, 0) AS DOUBLE PRECISION) / CAST(NULLIF(h.holding_value, 0) AS DOUBLE PRECISION) AS bse_hold_share,
       CAST(COALESCE(h.st_hold_value, 0) AS DOUBLE PRECISION) / CAST(NULLIF(h.holding_value, 0) AS DOUBLE PRECISION) AS st_hold_share,
       COALESCE(k.contacts_{w}, 0) AS contacts_{w},
       COALESCE(k.call_in_contacts_{w}, 0) AS call_in_contacts_{w},
       COALESCE(k.call_out_contacts_{w}, 0) AS call_out_contacts_{w},
       COALESCE(k.email_contacts_{w}, 0) AS email_contacts_{w},
       COALESCE(k.sms_contacts_{w}, 0) AS sms_contacts_{w},
       COALESCE(k.web_contacts_{w}, 0) AS web_contacts_{w},
       COALESCE(k.visit_contacts_{w}, 0) AS visit_contacts_{w},
       COALESCE(k.wechat_contacts_{w}, 0) AS wechat_contacts_{w},
       CAST(EXTRACT(YEAR FROM :as_of) - EXTRACT(YEAR FROM c.birth_date)
            - CASE WHEN EXTRACT(MONTH FROM :as_of) * 100 + EXTRACT(DAY FROM :as_of)
                        < EXTRACT(MONTH FROM c.birth_date) * 100 + EXTRACT(DAY FROM c.birth_date) THEN 1 ELSE 0 END
            AS INTEGER) AS age,
       CAST(:as_of - c.open_date AS INTEGER) AS tenure_days,
       CAST(COALESCE(h.etf_hold_value, 0) AS DOUBLE PRECISION) / CAST(NULLIF(h.holding_value, 0) AS DOUBLE PRECISION) AS etf_hold_share,
       CAST(COALESCE(h.product_hold_value, 0) AS DOUBLE PRECISION) / CAST(NULLIF(h.holding_value, 0) AS DOUBLE PRECISION) AS product_hold_share
FROM customer c
LEFT JOIN ind_assets a ON a.customer_id = c.customer_id
LEFT JOIN ind_returns r ON r.customer_id = c.customer_id
LEFT JOIN ind_flows f ON f.customer_id = c.customer_id
LEFT JOIN ind_trades t ON t.customer_id = c.customer_id
LEFT JOIN ind_earlier_trades e ON e.customer_id = c.customer_id
LEFT JOIN ind_positions p ON p.customer_id = c.customer_id
LEFT JOIN ind_holdings h ON h.customer_id = c.customer_id
LEFT JOIN ind_contacts k ON k.customer_id = c.customer_id
WHERE c.open_date <= :as_of
