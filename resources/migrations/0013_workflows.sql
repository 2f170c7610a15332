-- Workflows (core/workflow): their model calls land in the ledger with source 'workflow', their runs in
-- workflow_runs and workflow_steps.
--
-- The ledger's calls.source CHECK of 0002 lists the sources by name. SQLite cannot alter a CHECK, and
-- rebuilding calls would copy every row of a large ledger and recreate its indexes and triggers. A
-- CHECK that accepts more than before holds for every existing row, so the table's text in the schema
-- is rewritten in place: SQLite's documented procedure for loosening constraints
-- (https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema changes"), inside
-- this migration's transaction. RESET reloads the schema on this connection; the tables created below
-- bump the schema version, so other connections reload it too.
-- sqlite only
PRAGMA writable_schema = ON;
-- sqlite only
UPDATE sqlite_schema
   SET sql = replace(sql, '''eval'', ''cli'')', '''eval'', ''cli'', ''workflow'')')
 WHERE type = 'table' AND name = 'calls';
-- sqlite only
PRAGMA writable_schema = RESET;
-- PostgreSQL alters the CHECK (named by its table and column) without rewriting the table.
-- postgresql only
ALTER TABLE calls DROP CONSTRAINT calls_source_check;
-- postgresql only
ALTER TABLE calls ADD CONSTRAINT calls_source_check
    CHECK (source IN ('playground', 'compare', 'proxy', 'knowledge', 'eval', 'cli', 'workflow'));

-- Workflow runs (core/workflow/runstore.h): one row per run, with the definition as it ran (resume and
-- replay use it), its input and output as JSON text, and its cost in nano-dollars like the ledger's.
-- A running run holds a lease its runner renews; a run left 'running' after its lease ran out lost its
-- runner (a crash, a kill) and becomes 'interrupted', which can be resumed.
CREATE TABLE workflow_runs (
    id            TEXT    PRIMARY KEY NOT NULL,
    workflow      TEXT    NOT NULL,
    definition    TEXT    NOT NULL CHECK (json_valid(definition)),
    input         TEXT    NOT NULL CHECK (json_valid(input)),
    output        TEXT    CHECK (output IS NULL OR json_valid(output)),
    status        TEXT    NOT NULL CHECK (status IN ('running', 'paused', 'succeeded', 'failed', 'cancelled', 'interrupted')),
    error         TEXT    NOT NULL DEFAULT '',
    cost_nusd     INTEGER NOT NULL DEFAULT 0,
    cost_known    INTEGER NOT NULL DEFAULT 1 CHECK (cost_known IN (0, 1)),
    max_cost_nusd INTEGER,
    started_by    TEXT    NOT NULL DEFAULT '',
    replay_of     TEXT    NOT NULL DEFAULT '',
    lease_until   INTEGER NOT NULL DEFAULT 0,
    started_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    finished_at   INTEGER
) WITHOUT ROWID;
-- run history by workflow, newest first; the runs to look at after a restart
CREATE INDEX workflow_runs_by_workflow ON workflow_runs(workflow, started_at);
CREATE INDEX workflow_runs_live ON workflow_runs(status, lease_until) WHERE status IN ('running', 'paused');

-- What each step did in a run: its inputs, output, the model that answered, tokens, cost, latency
-- and error. Inside a map a step has a row per item (step_key "translate[2].draft"). seq keeps the order
-- in which the steps were first reported.
CREATE TABLE workflow_steps (
    run_id        TEXT    NOT NULL REFERENCES workflow_runs(id) ON DELETE CASCADE,
    step_key      TEXT    NOT NULL,
    seq           INTEGER NOT NULL,
    step_id       TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('waiting', 'running', 'done', 'failed', 'skipped', 'cancelled', 'review', 'interrupted')),
    inputs        TEXT    CHECK (inputs IS NULL OR json_valid(inputs)),
    output        TEXT    CHECK (output IS NULL OR json_valid(output)),
    branch        TEXT    NOT NULL DEFAULT '',
    model         TEXT    NOT NULL DEFAULT '',
    request_id    TEXT    NOT NULL DEFAULT '',
    attempts      INTEGER NOT NULL DEFAULT 0,
    input_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_nusd     INTEGER NOT NULL DEFAULT 0,
    cost_known    INTEGER NOT NULL DEFAULT 1 CHECK (cost_known IN (0, 1)),
    latency_ms    INTEGER,
    error         TEXT    NOT NULL DEFAULT '',
    replayed      INTEGER NOT NULL DEFAULT 0 CHECK (replayed IN (0, 1)),
    started_at    INTEGER,
    finished_at   INTEGER,
    PRIMARY KEY (run_id, step_key)
) WITHOUT ROWID;
