-- Budgets per team member that the team's admins set over serve's admin API (core/team/teamstore.h).
-- They live in the team's database, not in a workspace file, so that every serve on it applies the
-- same ones; a serve reads them with the keys whenever team_state.version moves. Limits in nano-USD
-- (BIGINT: PostgreSQL's INTEGER is 32 bits), NULL when not set; at least one is set.
CREATE TABLE team_budgets (
    member_id       INTEGER NOT NULL REFERENCES team_members (id),
    period          TEXT    NOT NULL CHECK (period IN ('daily', 'monthly')),
    soft_limit_nano BIGINT  CHECK (soft_limit_nano >= 0),
    hard_limit_nano BIGINT  CHECK (hard_limit_nano >= 0),
    updated_at      BIGINT  NOT NULL, -- UTC epoch ms
    PRIMARY KEY (member_id, period)
);
