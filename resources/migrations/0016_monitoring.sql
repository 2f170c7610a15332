-- Monitoring rollups (core/usage/monitorrollups.h): kept by the ledger writer in each batch's
-- transaction, like the daily rollups of 0002, at three resolutions with the same columns:
--   monitor_minute  one row per UTC minute and group, kept about two days (the writer prunes older rows)
--   monitor_hour    one row per UTC hour and group, kept
--   monitor_day     one row per UTC day and group, kept
-- t is the bucket's start (epoch milliseconds). A group is the provider, the model the router asked
-- for (the answering model string, which a vendor may change under the same name, is tracked in
-- monitor_model_versions), the route or virtual model, the source, the proxy key (source_key of
-- proxy calls only: other sources' keys are conversations and comparisons, too many to group by), the
-- status and the error kind (empty for ok).
-- The *_hist columns are usage::LogHistogram blobs (log-scale buckets, 4.4 % percentile error) of the
-- group's attempts: total latency and time to first token in milliseconds, and for streamed answers
-- the mean gap between tokens (ms) and tokens per second (common/throughput.h); NULL when empty.
CREATE TABLE monitor_minute (
    provider           TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    t                  INTEGER NOT NULL,
    route              TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    source_key         TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    error_kind         TEXT    NOT NULL,
    attempts           INTEGER NOT NULL,
    requests           INTEGER NOT NULL, -- attempts with attempt = 1
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
    PRIMARY KEY (provider, model, t, route, source, source_key, status, error_kind)
) WITHOUT ROWID;
-- every model in a time range, and the pruning of old minutes
CREATE INDEX monitor_minute_by_time ON monitor_minute(t);
-- SLOs and charts of a route or virtual model
CREATE INDEX monitor_minute_by_route ON monitor_minute(route, t) WHERE route <> '';

CREATE TABLE monitor_hour (
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
    PRIMARY KEY (provider, model, t, route, source, source_key, status, error_kind)
) WITHOUT ROWID;
CREATE INDEX monitor_hour_by_time ON monitor_hour(t);
CREATE INDEX monitor_hour_by_route ON monitor_hour(route, t) WHERE route <> '';

CREATE TABLE monitor_day (
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
    PRIMARY KEY (provider, model, t, route, source, source_key, status, error_kind)
) WITHOUT ROWID;
CREATE INDEX monitor_day_by_time ON monitor_day(t);
CREATE INDEX monitor_day_by_route ON monitor_day(route, t) WHERE route <> '';

-- The model strings that answered for each model the router asked a provider for (calls.model is the
-- answering one: the response's model, else the target's): a vendor snapshot change shows as a new
-- row, its first_seen the marker on the Monitor charts. Written by the ledger writer with the rollups
-- (ok attempts only).
CREATE TABLE monitor_model_versions (
    provider   TEXT    NOT NULL,
    requested  TEXT    NOT NULL,
    answered   TEXT    NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    calls      INTEGER NOT NULL,
    PRIMARY KEY (provider, requested, answered)
) WITHOUT ROWID;
CREATE INDEX monitor_model_versions_by_time ON monitor_model_versions(first_seen);

-- The workspace's routing configuration (routes and virtual models, as JSON with sorted keys) each time
-- it changed, recorded by the engine when it starts and when the workspace is replaced
-- (core/monitor/routinghistory.h): the routing markers on the Monitor charts.
CREATE TABLE monitor_routing_changes (
    at      INTEGER NOT NULL,
    hash    TEXT    NOT NULL,
    summary TEXT    NOT NULL,
    config  TEXT    NOT NULL CHECK (json_valid(config))
);
CREATE INDEX monitor_routing_changes_by_time ON monitor_routing_changes(at);

-- Alerts (core/monitor/alerts.h): every firing of an SLO's burn-rate alert or of a threshold monitor,
-- and its resolution, per evaluator: origin is 'app' or 'serve', which keep their own alert state when
-- they share a database. rule is the SLO's name with ":fast" or ":slow", or the monitor's name.
CREATE TABLE monitor_alerts (
    id          INTEGER PRIMARY KEY,
    origin      TEXT    NOT NULL,
    rule        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    scope       TEXT    NOT NULL,
    state       TEXT    NOT NULL CHECK (state IN ('firing', 'resolved')),
    started_at  INTEGER NOT NULL,
    resolved_at INTEGER,
    message     TEXT    NOT NULL,
    details     TEXT    NOT NULL CHECK (json_valid(details)),
    muted       INTEGER NOT NULL DEFAULT 0 CHECK (muted IN (0, 1)) -- raised while its rule was muted, not told yet
);
CREATE INDEX monitor_alerts_by_time ON monitor_alerts(origin, started_at);

-- Each rule's state per evaluator: the alert it has open, when it last resolved (its cooldown runs
-- from there) and until when it is muted.
CREATE TABLE monitor_alert_rules (
    origin           TEXT    NOT NULL,
    rule             TEXT    NOT NULL,
    open_alert       INTEGER,
    last_resolved_at INTEGER,
    muted_until      INTEGER,
    PRIMARY KEY (origin, rule)
) WITHOUT ROWID;

-- Alerts waiting to be posted to the workspace's webhook by `serve` (core/monitor/webhook.h), oldest
-- first: retried with a growing delay until the receiver takes them (2xx) or they ran out of attempts;
-- at most 1000 are kept (the oldest go first). The URL is not stored: it may hold a token.
CREATE TABLE monitor_webhook_queue (
    id         INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    next_at    INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT    NOT NULL DEFAULT '',
    body       TEXT    NOT NULL CHECK (json_valid(body))
);
