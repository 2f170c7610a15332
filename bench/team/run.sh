#!/usr/bin/env bash
# A team server (issue 20): two serves on one PostgreSQL against one serve on SQLite, in one run. One
# Release build of switchboard-cli, the nginx fake upstream, a throwaway PostgreSQL 15 (initdb into a
# scratch folder, fsync on, a free loopback port). Rounds alternate ABBA:
#   A: one serve on its SQLite file, wrk -c CONC;
#   B: two serves on one PostgreSQL database, wrk -c CONC against each at the same time.
# Per side: requests/s (B: both summed), p50 (B: the mean of the two wrk), and CPU ms per request of
# the serves (B: both) and of PostgreSQL's processes. Then the budget race, REPS times on a fresh
# database each: wrk -c64 for 3 s against each serve at once (128 clients) under one daily hard limit;
# what the ledger says was spent against the limit. Not part of the tests.
#
# --cli-before FILE adds side P: B's two serves on PostgreSQL with another switchboard-cli (an earlier
# build), in the same rounds (A P B, then B P A), for a before/after in one run.
#
#   bench/team/run.sh [--rounds 4] [--duration 10s] [--conc 64] [--reps 20] [--limit 0.0001] [--cli-before FILE] [--skip-build] [--out DIR]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export PEER_DIR="${PEER_DIR:-/tmp/peer-sb-team}"
PORT="${BENCH_PORT:-4197}"
PORT2=$((PORT + 1))
CONC="64"; HELP_END=16
REPS=20; LIMIT=0.0001; CLI_BEFORE=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) REPS="$2"; shift 2 ;;
    --limit) LIMIT="$2"; shift 2 ;;
    --cli-before) CLI_BEFORE="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
source "$ROOT/bench/common/abserve.sh"
ab_args "${args[@]+"${args[@]}"}"
ab_build
ab_start team

# ---- a throwaway PostgreSQL ----------------------------------------------------------------------------
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$PGBIN/pg_ctl" ] || { echo "PostgreSQL is not installed (Debian: postgresql-15; scripts/deps.sh installs it)" >&2; exit 1; }
PGDIR="$WORK/pg"; mkdir -p "$PGDIR"
# as root, the server runs as the postgres user, which must reach its folder inside the scratch one
AS=(); if [ "$(id -u)" = 0 ]; then chmod 755 "$WORK"; chown postgres "$PGDIR"; AS=(runuser -u postgres --); fi
PGPORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"${AS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust > "$RES/initdb.log" 2>&1
"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1" -l "$PGDIR/log" -w start > /dev/null
pg_stop() { "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop > /dev/null 2>&1 || true; }
trap 'pg_stop; ab_cleanup' EXIT
psql_do() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d "${2:-postgres}" -qAtc "$1"; }
DB_N=0
new_db() { DB_N=$((DB_N + 1)); psql_do "CREATE DATABASE team$DB_N"; DB_URL="postgresql://postgres@127.0.0.1:$PGPORT/team$DB_N"; } # not in $(): DB_N must count
pg_ticks() { # CPU ticks of every PostgreSQL process (the postmaster's children come and go with connections)
  local pm; pm="$(head -n1 "$PGDIR/data/postmaster.pid")"
  { echo "$pm"; pgrep -P "$pm" || true; } | while read -r p; do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || true; done \
    | awk '{ s += $1 } END { print s + 0 }'
}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
HZ="$(getconf CLK_TCK)"

ab_workspace "$WORK/plain.json" "team"

serve_on() { # PORT DATABASE(empty: SQLite in DATA) DATA LOG [ENV...]: starts a serve, sets LAST_PID
  local port="$1" db="$2" data="$3" log="$4"; shift 4
  local extra=(); [ -n "$db" ] && extra=(--database "$db")
  env BENCH_KEY=sk-bench "$@" "${SERVE_CLI:-$CLI}" serve --workspace "$WS" --data-dir "$data" --listen "127.0.0.1:$port" -q "${extra[@]}" > "$log" 2>&1 < /dev/null &
  LAST_PID=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/health" && return 0; sleep 0.1; done
  echo "serve on $port did not start: $(cat "$log")" >&2; return 1
}
wrk_at() { # PORT CONC DURATION OUT
  PEER_BODY_FILE="$WORK/openai.json" wrk -t2 -c"$2" -d"$3" --latency -s "$PEER/chat.lua" "http://127.0.0.1:$1/v1/chat/completions" > "$4" 2>&1
}
wrk_rps() { awk '/Requests\/sec/ { print $2 }' "$1"; }
wrk_p50() { awk '$1 == "50%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) sub(/ms$/, "", v); else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; print v }' "$1"; }
wrk_total() { awk '/requests in/ { print $1 }' "$1"; }

printf 'who\tround\trps\tp50_ms\tserve_cpu_ms_per_req\tpg_cpu_ms_per_req\n' > "$RES/team.tsv"
measure_team() { # WHO ROUND
  local who="$1" r="$2" WS="$WORK/plain.json"
  if [ "$who" = A ]; then
    rm -rf "$WORK/a"; serve_on "$PORT" "" "$WORK/a" "$RES/serve-A-$r.log"; local p1="$LAST_PID"
    local t0; t0="$(ticks "$p1")"
    wrk_at "$PORT" "$CONC" "$DUR" "$RES/A-$r.wrk"
    local t1; t1="$(ticks "$p1")"
    kill "$p1"; wait "$p1" 2>/dev/null || true
    local n; n="$(wrk_total "$RES/A-$r.wrk")"
    printf 'A\t%s\t%s\t%s\t%.4f\t0\n' "$r" "$(wrk_rps "$RES/A-$r.wrk")" "$(wrk_p50 "$RES/A-$r.wrk")" \
      "$(echo "($t1 - $t0) * 1000 / $HZ / $n" | bc -l)" >> "$RES/team.tsv"
  else
    local SERVE_CLI="$CLI"; [ "$who" = P ] && SERVE_CLI="$CLI_BEFORE"
    new_db; local db="$DB_URL"
    rm -rf "$WORK/b1" "$WORK/b2"
    serve_on "$PORT" "$db" "$WORK/b1" "$RES/serve-${who}1-$r.log"; local p1="$LAST_PID"
    serve_on "$PORT2" "$db" "$WORK/b2" "$RES/serve-${who}2-$r.log"; local p2="$LAST_PID"
    local a0 b0 g0; a0="$(ticks "$p1")"; b0="$(ticks "$p2")"; g0="$(pg_ticks)"
    wrk_at "$PORT" "$CONC" "$DUR" "$RES/${who}1-$r.wrk" & local w1=$!
    wrk_at "$PORT2" "$CONC" "$DUR" "$RES/${who}2-$r.wrk" & local w2=$!
    wait "$w1" "$w2"
    local a1 b1 g1; a1="$(ticks "$p1")"; b1="$(ticks "$p2")"; g1="$(pg_ticks)"
    kill "$p1" "$p2"; wait "$p1" "$p2" 2>/dev/null || true
    local n; n=$(( $(wrk_total "$RES/${who}1-$r.wrk") + $(wrk_total "$RES/${who}2-$r.wrk") ))
    printf '%s\t%s\t%s\t%s\t%.4f\t%.4f\n' "$who" "$r" "$(echo "$(wrk_rps "$RES/${who}1-$r.wrk") + $(wrk_rps "$RES/${who}2-$r.wrk")" | bc -l)" \
      "$(echo "($(wrk_p50 "$RES/${who}1-$r.wrk") + $(wrk_p50 "$RES/${who}2-$r.wrk")) / 2" | bc -l)" \
      "$(echo "($a1 - $a0 + $b1 - $b0) * 1000 / $HZ / $n" | bc -l)" "$(echo "($g1 - $g0) * 1000 / $HZ / $n" | bc -l)" >> "$RES/team.tsv"
  fi
}

echo "# team server $(date -Is): $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?); A = one serve on SQLite, B = two serves on one" \
  "PostgreSQL $("$PGBIN/postgres" --version | awk '{ print $3 }'); wrk -c$CONC $DUR per serve, $ROUNDS rounds ABBA; load before: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$RES/summary.txt"
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) = 1 ]; then order="A ${CLI_BEFORE:+P }B"; else order="B ${CLI_BEFORE:+P }A"; fi
  for who in $order; do measure_team "$who" "$r"; done
  echo "round $r done" >&2
done
awk -F'\t' 'NR > 1 { n[$1]++; for (i = 3; i <= 6; i++) v[$1, i, n[$1]] = $i }
  function median(w, i,   c, a, j, t, m) { c = n[w]; for (j = 1; j <= c; j++) a[j] = v[w, i, j]
    for (j = 2; j <= c; j++) { t = a[j]; for (m = j - 1; m >= 1 && a[m] > t; m--) a[m + 1] = a[m]; a[m + 1] = t }
    return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2 }
  END {
    printf "%-28s %10s %9s %16s %16s\n", "side (medians)", "req/s", "p50 ms", "serve cpu ms/req", "pg cpu ms/req"
    printf "%-28s %10.0f %9.3f %16.4f %16s\n", "A one serve, SQLite", median("A", 3), median("A", 4), median("A", 5), "-"
    printf "%-28s %10.0f %9.3f %16.4f %16.4f\n", "B two serves, PostgreSQL", median("B", 3), median("B", 4), median("B", 5), median("B", 6)
    printf "B/A: req/s %.3f, serve cpu per request %.3f, serve + pg cpu per request %.3f\n", median("B", 3) / median("A", 3),
      median("B", 5) / median("A", 5), (median("B", 5) + median("B", 6)) / median("A", 5)
    if (n["P"]) {
      printf "%-28s %10.0f %9.3f %16.4f %16.4f\n", "P two serves, PG, before", median("P", 3), median("P", 4), median("P", 5), median("P", 6)
      printf "P/A: req/s %.3f, serve cpu per request %.3f, serve + pg cpu per request %.3f\n", median("P", 3) / median("A", 3),
        median("P", 5) / median("A", 5), (median("P", 5) + median("P", 6)) / median("A", 5)
      printf "B/P: req/s %.3f, serve cpu per request %.3f, pg cpu per request %.3f\n", median("B", 3) / median("P", 3),
        median("B", 5) / median("P", 5), median("B", 6) / median("P", 6) } }' "$RES/team.tsv" | tee -a "$RES/summary.txt"

# ---- the race: one hard limit, two serves, 128 clients ----------------------------------------------------
ab_workspace "$WORK/race.json" "team race" "[{\"scope\": \"workspace\", \"period\": \"daily\", \"hardLimitUsd\": $LIMIT}]"
# the most one call may reserve: the prompt's estimated tokens at the input price plus max_tokens at the
# output price (gpt-4o-mini: $0.15 and $0.60 per million)
MAXTOK="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("max_tokens", 0))' "$WORK/openai.json")"
echo "race: $REPS times, wrk -c64 for 3 s against each of two serves on one fresh PostgreSQL database, daily hard limit \$$LIMIT" \
  "(gpt-4o-mini, max_tokens $MAXTOK):" | tee -a "$RES/summary.txt"
worst=0
for rep in $(seq 1 "$REPS"); do
  new_db; db="$DB_URL"; WS="$WORK/race.json"
  rm -rf "$WORK/r1" "$WORK/r2"
  serve_on "$PORT" "$db" "$WORK/r1" "$RES/race1.log"; p1="$LAST_PID"
  serve_on "$PORT2" "$db" "$WORK/r2" "$RES/race2.log"; p2="$LAST_PID"
  wrk_at "$PORT" 64 3s "$RES/race1.wrk" & w1=$!
  wrk_at "$PORT2" 64 3s "$RES/race2.wrk" & w2=$!
  wait "$w1" "$w2"
  kill "$p1" "$p2"; wait "$p1" "$p2" 2>/dev/null || true
  line="$(psql_do "SELECT count(*), coalesce(sum(cost_nusd), 0), coalesce(max(cost_nusd), 0) FROM calls WHERE status = 'ok'" "team$DB_N")"
  IFS='|' read -r calls spent maxcost <<< "$line"
  printf '%2d: %5d calls answered, spent $%.9f of $%s (%.3fx), the dearest call $%.9f\n' "$rep" "$calls" "$(echo "$spent / 1000000000" | bc -l)" \
    "$LIMIT" "$(echo "$spent / 1000000000 / $LIMIT" | bc -l)" "$(echo "$maxcost / 1000000000" | bc -l)" | tee -a "$RES/summary.txt"
  over="$(echo "$spent / 1000000000 - $LIMIT" | bc -l)"
  if [ "$(echo "$over > $worst" | bc -l)" = 1 ]; then worst="$over"; fi
done
printf 'worst overspend over %d reps: $%.9f\n' "$REPS" "$worst" | tee -a "$RES/summary.txt"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); raw results in $RES" | tee -a "$RES/summary.txt"
