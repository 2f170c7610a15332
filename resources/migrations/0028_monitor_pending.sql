-- The calls not yet added to the monitoring rollups (core/usage/monitorrollups.h). On SQLite the
-- ledger writer adds the rollups about every 100 ms (Ledger::Options::rollupIntervalMs) instead of in
-- every batch's transaction, where most of a commit's pages were rollup pages (bench/workflow). Each
-- call gets a row here in its own transaction; a flush adds the marked calls (read back from calls) to
-- the rollups and deletes their rows in one transaction. Any writer flushes every row, so a writer
-- killed with rows left, or two serves on one file, add each call exactly once.
-- requested_model: the model asked for (CallRecord::requestedModel; empty: calls.model), which the
-- calls table does not keep and the rollups group by.
-- PostgreSQL writes its rollups in every batch (its ids are not in commit order): no table there.
-- sqlite only
CREATE TABLE monitor_pending (
    call_id         INTEGER PRIMARY KEY,
    requested_model TEXT    NOT NULL DEFAULT ''
);
