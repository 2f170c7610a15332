-- All calls per hour and per day, whatever their provider, model, route, source or key: the Monitor's
-- unfiltered charts over days read these instead of every group's row of monitor_hour and monitor_day
-- (bench/monitor: a 30-day all-calls chart read about 250,000 hour rows). The columns are those of
-- monitor_hour; provider, model, route, source and source_key are always empty, so the same code reads
-- and writes both. Kept by the ledger writer in the same savepoint as the other rollups.
CREATE TABLE monitor_hour_all (
    provider           TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    t                  INTEGER NOT NULL,
    route              TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    source_key         TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    error_kind         TEXT    NOT NULL,
    attempts           INTEGER NOT NULL,
    requests           INTEGER NOT NULL,
    input_tokens       INTEGER NOT NULL,
    output_tokens      INTEGER NOT NULL,
    cache_read_tokens  INTEGER NOT NULL,
    cache_write_tokens INTEGER NOT NULL,
    reasoning_tokens   INTEGER NOT NULL,
    cost_nusd          INTEGER NOT NULL,
    unpriced           INTEGER NOT NULL,
    latency_ms_sum     INTEGER NOT NULL,
    ttft_count         INTEGER NOT NULL,
    ttft_ms_sum        INTEGER NOT NULL,
    latency_hist       BLOB,
    ttft_hist          BLOB,
    gap_hist           BLOB,
    tps_hist           BLOB,
    PRIMARY KEY (t, status, error_kind, provider, model, route, source, source_key)
) WITHOUT ROWID;

CREATE TABLE monitor_day_all (
    provider           TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    t                  INTEGER NOT NULL,
    route              TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    source_key         TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    error_kind         TEXT    NOT NULL,
    attempts           INTEGER NOT NULL,
    requests           INTEGER NOT NULL,
    input_tokens       INTEGER NOT NULL,
    output_tokens      INTEGER NOT NULL,
    cache_read_tokens  INTEGER NOT NULL,
    cache_write_tokens INTEGER NOT NULL,
    reasoning_tokens   INTEGER NOT NULL,
    cost_nusd          INTEGER NOT NULL,
    unpriced           INTEGER NOT NULL,
    latency_ms_sum     INTEGER NOT NULL,
    ttft_count         INTEGER NOT NULL,
    ttft_ms_sum        INTEGER NOT NULL,
    latency_hist       BLOB,
    ttft_hist          BLOB,
    gap_hist           BLOB,
    tps_hist           BLOB,
    PRIMARY KEY (t, status, error_kind, provider, model, route, source, source_key)
) WITHOUT ROWID;

-- The totals hold every call from this bucket on (per table): the buckets before it, written before
-- this migration, are read from monitor_hour and monitor_day as before. Their histograms cannot be
-- summed in SQL, and a bucket the writer was still filling when the ledger was upgraded is only
-- partly in the totals, so the first complete bucket is the one after the newest existing row.
CREATE TABLE monitor_totals_start (
    resolution TEXT    NOT NULL PRIMARY KEY,
    t          INTEGER NOT NULL
);
INSERT INTO monitor_totals_start(resolution, t) SELECT 'hour', COALESCE(MAX(t) + 3600000, 0) FROM monitor_hour;
INSERT INTO monitor_totals_start(resolution, t) SELECT 'day', COALESCE(MAX(t) + 86400000, 0) FROM monitor_day;
