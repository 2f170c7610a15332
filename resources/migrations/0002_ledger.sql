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

-- Raw-row access paths: the paged table and CSV export (time order), a key's calls (covering the
-- latency percentiles of one source key, which read a key's calls rather than walk calls_latency;
-- id is spelled out so that the index order is the paging order, started_at then id).
CREATE INDEX calls_by_time ON calls(started_at);
CREATE INDEX calls_by_key ON calls(source_key, started_at, id, status, provider, model, latency_ms, ttft_ms);
-- Exact percentiles per provider and model: the rank-th value is found by walking these covering
-- indexes in value order (LIMIT 1 OFFSET rank-1); day and source are checked on the index (status is
-- repeated as a column so that SQLite sees the index as covering). Source-key filters take the
-- calls_by_key path instead (few rows).
CREATE INDEX calls_latency ON calls(provider, model, latency_ms, day, source, status) WHERE status = 'ok';
CREATE INDEX calls_ttft ON calls(provider, model, ttft_ms, day, source, status) WHERE status = 'ok' AND ttft_ms IS NOT NULL;

-- One row per dispatch (request_id), for "top requests by cost": total cost and attempts, the first
-- attempt's start, and the provider and model of the latest attempt (the one that answered, or the
-- last that failed).
CREATE TABLE call_requests (
    request_id TEXT PRIMARY KEY NOT NULL,
    started_at INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    source_key TEXT    NOT NULL,
    provider   TEXT    NOT NULL,
    model      TEXT    NOT NULL,
    attempts   INTEGER NOT NULL,
    last_attempt INTEGER NOT NULL,
    cost_nusd  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX call_requests_by_cost ON call_requests(cost_nusd);
-- Costs are skewed by provider and model: a provider's top requests can sit deep in the overall order.
CREATE INDEX call_requests_by_provider ON call_requests(provider, cost_nusd);
CREATE INDEX call_requests_by_model ON call_requests(model, cost_nusd);

-- sqlite only
CREATE TRIGGER call_requests_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO call_requests(request_id, started_at, day, source, source_key, provider, model, attempts, last_attempt, cost_nusd)
    VALUES (NEW.request_id, NEW.started_at, NEW.day, NEW.source, NEW.source_key, NEW.provider, NEW.model, 1, NEW.attempt, NEW.cost_nusd)
    ON CONFLICT(request_id) DO UPDATE SET
        started_at = min(started_at, excluded.started_at),
        day = iif(excluded.started_at < started_at, excluded.day, day),
        provider = iif(excluded.last_attempt >= last_attempt, excluded.provider, provider),
        model = iif(excluded.last_attempt >= last_attempt, excluded.model, model),
        last_attempt = max(last_attempt, excluded.last_attempt),
        attempts = attempts + 1,
        cost_nusd = cost_nusd + excluded.cost_nusd;
END;

-- sqlite only
CREATE TRIGGER call_requests_delete AFTER DELETE ON calls
BEGIN
    UPDATE call_requests SET attempts = attempts - 1, cost_nusd = cost_nusd - OLD.cost_nusd WHERE request_id = OLD.request_id;
    DELETE FROM call_requests WHERE request_id = OLD.request_id AND attempts = 0;
END;

-- Daily rollups, maintained by the triggers below in the same transaction as the rows. Chart queries
-- read the smallest one that has the columns the filter and grouping need (see core/usage/queries.cpp):
-- a quarter is tens of thousands of rollup rows instead of a million calls.
-- (No CASE ... END in trigger bodies: Database::splitStatements counts END as the end of BEGIN.)

-- no source keys: spend, tokens, errors, latency counts by provider, model, source
CREATE TABLE calls_daily_model (
    day                INTEGER NOT NULL,
    provider           TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    source             TEXT    NOT NULL,
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
    PRIMARY KEY (day, provider, model, source)
) WITHOUT ROWID;

-- sqlite only
CREATE TRIGGER calls_daily_model_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO calls_daily_model(day, provider, model, source, attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count)
    VALUES (NEW.day, NEW.provider, NEW.model, NEW.source, 1, NEW.attempt = 1, NEW.status = 'ok', NEW.status = 'error', NEW.status = 'cancelled', NEW.input_tokens, NEW.output_tokens, NEW.cache_read_tokens, NEW.cache_write_tokens, NEW.reasoning_tokens, NEW.cost_nusd, (NEW.status = 'ok') * NEW.latency_ms, NEW.status = 'ok' AND NEW.ttft_ms IS NOT NULL)
    ON CONFLICT(day, provider, model, source) DO UPDATE SET
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

-- sqlite only
CREATE TRIGGER calls_daily_model_delete AFTER DELETE ON calls
BEGIN
    UPDATE calls_daily_model SET
        attempts = attempts - (1),
        requests = requests - (OLD.attempt = 1),
        ok = ok - (OLD.status = 'ok'),
        errors = errors - (OLD.status = 'error'),
        cancelled = cancelled - (OLD.status = 'cancelled'),
        input_tokens = input_tokens - (OLD.input_tokens),
        output_tokens = output_tokens - (OLD.output_tokens),
        cache_read_tokens = cache_read_tokens - (OLD.cache_read_tokens),
        cache_write_tokens = cache_write_tokens - (OLD.cache_write_tokens),
        reasoning_tokens = reasoning_tokens - (OLD.reasoning_tokens),
        cost_nusd = cost_nusd - (OLD.cost_nusd),
        ok_latency_ms = ok_latency_ms - ((OLD.status = 'ok') * OLD.latency_ms),
        ttft_count = ttft_count - (OLD.status = 'ok' AND OLD.ttft_ms IS NOT NULL)
    WHERE day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source;
    DELETE FROM calls_daily_model WHERE day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source AND attempts = 0;
END;

-- no models: spend by source key, top keys, budgets (provider, proxy key)
CREATE TABLE calls_daily_key (
    day                INTEGER NOT NULL,
    source             TEXT    NOT NULL,
    source_key         TEXT    NOT NULL,
    provider           TEXT    NOT NULL,
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
    PRIMARY KEY (day, source, source_key, provider)
) WITHOUT ROWID;

-- sqlite only
CREATE TRIGGER calls_daily_key_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO calls_daily_key(day, source, source_key, provider, attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count)
    VALUES (NEW.day, NEW.source, NEW.source_key, NEW.provider, 1, NEW.attempt = 1, NEW.status = 'ok', NEW.status = 'error', NEW.status = 'cancelled', NEW.input_tokens, NEW.output_tokens, NEW.cache_read_tokens, NEW.cache_write_tokens, NEW.reasoning_tokens, NEW.cost_nusd, (NEW.status = 'ok') * NEW.latency_ms, NEW.status = 'ok' AND NEW.ttft_ms IS NOT NULL)
    ON CONFLICT(day, source, source_key, provider) DO UPDATE SET
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

-- sqlite only
CREATE TRIGGER calls_daily_key_delete AFTER DELETE ON calls
BEGIN
    UPDATE calls_daily_key SET
        attempts = attempts - (1),
        requests = requests - (OLD.attempt = 1),
        ok = ok - (OLD.status = 'ok'),
        errors = errors - (OLD.status = 'error'),
        cancelled = cancelled - (OLD.status = 'cancelled'),
        input_tokens = input_tokens - (OLD.input_tokens),
        output_tokens = output_tokens - (OLD.output_tokens),
        cache_read_tokens = cache_read_tokens - (OLD.cache_read_tokens),
        cache_write_tokens = cache_write_tokens - (OLD.cache_write_tokens),
        reasoning_tokens = reasoning_tokens - (OLD.reasoning_tokens),
        cost_nusd = cost_nusd - (OLD.cost_nusd),
        ok_latency_ms = ok_latency_ms - ((OLD.status = 'ok') * OLD.latency_ms),
        ttft_count = ttft_count - (OLD.status = 'ok' AND OLD.ttft_ms IS NOT NULL)
    WHERE day = OLD.day AND source = OLD.source AND source_key = OLD.source_key AND provider = OLD.provider;
    DELETE FROM calls_daily_key WHERE day = OLD.day AND source = OLD.source AND source_key = OLD.source_key AND provider = OLD.provider AND attempts = 0;
END;

-- everything: filters that combine a source key with a model
CREATE TABLE calls_daily (
    source_key         TEXT    NOT NULL,
    day                INTEGER NOT NULL,
    provider           TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    source             TEXT    NOT NULL,
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
    PRIMARY KEY (source_key, day, provider, model, source)
) WITHOUT ROWID;

-- sqlite only
CREATE TRIGGER calls_daily_insert AFTER INSERT ON calls
BEGIN
    INSERT INTO calls_daily(source_key, day, provider, model, source, attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count)
    VALUES (NEW.source_key, NEW.day, NEW.provider, NEW.model, NEW.source, 1, NEW.attempt = 1, NEW.status = 'ok', NEW.status = 'error', NEW.status = 'cancelled', NEW.input_tokens, NEW.output_tokens, NEW.cache_read_tokens, NEW.cache_write_tokens, NEW.reasoning_tokens, NEW.cost_nusd, (NEW.status = 'ok') * NEW.latency_ms, NEW.status = 'ok' AND NEW.ttft_ms IS NOT NULL)
    ON CONFLICT(source_key, day, provider, model, source) DO UPDATE SET
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

-- sqlite only
CREATE TRIGGER calls_daily_delete AFTER DELETE ON calls
BEGIN
    UPDATE calls_daily SET
        attempts = attempts - (1),
        requests = requests - (OLD.attempt = 1),
        ok = ok - (OLD.status = 'ok'),
        errors = errors - (OLD.status = 'error'),
        cancelled = cancelled - (OLD.status = 'cancelled'),
        input_tokens = input_tokens - (OLD.input_tokens),
        output_tokens = output_tokens - (OLD.output_tokens),
        cache_read_tokens = cache_read_tokens - (OLD.cache_read_tokens),
        cache_write_tokens = cache_write_tokens - (OLD.cache_write_tokens),
        reasoning_tokens = reasoning_tokens - (OLD.reasoning_tokens),
        cost_nusd = cost_nusd - (OLD.cost_nusd),
        ok_latency_ms = ok_latency_ms - ((OLD.status = 'ok') * OLD.latency_ms),
        ttft_count = ttft_count - (OLD.status = 'ok' AND OLD.ttft_ms IS NOT NULL)
    WHERE source_key = OLD.source_key AND day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source;
    DELETE FROM calls_daily WHERE source_key = OLD.source_key AND day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source AND attempts = 0;
END;

-- PostgreSQL: the delete triggers above as one trigger function (its booleans are not numbers). The
-- insert triggers are not needed there: from 0005 the ledger writer keeps the rollups as it inserts.
-- postgresql only
CREATE FUNCTION calls_rollups_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE call_requests SET attempts = attempts - 1, cost_nusd = cost_nusd - OLD.cost_nusd WHERE request_id = OLD.request_id;
    DELETE FROM call_requests WHERE request_id = OLD.request_id AND attempts = 0;
    UPDATE calls_daily_model SET
        attempts = attempts - 1,
        requests = requests - (OLD.attempt = 1)::int,
        ok = ok - (OLD.status = 'ok')::int,
        errors = errors - (OLD.status = 'error')::int,
        cancelled = cancelled - (OLD.status = 'cancelled')::int,
        input_tokens = input_tokens - OLD.input_tokens,
        output_tokens = output_tokens - OLD.output_tokens,
        cache_read_tokens = cache_read_tokens - OLD.cache_read_tokens,
        cache_write_tokens = cache_write_tokens - OLD.cache_write_tokens,
        reasoning_tokens = reasoning_tokens - OLD.reasoning_tokens,
        cost_nusd = cost_nusd - OLD.cost_nusd,
        ok_latency_ms = ok_latency_ms - (OLD.status = 'ok')::int * OLD.latency_ms,
        ttft_count = ttft_count - (OLD.status = 'ok' AND OLD.ttft_ms IS NOT NULL)::int
    WHERE day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source;
    DELETE FROM calls_daily_model WHERE day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source AND attempts = 0;
    UPDATE calls_daily_key SET
        attempts = attempts - 1,
        requests = requests - (OLD.attempt = 1)::int,
        ok = ok - (OLD.status = 'ok')::int,
        errors = errors - (OLD.status = 'error')::int,
        cancelled = cancelled - (OLD.status = 'cancelled')::int,
        input_tokens = input_tokens - OLD.input_tokens,
        output_tokens = output_tokens - OLD.output_tokens,
        cache_read_tokens = cache_read_tokens - OLD.cache_read_tokens,
        cache_write_tokens = cache_write_tokens - OLD.cache_write_tokens,
        reasoning_tokens = reasoning_tokens - OLD.reasoning_tokens,
        cost_nusd = cost_nusd - OLD.cost_nusd,
        ok_latency_ms = ok_latency_ms - (OLD.status = 'ok')::int * OLD.latency_ms,
        ttft_count = ttft_count - (OLD.status = 'ok' AND OLD.ttft_ms IS NOT NULL)::int
    WHERE day = OLD.day AND source = OLD.source AND source_key = OLD.source_key AND provider = OLD.provider;
    DELETE FROM calls_daily_key WHERE day = OLD.day AND source = OLD.source AND source_key = OLD.source_key AND provider = OLD.provider AND attempts = 0;
    UPDATE calls_daily SET
        attempts = attempts - 1,
        requests = requests - (OLD.attempt = 1)::int,
        ok = ok - (OLD.status = 'ok')::int,
        errors = errors - (OLD.status = 'error')::int,
        cancelled = cancelled - (OLD.status = 'cancelled')::int,
        input_tokens = input_tokens - OLD.input_tokens,
        output_tokens = output_tokens - OLD.output_tokens,
        cache_read_tokens = cache_read_tokens - OLD.cache_read_tokens,
        cache_write_tokens = cache_write_tokens - OLD.cache_write_tokens,
        reasoning_tokens = reasoning_tokens - OLD.reasoning_tokens,
        cost_nusd = cost_nusd - OLD.cost_nusd,
        ok_latency_ms = ok_latency_ms - (OLD.status = 'ok')::int * OLD.latency_ms,
        ttft_count = ttft_count - (OLD.status = 'ok' AND OLD.ttft_ms IS NOT NULL)::int
    WHERE source_key = OLD.source_key AND day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source;
    DELETE FROM calls_daily WHERE source_key = OLD.source_key AND day = OLD.day AND provider = OLD.provider AND model = OLD.model AND source = OLD.source AND attempts = 0;
    RETURN NULL;
END
$$;
-- postgresql only
CREATE TRIGGER calls_rollups_delete AFTER DELETE ON calls FOR EACH ROW EXECUTE FUNCTION calls_rollups_delete();
