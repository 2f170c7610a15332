-- The ledger writer (core/usage/ledgerwriter.cpp) now adds each batch's calls to call_requests and the
-- three daily rollups itself, once per group and batch, in the same transaction as the rows: the
-- per-row insert triggers of 0002 ran four upserts for every call (measured: a third of the proxy's
-- CPU per request at full load). The delete triggers stay: removing calls still takes them out of
-- the rollups.
-- sqlite only
DROP TRIGGER call_requests_insert;
-- sqlite only
DROP TRIGGER calls_daily_model_insert;
-- sqlite only
DROP TRIGGER calls_daily_key_insert;
-- sqlite only
DROP TRIGGER calls_daily_insert;
