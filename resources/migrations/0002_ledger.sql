-- The usage ledger: one row per attempt of every provider call (core/usage/ledger.h).
--
-- Times are UTC. started_at is epoch milliseconds; day is the UTC day number (days since
-- 1970-01-01, started_at / 86400000) so that grouping and range filters are integer comparisons.
-- Costs are integer nano-dollars (1e-9 USD): sums are exact, and a single token of the cheapest
-- models ($0.02 per million tokens = 20 nano-dollars) is still representable; a REAL column would
-- drift when a million rows are summed and micro-dollars would round small calls to zero.
-- Empty strings, not NULL, stand for "none" in text columns that take part in grouping.
CREATE TABLE calls (
    id                 INTEGER PRIMARY KEY,
    request_id         TEXT    NOT NULL,
    started_at         INTEGER NOT NULL,
    day                INTEGER NOT NULL,
    source             TEXT    NOT NULL CHECK (source IN ('playground', 'compare', 'proxy', 'knowledge', 'eval', 'cli')),
    source_key         TEXT    NOT NULL DEFAULT '',
    provider           TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    route              TEXT    NOT NULL DEFAULT '',
    attempt            INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    input_tokens       INTEGER NOT NULL DEFAULT 0,
    output_tokens      INTEGER NOT NULL DEFAULT 0,
    cache_read_tokens  INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens   INTEGER NOT NULL DEFAULT 0,
    cost_nusd          INTEGER NOT NULL DEFAULT 0,
    latency_ms         INTEGER NOT NULL DEFAULT 0,
    ttft_ms            INTEGER,
    status             TEXT    NOT NULL CHECK (status IN ('ok', 'error', 'cancelled')),
    error_kind         TEXT    NOT NULL DEFAULT '',
    http_status        INTEGER
);

-- The routing decision of an attempt, kept apart so that the calls rows stay small (a trace is
-- often larger than the rest of the row) and scans of calls read dense pages.
CREATE TABLE call_traces (
    call_id INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    trace   TEXT NOT NULL
);

-- Raw-row access paths: the paged table and CSV export (time order), a key's calls, a request's attempts.
CREATE INDEX calls_by_time ON calls(started_at);
CREATE INDEX calls_by_key ON calls(source_key, started_at);
CREATE INDEX calls_by_request ON calls(request_id);
-- Exact percentiles per provider and model: the rank-th value is found by walking these covering
-- indexes in latency order (LIMIT 1 OFFSET rank-1), the filter columns evaluated on the index
-- (status is repeated as a column so that SQLite sees the index as covering).
CREATE INDEX calls_latency ON calls(provider, model, latency_ms, day, source, source_key, status) WHERE status = 'ok';
CREATE INDEX calls_ttft ON calls(provider, model, ttft_ms, day, source, source_key, status) WHERE status = 'ok' AND ttft_ms IS NOT NULL;

-- Daily rollup, maintained by the triggers below in the same transaction as the rows: every chart
-- query reads this (tens of thousands of rows for a quarter) instead of a million calls.
CREATE TABLE calls_daily (
    day                INTEGER NOT NULL,
    provider           TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    source_key         TEXT    NOT NULL,
    attempts           INTEGER NOT NULL,
    requests           INTEGER NOT NULL, -- attempts with attempt = 1: one per dispatch
    ok                 INTEGER NOT NULL,
    errors             INTEGER NOT NULL,
    cancelled          INTEGER NOT NULL,
    input_tokens       INTEGER NOT NULL,
    output_tokens      INTEGER NOT NULL,
    cache_read_tokens  INTEGER NOT NULL,
    cache_write_tokens INTEGER NOT NULL,
    reasoning_tokens   INTEGER NOT NULL,
    cost_nusd          INTEGER NOT NULL,
    ok_latency_ms      INTEGER NOT NULL, -- sum over ok attempts
    ttft_count         INTEGER NOT NULL, -- ok attempts with a time to first token
    PRIMARY KEY (day, provider, model, source, source_key)
) WITHOUT ROWID;

CREATE TRIGGER calls_daily_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO calls_daily(day, provider, model, source, source_key, attempts, requests, ok, errors, cancelled,
                            input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens,
                            cost_nusd, ok_latency_ms, ttft_count)
    VALUES (NEW.day, NEW.provider, NEW.model, NEW.source, NEW.source_key, 1, NEW.attempt = 1,
            NEW.status = 'ok', NEW.status = 'error', NEW.status = 'cancelled',
            NEW.input_tokens, NEW.output_tokens, NEW.cache_read_tokens, NEW.cache_write_tokens, NEW.reasoning_tokens,
            NEW.cost_nusd, (NEW.status = 'ok') * NEW.latency_ms,
            NEW.status = 'ok' AND NEW.ttft_ms IS NOT NULL)
    ON CONFLICT(day, provider, model, source, source_key) DO UPDATE SET
        attempts = attempts + excluded.attempts,
        requests = requests + excluded.requests,
        ok = ok + excluded.ok,
        errors = errors + excluded.errors,
        cancelled = cancelled + excluded.cancelled,
        input_tokens = input_tokens + excluded.input_tokens,
        output_tokens = output_tokens + excluded.output_tokens,
        cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
        cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens,
        reasoning_tokens = reasoning_tokens + excluded.reasoning_tokens,
        cost_nusd = cost_nusd + excluded.cost_nusd,
        ok_latency_ms = ok_latency_ms + excluded.ok_latency_ms,
        ttft_count = ttft_count + excluded.ttft_count;
END;

-- (No CASE ... END in trigger bodies: Database::splitStatements counts END as the end of BEGIN.)
-- Deleting calls (retention) takes them out of the rollup too, so both always agree.
CREATE TRIGGER calls_daily_delete AFTER DELETE ON calls
BEGIN
    UPDATE calls_daily SET
        attempts = attempts - 1,
        requests = requests - (OLD.attempt = 1),
        ok = ok - (OLD.status = 'ok'),
        errors = errors - (OLD.status = 'error'),
        cancelled = cancelled - (OLD.status = 'cancelled'),
        input_tokens = input_tokens - OLD.input_tokens,
        output_tokens = output_tokens - OLD.output_tokens,
        cache_read_tokens = cache_read_tokens - OLD.cache_read_tokens,
        cache_write_tokens = cache_write_tokens - OLD.cache_write_tokens,
        reasoning_tokens = reasoning_tokens - OLD.reasoning_tokens,
        cost_nusd = cost_nusd - OLD.cost_nusd,
        ok_latency_ms = ok_latency_ms - (OLD.status = 'ok') * OLD.latency_ms,
        ttft_count = ttft_count - (OLD.status = 'ok' AND OLD.ttft_ms IS NOT NULL)
    WHERE day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source
      AND source_key = OLD.source_key;
    DELETE FROM calls_daily
    WHERE day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source
      AND source_key = OLD.source_key AND attempts = 0;
END;
