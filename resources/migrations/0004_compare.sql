-- Side-by-side comparisons (core/compare/comparestore.h). A comparison is a live one (panes that
-- each keep their own conversation) or a batch run (a prompt set against the same models).
-- models is the JSON list of the models in pane order; display_order the shuffled pane order of a
-- blind comparison (empty = as chosen). Costs are integer nano-dollars like the ledger's.
CREATE TABLE comparisons (
    id            INTEGER PRIMARY KEY,
    workspace     TEXT    NOT NULL DEFAULT '',
    title         TEXT    NOT NULL DEFAULT '',
    kind          TEXT    NOT NULL DEFAULT 'live' CHECK (kind IN ('live', 'batch')),
    system_prompt TEXT    NOT NULL DEFAULT '',
    models        TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(models)),
    blind         INTEGER NOT NULL DEFAULT 0,
    display_order TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(display_order)),
    revealed      INTEGER NOT NULL DEFAULT 0,
    category      TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX comparisons_recent ON comparisons(workspace, updated_at DESC);

-- The turns of a live comparison: every pane's user prompt and its answer, by turn (0-based).
CREATE TABLE compare_messages (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
    pane          INTEGER NOT NULL,
    turn          INTEGER NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('user', 'assistant')),
    text          TEXT    NOT NULL DEFAULT '',
    provider      TEXT    NOT NULL DEFAULT '',
    model         TEXT    NOT NULL DEFAULT '',
    request_id    TEXT    NOT NULL DEFAULT '',
    input_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_nusd     INTEGER NOT NULL DEFAULT 0,
    ttft_ms       INTEGER,
    latency_ms    INTEGER,
    status        TEXT    NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'stopped', 'error')),
    error         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX compare_messages_by_comparison ON compare_messages(comparison_id, turn, pane, id);

-- Blind votes, pairwise (a round with more than two panes is stored as the pairs it decides). The
-- comparison may be deleted later; its votes still count for the leaderboard.
CREATE TABLE compare_votes (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER REFERENCES comparisons(id) ON DELETE SET NULL,
    workspace     TEXT    NOT NULL DEFAULT '',
    category      TEXT    NOT NULL DEFAULT '',
    model_a       TEXT    NOT NULL,
    model_b       TEXT    NOT NULL,
    outcome       TEXT    NOT NULL CHECK (outcome IN ('a', 'b', 'tie', 'both_bad')),
    created_at    INTEGER NOT NULL
);
CREATE INDEX compare_votes_by_workspace ON compare_votes(workspace, category, created_at, id);

-- One row per (prompt row, model) of a batch run.
CREATE TABLE compare_batch_results (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
    row_index     INTEGER NOT NULL,
    row_id        TEXT    NOT NULL DEFAULT '',
    model         TEXT    NOT NULL,
    prompt        TEXT    NOT NULL DEFAULT '',
    output        TEXT    NOT NULL DEFAULT '',
    checks        INTEGER NOT NULL DEFAULT 0,
    passed        INTEGER,
    check_detail  TEXT    NOT NULL DEFAULT '',
    provider      TEXT    NOT NULL DEFAULT '',
    request_id    TEXT    NOT NULL DEFAULT '',
    input_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_nusd     INTEGER NOT NULL DEFAULT 0,
    ttft_ms       INTEGER,
    latency_ms    INTEGER,
    status        TEXT    NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'stopped', 'error')),
    error         TEXT    NOT NULL DEFAULT '',
    UNIQUE (comparison_id, row_index, model)
);
