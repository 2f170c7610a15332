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
PEER="${PEER_HARNESS:-$ROOT/../shared/bench/peer}"
[ -d "$PEER" ] || PEER=/work/shared/bench/peer
export PEER_DIR="${PEER_DIR:-/tmp/peer-sb-durability}"
BUILD="${BENCH_BUILD_DIR:-$ROOT/build-bench}"
PORT="${BENCH_PORT:-4197}"
ROUNDS=4; DUR=10s; CONC="1 16 64"; SKIP_BUILD=0; OUTDIR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DUR="$2"; shift 2 ;;
    --conc) CONC="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --out) OUTDIR="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ "$SKIP_BUILD" = 0 ]; then
  prefix="$(ls -d "$HOME"/.cache/switchboard/deps/ksyntaxhighlighting-*-qt6 2>/dev/null | tail -n1 || true)"
  launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  [ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja ${prefix:+-DCMAKE_PREFIX_PATH="$prefix"} -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -g -DNDEBUG" -DBUILD_UI=OFF -DBUILD_TESTING=OFF -DENABLE_SANITIZERS=OFF "${launcher[@]}" >/dev/null
  cmake --build "$BUILD" -j"${JOBS:-2}" --target switchboard-cli
fi
CLI="$BUILD/bin/switchboard-cli"
[ -x "$CLI" ] || { echo "no $CLI: build it first (drop --skip-build)" >&2; exit 1; }

RES="${OUTDIR:-$PEER_DIR/results/durability-$(date +%Y%m%d-%H%M%S)}"; mkdir -p "$RES"
WORK="$(mktemp -d)"
SB_PID=""
cleanup() {
  [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null && wait "$SB_PID" 2>/dev/null || true
  "$PEER/stop.sh" nginx >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$PEER/setup.sh" >/dev/null
if [ "$PEER_DIR" != /tmp/peer ] && [ -z "${NGINX_CONF:-}" ]; then
  mkdir -p "$PEER_DIR"
  sed "s#/tmp/peer/#$PEER_DIR/#g" "$PEER/nginx.conf" > "$PEER_DIR/nginx.conf"
  export NGINX_CONF="$PEER_DIR/nginx.conf"
fi
"$PEER/start.sh" nginx >/dev/null
NGX="$(cat "$PEER_DIR/nginx/nginx.pid")"

cat > "$WORK/ws.json" <<EOF
{ "version": 1, "name": "proxy durability",
  "providers": [
    {"id": "openai", "kind": "openai", "baseUrl": "http://127.0.0.1:18080/v1", "apiKey": "env:BENCH_KEY", "models": ["gpt-4o-mini"]}
  ],
  "proxy": {"enabled": true, "host": "127.0.0.1", "port": $PORT} }
EOF
sed 's/"model":"gpt-4o-mini"/"model":"openai\/gpt-4o-mini"/' "$PEER/bodies/openai.json" > "$WORK/openai.json"

printf 'who\tconc\trps\tp50_ms\tp99_ms\tcpu_ms_per_req\n' > "$RES/points.tsv"
record() { # WHO TSV
  awk -F'\t' -v w="$1" 'NR > 1 { printf "%s\t%s\t%s\t%s\t%s\t%s\n", w, $1, $3, $4, $6, $12 }' "$2" >> "$RES/points.tsv"
}
direct() { # LABEL
  "$PEER/run.sh" http://127.0.0.1:18080 --conc "$CONC" --duration "$DUR" --label "direct-$1" --out "$RES/direct-$1.tsv" --pid "$NGX" >/dev/null
  record direct "$RES/direct-$1.tsv"
}
measure() { # WHO (A: group commit off, B: on) ROUND
  local who="$1" env=()
  [ "$who" = A ] && env=(SWITCHBOARD_LEDGER_GROUP_COMMIT=0)
  rm -rf "$WORK/data"
  env BENCH_KEY=sk-bench "${env[@]+"${env[@]}"}" "$CLI" serve --workspace "$WORK/ws.json" --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" -q \
    > "$RES/serve-$who-$2.log" 2>&1 < /dev/null &
  SB_PID=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$PORT/health" && break; sleep 0.1; done
  "$PEER/run.sh" "http://127.0.0.1:$PORT" --body "$WORK/openai.json" --conc "$CONC" --duration "$DUR" --label "$who-$2" \
    --out "$RES/$who-$2.tsv" --pid "$SB_PID" --aux-pid "$NGX" >/dev/null
  record "$who" "$RES/$who-$2.tsv"
  kill "$SB_PID" 2>/dev/null; wait "$SB_PID" 2>/dev/null || true
  SB_PID=""
}

echo "# proxy durability $(date -Is): $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?); A = group commit off, B = on;" \
  "$ROUNDS rounds ABBA, wrk $DUR per point; load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$RES/summary.txt"
direct before
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) = 1 ]; then order="A B"; else order="B A"; fi
  for who in $order; do measure "$who" "$r"; done
  echo "round $r done" >&2
done
direct after

# medians per (who, conc) of each column; then B - A for p50 and B / A for the rest
awk -F'\t' 'NR > 1 { k = $1 "\t" $2; n[k]++; for (i = 3; i <= 6; i++) v[k, i, n[k]] = $i; keys[k] = 1 }
  function median(k, i,   c, a, j, t, m, x) {
    c = n[k]; for (j = 1; j <= c; j++) a[j] = v[k, i, j]
    for (j = 2; j <= c; j++) { t = a[j]; for (m = j - 1; m >= 1 && a[m] > t; m--) a[m + 1] = a[m]; a[m + 1] = t }
    return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2 }
  END { for (k in keys) { split(k, p, "\t"); printf "%s\t%s\t%s\t%s\t%s\t%s\n", p[1], p[2], median(k, 3), median(k, 4), median(k, 5), median(k, 6) } }' \
  "$RES/points.tsv" | sort -k2,2n -k1,1 > "$RES/medians.tsv"
awk -F'\t' '{ rps[$1, $2] = $3; p50[$1, $2] = $4; p99[$1, $2] = $5; cpu[$1, $2] = $6; if (!($2 in seen)) { seen[$2] = 1; cs[++nc] = $2 } }
  END {
    printf "%-5s %12s %12s %12s %9s %9s %9s %10s %10s %8s %8s %8s\n", "conc", "direct req/s", "A req/s", "B req/s", "B/A rps", "A p50", "B p50", "B-A p50", "A cpu/rq", "B cpu/rq", "B/A cpu", "B p99"
    for (j = 1; j <= nc; j++) { c = cs[j]
      printf "%-5s %12.0f %12.0f %12.0f %9.3f %9.3f %9.3f %+10.3f %10.4f %10.4f %8.3f %8.3f\n", c, rps["direct", c], rps["A", c], rps["B", c],
        rps["B", c] / rps["A", c], p50["A", c], p50["B", c], p50["B", c] - p50["A", c], cpu["A", c], cpu["B", c], cpu["B", c] / cpu["A", c], p99["B", c] }
  }' "$RES/medians.tsv" | tee -a "$RES/summary.txt"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); medians of $ROUNDS rounds (direct: of 2 runs); points in $RES/points.tsv" | tee -a "$RES/summary.txt"
