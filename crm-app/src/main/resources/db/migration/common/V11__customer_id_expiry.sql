-- The expiry date of the identity document the brokerage holds on file for a client (customers.csv column
-- id_expires_on, optional; docs/import-format.md). NULL: not known, or a long-term (长期) resident ID.
-- The MOT rule ID_EXPIRY (证件到期提醒) reads it: an expired document restricts the account.
ALTER TABLE customer ADD COLUMN id_expires_on DATE;
