-- Quality canaries (core/monitor/canary.h): each run of a canary's prompt set against one model, and
-- each prompt's answer in it. A run's pass rate is passed / graded: answers whose checks (the judge's
-- included) gave a verdict; errors (no answer, a judge without a grade) and prompts skipped by the
-- run's cost cap are counted apart. p_value is the one-sided Fisher exact test of the run's pass count
-- against the trailing runs' (NULL: too few graded answers to test); alert_id the alert it raised.
CREATE TABLE monitor_canary_runs (
    id              INTEGER PRIMARY KEY,
    canary          TEXT    NOT NULL,
    model           TEXT    NOT NULL,
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER NOT NULL,
    prompts         INTEGER NOT NULL,
    graded          INTEGER NOT NULL,
    passed          INTEGER NOT NULL,
    errors          INTEGER NOT NULL,
    skipped         INTEGER NOT NULL,
    capped          INTEGER NOT NULL CHECK (capped IN (0, 1)),
    latency_ms_mean REAL,
    cost_nusd       INTEGER NOT NULL,
    p_value         REAL,
    alert_id        INTEGER
);
-- a canary's series per model over time, and the trailing runs before a new one
CREATE INDEX monitor_canary_runs_by_time ON monitor_canary_runs(canary, model, started_at);

-- The answers of a run, in the prompt set's order: what an alert shows before and after a drop.
-- status is passed, failed, error or skipped (the cost cap). Kept for 90 days.
CREATE TABLE monitor_canary_results (
    run_id     INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    row_id     TEXT    NOT NULL,
    prompt     TEXT    NOT NULL,
    answer     TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('passed', 'failed', 'error', 'skipped')),
    detail     TEXT    NOT NULL,
    latency_ms INTEGER,
    cost_nusd  INTEGER NOT NULL,
    PRIMARY KEY (run_id, position)
) WITHOUT ROWID;
