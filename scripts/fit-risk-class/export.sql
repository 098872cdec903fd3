-- Exports what scripts/fit-risk-class/fit.py reads from a scored store: each client's indicators, master data,
-- profile (with the risk drivers) and the generator's truth.csv. Run it on a `bench profile --work DIR`
-- store with any DuckDB client, after replacing TRUTH with the input folder's truth.csv and OUT with the
-- file to write.
COPY (
    SELECT i.trade_count_250, i.main_picks_250, i.star_picks_250, i.chinext_picks_250, i.bse_picks_250,
           i.st_picks_250, i.etf_picks_250, i.product_picks_250, i.deposit_count_250, i.withdrawal_count_250,
           c.customer_id, c.birth_date, c.risk_level AS q_level,
           json_extract(p.drivers, '$.risk') AS risk, t.persona, t.behaves_as
    FROM customer_indicator i
    JOIN customer c USING (customer_id)
    JOIN customer_profile p ON p.customer_id = i.customer_id AND p.as_of = i.as_of
    JOIN read_csv('TRUTH', all_varchar = true) t ON t.customer_id = i.customer_id
) TO 'OUT' (HEADER);
