#!/usr/bin/env bash
# What group commit costs the proxy (issue 28): one Release build of switchboard-cli, one nginx fake
# upstream, two serves alternated ABBA in one run: A with SWITCHBOARD_LEDGER_GROUP_COMMIT=0 (the answer
# goes out before its ledger row is on disk, as before issue 28), B as shipped (the answer's last bytes
# wait for the commit of its row). Per point (OpenAI -> OpenAI, wrk, c = 1, 16, 64): req/s, p50, p99 and
# CPU ms per request of serve; nginx direct before and after as the floor. Prints the medians, the
# added p50 (B - A) and the ratios B/A. Not part of the tests.
#
#   bench/proxy/durability.sh [--rounds 4] [--duration 10s] [--conc "1 16 64"] [--skip-build] [--out DIR]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export PEER_DIR="${PEER_DIR:-/tmp/peer-sb-durability}"
PORT="${BENCH_PORT:-4197}"
CONC="1 16 64"; HELP_END=9
source "$ROOT/bench/common/abserve.sh"
ab_args "$@"
ab_build
ab_start durability
ab_workspace "$WORK/ws.json" "proxy durability"

measure() { # WHO (A: group commit off, B: on) ROUND
  if [ "$1" = A ]; then ab_serve "$WORK/ws.json" "$RES/serve-$1-$2.log" SWITCHBOARD_LEDGER_GROUP_COMMIT=0; else ab_serve "$WORK/ws.json" "$RES/serve-$1-$2.log"; fi
  ab_point "$1" "$2"
  ab_stop
}

echo "# proxy durability $(date -Is): $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?); A = group commit off, B = on;" \
  "$ROUNDS rounds ABBA, wrk $DUR per point; load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$RES/summary.txt"
ab_rounds
ab_report
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); medians of $ROUNDS rounds (direct: of 2 runs); points in $RES/points.tsv" | tee -a "$RES/summary.txt"
