-- Requests per minute of team keys, shared by every serve of a team's PostgreSQL database
-- (core/team/sharedratelimit.h): one token bucket per key that holds at most a minute's worth and
-- refills continuously; a request takes a token with one conditional UPDATE. SQLite has one serve,
-- which keeps its buckets in memory, and leaves this table empty.
CREATE TABLE rate_buckets (
    key        TEXT    NOT NULL PRIMARY KEY,
    tokens     REAL    NOT NULL,
    updated_at INTEGER NOT NULL -- UTC epoch ms of the last refill
);
