#!/usr/bin/env bash
# The team Usage page's queries over a 12-month ledger of 10,000,000 calls on PostgreSQL 15 (issue 20:
# "a 12-month ledger of 10,000,000 rows keeps team charts under 500 ms"): bench_teamcharts (charts.cpp)
# against a server kept in DATA (initdb the first time, on a free loopback port each run, stopped at
# the end). The first run fills database `team` (about 15 minutes on the 2-core VM); later runs reuse it.
#
#   bench/team/charts.sh [--data DIR] [--bin BENCH] [--before BENCH] [--before-args "OPTIONS"] [-- bench_teamcharts options]
#
# --before BENCH: an earlier build of bench_teamcharts, run first in the same run (before/after), with
# --before-args (an earlier build may not know the options given after --).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DATA=/work/teamcharts-data
BIN="$ROOT/build/bin/bench_teamcharts"
BEFORE=""
BEFORE_ARGS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --bin) BIN="$2"; shift 2 ;;
    --before) BEFORE="$2"; shift 2 ;;
    --before-args) BEFORE_ARGS="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$PGBIN/pg_ctl" ] || { echo "PostgreSQL is not installed (Debian: postgresql-15)" >&2; exit 1; }
mkdir -p "$DATA"
# as root, the server runs as the postgres user, which must own its folder
AS=(); if [ "$(id -u)" = 0 ]; then chown postgres "$DATA"; AS=(runuser -u postgres --); fi
[ -d "$DATA/pg" ] || "${AS[@]}" "$PGBIN/initdb" -D "$DATA/pg" -U postgres --auth=trust > "$DATA/initdb.log" 2>&1
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
STARTED=0
if ! "${AS[@]}" "$PGBIN/pg_ctl" -D "$DATA/pg" status > /dev/null 2>&1; then
  # shared_buffers 1 GB: a team server's own database; the rest are PostgreSQL 15's defaults
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$DATA/pg" -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=4GB" \
    -l "$DATA/log" -w start > /dev/null
  STARTED=1
else
  PORT="$(sed -n 4p "$DATA/pg/postmaster.pid")" # already running (another run's server)
fi
trap '[ "$STARTED" = 1 ] && "${AS[@]}" "$PGBIN/pg_ctl" -D "$DATA/pg" -m fast stop > /dev/null 2>&1 || true' EXIT
psql -h 127.0.0.1 -p "$PORT" -U postgres -qAtc "SELECT 1 FROM pg_database WHERE datname = 'team'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE team"
URL="postgresql://postgres@127.0.0.1:$PORT/team"
echo "# bench_teamcharts $(date -Is) at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?); load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$BEFORE" ]; then
  echo "## before: $BEFORE"
  QT_LOGGING_RULES='switchboard.storage.database=false' "$BEFORE" --database "$URL" --check-rows 0 $BEFORE_ARGS # (split into words)
  echo "## after: $BIN"
fi
QT_LOGGING_RULES='switchboard.storage.database=false' "$BIN" --database "$URL" "$@"
