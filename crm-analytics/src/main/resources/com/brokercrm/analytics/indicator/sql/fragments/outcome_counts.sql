-- The outcomes of a group of held positions (sell_outcome.sql) counted: realised gains and losses, paper
-- gains and losses, and all positions held.
           COUNT(*) FILTER (WHERE outcome = 1) AS realised_gains,
           COUNT(*) FILTER (WHERE outcome = 2) AS realised_losses,
           COUNT(*) FILTER (WHERE outcome = 3) AS paper_gains,
           COUNT(*) FILTER (WHERE outcome = 4) AS paper_losses,
           COUNT(*) AS held_rows
