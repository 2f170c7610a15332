-- Retention of the ledger (core/usage/retention.h): the calls and their routing traces are kept for
-- periods of their own (the workspace's "retention" section), while every rollup stays: the daily
-- rollups of 0002, the monitoring rollups of 0016 and 0020 (the minute rows keep their own two days).
-- The charts read the rollups, so they still show the months whose calls are gone.
--
-- SQLite removes old calls with DELETEs in small batches. The delete triggers of 0002 would take those
-- calls out of the rollups too: they now skip the calls that retention removes, which it marks by a
-- row in ledger_retention_running inside its own transaction (no other connection ever sees one).
-- PostgreSQL keeps calls and call_traces in monthly partitions (by started_at, in UTC): a month is
-- removed by dropping its partition, which runs no trigger at all.

-- A row only while a retention transaction deletes calls.
CREATE TABLE ledger_retention_running (
    running INTEGER NOT NULL
);

-- How far each kind of removal has got, where the rows left behind do not say it (SQLite's traces:
-- their calls stay, so the removal walks the calls in (started_at, id) order from here).
CREATE TABLE ledger_retention_state (
    what             TEXT    NOT NULL PRIMARY KEY,
    after_started_at INTEGER NOT NULL,
    after_id         INTEGER NOT NULL
);

-- call_requests (one row per dispatch, as many as calls) goes with the calls. PostgreSQL removes the
-- rows by the first attempt's day (its months of calls are dropped whole); SQLite by the request ids of
-- the calls it deletes (an index on day would draw its "top requests" plan away from the cost index).
-- postgresql only
CREATE INDEX call_requests_by_day ON call_requests(day);

-- The delete triggers of 0002, again, with a WHEN that leaves the rollups alone during retention.
-- sqlite only
DROP TRIGGER call_requests_delete;
-- sqlite only
CREATE TRIGGER call_requests_delete AFTER DELETE ON calls WHEN NOT EXISTS (SELECT 1 FROM ledger_retention_running)
BEGIN
    UPDATE call_requests SET attempts = attempts - 1, cost_nusd = cost_nusd - OLD.cost_nusd WHERE request_id = OLD.request_id;
    DELETE FROM call_requests WHERE request_id = OLD.request_id AND attempts = 0;
END;

-- sqlite only
DROP TRIGGER calls_daily_model_delete;
-- sqlite only
CREATE TRIGGER calls_daily_model_delete AFTER DELETE ON calls WHEN NOT EXISTS (SELECT 1 FROM ledger_retention_running)
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

-- sqlite only
DROP TRIGGER calls_daily_key_delete;
-- sqlite only
CREATE TRIGGER calls_daily_key_delete AFTER DELETE ON calls WHEN NOT EXISTS (SELECT 1 FROM ledger_retention_running)
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

-- sqlite only
DROP TRIGGER calls_daily_delete;
-- sqlite only
CREATE TRIGGER calls_daily_delete AFTER DELETE ON calls WHEN NOT EXISTS (SELECT 1 FROM ledger_retention_running)
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

-- PostgreSQL: calls and call_traces partitioned by month. The ids come from a sequence of their own
-- (the primary key of a partitioned table holds its partition key: (id, started_at)); call_traces
-- carries its call's started_at so that a month of traces is a partition too, dropped on its own
-- schedule. Every row is copied over, in this migration's transaction.
-- postgresql only
CREATE SEQUENCE ledger_call_ids AS BIGINT;

-- Creates the monthly partitions of calls and call_traces (calls_YYYY_MM, call_traces_YYYY_MM) for
-- every month from the one holding from_ms to the one holding to_ms that does not have one; returns
-- how many it made. Serves that need the same month at once take turns (an advisory lock).
-- postgresql only
CREATE FUNCTION ledger_ensure_months(from_ms BIGINT, to_ms BIGINT) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    month_start TIMESTAMP := date_trunc('month', to_timestamp(from_ms / 1000.0) AT TIME ZONE 'UTC');
    last_month TIMESTAMP := date_trunc('month', to_timestamp(to_ms / 1000.0) AT TIME ZONE 'UTC');
    lo BIGINT;
    hi BIGINT;
    made BIGINT := 0;
    parent TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('switchboard.ledger_ensure_months'));
    WHILE month_start <= last_month LOOP
        lo := (extract(epoch FROM month_start) * 1000)::BIGINT;
        hi := (extract(epoch FROM month_start + interval '1 month') * 1000)::BIGINT;
        FOREACH parent IN ARRAY ARRAY['calls', 'call_traces'] LOOP
            IF to_regclass(parent || to_char(month_start, '_YYYY_MM')) IS NULL THEN
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)',
                               parent || to_char(month_start, '_YYYY_MM'), parent, lo, hi);
                made := made + 1;
            END IF;
        END LOOP;
        month_start := month_start + interval '1 month';
    END LOOP;
    RETURN made;
END
$$;

-- postgresql only
ALTER TABLE calls RENAME TO calls_unpartitioned;
-- postgresql only
ALTER TABLE call_traces RENAME TO call_traces_unpartitioned;
-- The same columns, defaults and CHECKs (by their names, which 0013 alters); the identity becomes a
-- default from the sequence.
-- postgresql only
CREATE TABLE calls (LIKE calls_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY RANGE (started_at);
-- postgresql only
ALTER TABLE calls ALTER COLUMN id SET DEFAULT nextval('ledger_call_ids');
-- postgresql only
ALTER SEQUENCE ledger_call_ids OWNED BY calls.id;
-- postgresql only
CREATE TABLE call_traces (
    call_id    BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    trace      TEXT   NOT NULL
) PARTITION BY RANGE (started_at);
-- every month that has calls, up to the next one
-- postgresql only
SELECT ledger_ensure_months(COALESCE(min(started_at), (extract(epoch FROM now()) * 1000)::BIGINT),
                            GREATEST(COALESCE(max(started_at), 0), (extract(epoch FROM now() + interval '1 month') * 1000)::BIGINT))
  FROM calls_unpartitioned;
-- postgresql only
INSERT INTO calls SELECT * FROM calls_unpartitioned;
-- postgresql only
INSERT INTO call_traces (call_id, started_at, trace)
SELECT t.call_id, c.started_at, t.trace FROM call_traces_unpartitioned t JOIN calls_unpartitioned c ON c.id = t.call_id;
-- postgresql only
SELECT setval('ledger_call_ids', COALESCE(max(id), 1), max(id) IS NOT NULL) FROM calls_unpartitioned;
-- (their indexes, the delete trigger and the identity's sequence go with them)
-- postgresql only
DROP TABLE call_traces_unpartitioned;
-- postgresql only
DROP TABLE calls_unpartitioned;
-- The keys (the old tables' names are free now) and the indexes of 0002 and 0006, on every partition
-- (and those made later). A trace is found by its call's id: the first column of its key.
-- postgresql only
ALTER TABLE calls ADD PRIMARY KEY (id, started_at);
-- postgresql only
ALTER TABLE call_traces ADD PRIMARY KEY (call_id, started_at);
-- postgresql only
CREATE INDEX calls_by_time ON calls(started_at);
-- postgresql only
CREATE INDEX calls_by_key ON calls(source_key, started_at, id, status, provider, model, latency_ms, ttft_ms);
-- postgresql only
CREATE INDEX calls_latency ON calls(provider, model, latency_ms, day, source, status) WHERE status = 'ok';
-- postgresql only
CREATE INDEX calls_ttft ON calls(provider, model, ttft_ms, day, source, status) WHERE status = 'ok' AND ttft_ms IS NOT NULL;
-- postgresql only
CREATE INDEX calls_unpriced_day ON calls(day) WHERE unpriced = 1;
-- postgresql only
CREATE TRIGGER calls_rollups_delete AFTER DELETE ON calls FOR EACH ROW EXECUTE FUNCTION calls_rollups_delete();
-- A removed call's trace goes with it, as SQLite's ON DELETE CASCADE does (a partitioned call_traces
-- has no foreign key to a partitioned calls).
-- postgresql only
CREATE FUNCTION calls_traces_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM call_traces WHERE call_id = OLD.id AND started_at = OLD.started_at;
    RETURN NULL;
END
$$;
-- postgresql only
CREATE TRIGGER calls_traces_delete AFTER DELETE ON calls FOR EACH ROW EXECUTE FUNCTION calls_traces_delete();
