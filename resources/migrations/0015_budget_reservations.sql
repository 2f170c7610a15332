-- Budgets that hold under concurrency (core/usage/reservations.h). Before a call, its estimated maximum
-- cost is reserved against every hard budget that applies, in one transaction, by an UPDATE that only
-- succeeds while spent + reserved + estimate stays within the limit; after the call the reservation is
-- replaced by the real cost. Several processes on one database share these rows, so a limit holds for
-- all of them together. Plain SQL that SQLite and PostgreSQL both take (BIGINT: PostgreSQL's INTEGER is
-- 32 bits; SQLite gives BIGINT columns integer affinity).

-- One row per budget and period: what was spent and what calls in flight have reserved.
CREATE TABLE budget_counters (
    scope         TEXT    NOT NULL,           -- workspace, provider, proxy_key
    target        TEXT    NOT NULL DEFAULT '', -- provider id or proxy key name; '' for the workspace
    period        TEXT    NOT NULL,           -- daily, monthly
    period_index  BIGINT  NOT NULL,           -- UTC day number, or year * 12 + month - 1
    spent_nano    BIGINT  NOT NULL DEFAULT 0 CHECK (spent_nano >= 0),
    reserved_nano BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, target, period, period_index)
);

-- The processes that hold reservations; a process renews its lease while it runs. Reservations of a
-- lease that expired (a process that crashed) are reclaimed by the next process that looks.
CREATE TABLE budget_leases (
    lease      TEXT    PRIMARY KEY,
    expires_at BIGINT  NOT NULL -- UTC epoch ms
);

-- One row per call in flight and budget it counts against.
CREATE TABLE budget_reservations (
    id           TEXT    NOT NULL, -- the attempt: request id and attempt number
    scope        TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    period       TEXT    NOT NULL,
    period_index BIGINT  NOT NULL,
    amount_nano  BIGINT  NOT NULL CHECK (amount_nano >= 0),
    lease        TEXT    NOT NULL,
    expires_at   BIGINT  NOT NULL, -- UTC epoch ms: reclaimed after this even if its lease lives on
    PRIMARY KEY (id, scope, target, period, period_index)
);
CREATE INDEX budget_reservations_by_lease ON budget_reservations (lease);
CREATE INDEX budget_reservations_by_expiry ON budget_reservations (expires_at);
