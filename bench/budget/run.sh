#!/usr/bin/env bash
# What budgets that hold cost the proxy (issue 20): one Release build of switchboard-cli, one nginx fake
# upstream, two serves alternated ABBA in one run: A without budgets, B with a daily workspace budget
# whose hard limit is never reached (every call reserves its maximum cost in the database before it
# goes, and settles after). Per point (OpenAI -> OpenAI, wrk, c = 1 and 64): req/s, p50, p99 and CPU ms
# per request of serve; nginx direct before and after as the floor. Then the race: wrk at c=64 for 3 s
# against a serve whose hard limit is $0.0001 (a few calls), with reservations (as shipped) and with
# SWITCHBOARD_BUDGET_RESERVATIONS=0 (spend checked alone, as before), and what the ledger says was
# spent. Not part of the tests.
#
#   bench/budget/run.sh [--rounds 4] [--duration 10s] [--conc "1 64"] [--skip-build] [--out DIR]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export PEER_DIR="${PEER_DIR:-/tmp/peer-sb-budget}"
PORT="${BENCH_PORT:-4196}"
CONC="1 64"; HELP_END=11
source "$ROOT/bench/common/abserve.sh"
ab_args "$@"
ab_build
ab_start budget

ab_workspace "$WORK/off.json" "budgets off"
ab_workspace "$WORK/on.json" "budgets on" '[{"scope": "workspace", "period": "daily", "hardLimitUsd": 1000000}]'
ab_workspace "$WORK/tiny.json" "budget race" '[{"scope": "workspace", "period": "daily", "hardLimitUsd": 0.0001}]'

measure() { # WHO (A: no budgets, B: a budget every call reserves against) ROUND
  if [ "$1" = A ]; then ab_serve "$WORK/off.json" "$RES/serve-$1-$2.log"; else ab_serve "$WORK/on.json" "$RES/serve-$1-$2.log"; fi
  ab_point "$1" "$2"
  ab_stop
}

echo "# budget reservations $(date -Is): $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?); A = no budgets, B = a hard budget" \
  "every call reserves against; $ROUNDS rounds ABBA, wrk $DUR per point; load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$RES/summary.txt"
ab_rounds
ab_report

# The race: a $0.0001 hard limit under c=64, with and without reservations; spend from the ledger.
race() { # LABEL [ENV=VALUE...]
  local label="$1"; shift
  ab_serve "$WORK/tiny.json" "$RES/serve-race.log" "$@"
  PEER_BODY_FILE="$WORK/openai.json" wrk -t2 -c64 -d3s -s "$PEER/chat.lua" "http://127.0.0.1:$PORT/v1/chat/completions" > "$RES/race.wrk" 2>&1 || true
  ab_stop
  sqlite3 "$WORK/data/switchboard.sqlite" "SELECT printf('%-22s %6d answered, spent \$%.6f of \$0.000100 (%.2fx the limit)', '$label', COUNT(*),
     SUM(cost_nusd) / 1e9, SUM(cost_nusd) / 1e9 / 0.0001) FROM calls WHERE status = 'ok'"
}
echo "race: wrk c=64 for 3 s against a \$0.0001 daily hard limit (gpt-4o-mini, max_tokens 32: about \$0.000006 a call, estimate \$0.00002):" \
  | tee -a "$RES/summary.txt"
race "spend-only (before)" SWITCHBOARD_BUDGET_RESERVATIONS=0 | tee -a "$RES/summary.txt"
race "reservations (after)" | tee -a "$RES/summary.txt"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); medians of $ROUNDS rounds (direct: of 2 runs); points in $RES/points.tsv" | tee -a "$RES/summary.txt"
