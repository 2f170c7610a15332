-- More rollups beside those of 0020 (core/usage/monitorrollups.h), so that every chart the Monitor
-- page draws reads a few rows per bucket instead of every group's (bench/monitor, 10,000,000 calls:
-- a route or a proxy key over 7 or 90 days read 1.4-1.9 s of per-group hour and day rows, all calls
-- at minute resolution over 6 or 24 h 0.1-2 s of per-group minute rows):
--   monitor_minute_all            all calls per minute (kept two days, pruned with monitor_minute)
--   monitor_hour_route, _day_     per route or virtual model (calls with one), status and error kind
--   monitor_hour_key, _day_       per proxy key (proxy calls), status and error kind
--   monitor_hour_model, _day_     per provider and model asked for, status and error kind (a model's
--                                 charts over days read a row per status instead of one per route,
--                                 source and key: at 10,000,000 calls a 30-day chart 0.7 s, two 1.1 s)
-- The columns are those of monitor_hour; the group columns the table does not group by are empty
-- (the key tables keep source = 'proxy'), so the same code reads and writes them all. Kept by the
-- ledger writer in the same savepoint as the other rollups.
--
-- Like 0020's, each holds every call from the bucket that monitor_totals_start names for it (its
-- resolution column holds the table's name) on; the readers take older buckets from the per-group
-- rollups. The histograms cannot be summed in SQL, so the buckets before that start are filled in
-- by the ledger writer in C++ (MonitorRollupWriter's backfill: a bounded number of per-group rows
-- per batch, moving the start back until it reaches the oldest per-group row; 0020's tables too).
-- Retention (0023) leaves them alone, as every monitoring rollup.

CREATE TABLE monitor_minute_all (
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

CREATE TABLE monitor_hour_route (
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
    PRIMARY KEY (route, t, status, error_kind, provider, model, source, source_key)
) WITHOUT ROWID;

CREATE TABLE monitor_day_route (
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
    PRIMARY KEY (route, t, status, error_kind, provider, model, source, source_key)
) WITHOUT ROWID;

CREATE TABLE monitor_hour_key (
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
    PRIMARY KEY (source_key, t, status, error_kind, provider, model, route, source)
) WITHOUT ROWID;

CREATE TABLE monitor_day_key (
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
    PRIMARY KEY (source_key, t, status, error_kind, provider, model, route, source)
) WITHOUT ROWID;

CREATE TABLE monitor_hour_model (
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
    PRIMARY KEY (provider, model, t, status, error_kind, route, source, source_key)
) WITHOUT ROWID;

CREATE TABLE monitor_day_model (
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
    PRIMARY KEY (provider, model, t, status, error_kind, route, source, source_key)
) WITHOUT ROWID;

-- The first complete bucket of each: the one after the newest per-group row (a bucket the writer was
-- filling when the ledger was upgraded is only partly in the new table).
INSERT INTO monitor_totals_start(resolution, t) SELECT 'monitor_minute_all', COALESCE(MAX(t) + 60000, 0) FROM monitor_minute;
INSERT INTO monitor_totals_start(resolution, t) SELECT 'monitor_hour_route', COALESCE(MAX(t) + 3600000, 0) FROM monitor_hour;
INSERT INTO monitor_totals_start(resolution, t) SELECT 'monitor_day_route', COALESCE(MAX(t) + 86400000, 0) FROM monitor_day;
INSERT INTO monitor_totals_start(resolution, t) SELECT 'monitor_hour_key', COALESCE(MAX(t) + 3600000, 0) FROM monitor_hour;
INSERT INTO monitor_totals_start(resolution, t) SELECT 'monitor_day_key', COALESCE(MAX(t) + 86400000, 0) FROM monitor_day;
INSERT INTO monitor_totals_start(resolution, t) SELECT 'monitor_hour_model', COALESCE(MAX(t) + 3600000, 0) FROM monitor_hour;
INSERT INTO monitor_totals_start(resolution, t) SELECT 'monitor_day_model', COALESCE(MAX(t) + 86400000, 0) FROM monitor_day;
