-- A team's members, their proxy keys and the audit log of changes to them (core/team/teamstore.h).
-- On a team's PostgreSQL database every serve reads them; on SQLite, the one serve of that data
-- directory. Empty tables: no team, and serve keeps to the workspace's proxy keys.

-- Removed members keep their row, so that the ledger and the audit log still name them.
CREATE TABLE team_members (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    role       TEXT    NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
    created_at INTEGER NOT NULL, -- UTC epoch ms
    removed_at INTEGER
);

-- A key is "sbk_" + id + "_" + secret. Only the SHA-256 of the whole value is kept: it cannot be
-- shown again, only revoked or rotated.
CREATE TABLE team_keys (
    id                  TEXT    PRIMARY KEY, -- the public part, also what the ledger records
    member_id           INTEGER NOT NULL REFERENCES team_members (id),
    label               TEXT    NOT NULL DEFAULT '',
    digest              TEXT    NOT NULL, -- hex SHA-256 of the key value
    requests_per_minute INTEGER NOT NULL DEFAULT 0 CHECK (requests_per_minute >= 0),
    created_at          INTEGER NOT NULL,
    revoked_at          INTEGER,
    replaced_by         TEXT    NOT NULL DEFAULT '' -- the key a rotation made in its place
);
CREATE INDEX team_keys_by_member ON team_keys (member_id);

-- Who changed what, newest last. actor is a member's name or "cli:USER" for the command line.
CREATE TABLE team_audit (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,
    actor  TEXT    NOT NULL,
    action TEXT    NOT NULL, -- team.init, member.add, member.role, member.remove, key.create, key.revoke, key.rotate
    target TEXT    NOT NULL DEFAULT '',
    detail TEXT    NOT NULL DEFAULT '' -- JSON
);
CREATE INDEX team_audit_by_time ON team_audit (at);

-- Moved by every change of members or keys, in the same transaction: a serve polls this one row and
-- reloads its keys only when it moved.
CREATE TABLE team_state (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO team_state (id, version) VALUES (1, 0);

-- The member whose key made a proxy call ('' for calls without a team key).
ALTER TABLE calls ADD COLUMN member TEXT NOT NULL DEFAULT '';
