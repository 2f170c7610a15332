#!/usr/bin/env bash
# Two commits of the proxy measured against each other in one run: is a change a regression? Builds
# switchboard-cli (Release) at BASE and at HEAD in their own directories, starts the shared nginx fake
# upstream once, then alternates the two serves (A B B A A B ...) for --rounds rounds, each a wrk run
# per concurrency on the OpenAI and Anthropic->OpenAI paths. Per point it records CPU ms per request
# (the steadiest figure on this box) and, where perf may count, user-space instructions per request
# (steadier still). Prints each build's median and range and the ratio HEAD/BASE. Not part of the tests.
#
#   bench/proxy/ab.sh BASE [HEAD] [--rounds 4] [--duration 10s] [--conc "1 16"] [--out DIR]
#
# BASE/HEAD: any commit-ish (HEAD defaults to the work tree's HEAD). Builds go to build-bench-ab/<sha>.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PEER="${PEER_HARNESS:-$ROOT/../shared/bench/peer}"
export PEER_DIR="${PEER_DIR:-/tmp/peer-sb-ab}"
PORT="${BENCH_PORT:-4198}"
ROUNDS=4; DUR=10s; CONC="1 16"; OUTDIR=""
[ $# -ge 1 ] || { sed -n '2,11p' "$0"; exit 2; }
BASE="$1"; shift
HEAD_REF=HEAD
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then HEAD_REF="$1"; shift; fi
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DUR="$2"; shift 2 ;;
    --conc) CONC="$2"; shift 2 ;;
    --out) OUTDIR="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

# ---- builds: a worktree per commit, Release, core + cli only ---------------------------------------
build_at() { # COMMIT -> path of its switchboard-cli on stdout
  local sha dir src
  sha="$(git -C "$ROOT" rev-parse --short "$1")"
  dir="$ROOT/build-bench-ab/$sha"; src="$dir/src"
  if [ ! -x "$dir/build/bin/switchboard-cli" ]; then
    mkdir -p "$dir"
    [ -d "$src" ] || git -C "$ROOT" worktree add --detach "$src" "$sha" >/dev/null 2>&1
    local prefix launcher=()
    prefix="$(ls -d "$HOME"/.cache/switchboard/deps/ksyntaxhighlighting-*-qt6 2>/dev/null | tail -n1 || true)"
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$src" -B "$dir/build" -G Ninja ${prefix:+-DCMAKE_PREFIX_PATH="$prefix"} -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -g -DNDEBUG" -DBUILD_UI=OFF -DBUILD_TESTING=OFF -DENABLE_SANITIZERS=OFF "${launcher[@]}" >/dev/null
    cmake --build "$dir/build" -j"${JOBS:-2}" --target switchboard-cli >&2
  fi
  echo "$dir/build/bin/switchboard-cli"
}
CLI_A="$(build_at "$BASE")"; CLI_B="$(build_at "$HEAD_REF")"
SHA_A="$(git -C "$ROOT" rev-parse --short "$BASE")"; SHA_B="$(git -C "$ROOT" rev-parse --short "$HEAD_REF")"

RES="${OUTDIR:-$PEER_DIR/results/ab-$(date +%Y%m%d-%H%M%S)}"; mkdir -p "$RES"
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
{ "version": 1, "name": "proxy ab",
  "providers": [
    {"id": "openai", "kind": "openai", "baseUrl": "http://127.0.0.1:18080/v1", "apiKey": "env:BENCH_KEY", "models": ["gpt-4o-mini"]}
  ],
  "proxy": {"enabled": true, "host": "127.0.0.1", "port": $PORT} }
EOF
sed 's/"model":"gpt-4o-mini"/"model":"openai\/gpt-4o-mini"/' "$PEER/bodies/openai.json" > "$WORK/openai.json"
sed 's/"model":"claude-3-5-sonnet-20241022"/"model":"openai\/gpt-4o-mini"/' "$PEER/bodies/anthropic.json" > "$WORK/anthropic-to-openai.json"

perf_ok=0
perf stat -e instructions:u -- true >/dev/null 2>&1 && perf_ok=1

# one serve, one path, every concurrency; appends "build path conc cpu_ms_per_req instr_per_req" rows
measure() { # LABEL CLI
  local label="$1" cli="$2"
  rm -rf "$WORK/data"
  BENCH_KEY=sk-bench "$cli" serve --workspace "$WORK/ws.json" --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" -q \
    > "$RES/serve-$label.log" 2>&1 < /dev/null &
  SB_PID=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$PORT/health" && break; sleep 0.1; done
  for path in openai anth2openai; do
    local args=(--body "$WORK/openai.json")
    [ "$path" = anth2openai ] && args=(--anthropic --body "$WORK/anthropic-to-openai.json")
    for c in $CONC; do
      local perf_out="$RES/perf-$label-$path-$c.txt" tsv="$RES/$label-$path-$c.tsv"
      local perf_pid=""
      if [ "$perf_ok" = 1 ]; then
        perf stat -x, -e instructions:u -p "$SB_PID" -o "$perf_out" &
        perf_pid=$!
      fi
      "$PEER/run.sh" "http://127.0.0.1:$PORT" "${args[@]}" --conc "$c" --warmup 0 --duration "$DUR" --label "$label-$path" \
        --out "$tsv" --pid "$SB_PID" --aux-pid "$NGX" >/dev/null
      local instr=""
      if [ -n "$perf_pid" ]; then
        kill -INT "$perf_pid" 2>/dev/null || true
        wait "$perf_pid" 2>/dev/null || true
        instr="$(awk -F, '/instructions/ {print $1; exit}' "$perf_out")"
      fi
      awk -F'\t' -v b="$label" -v p="$path" -v i="$instr" 'NR == 2 {
          per = (i != "" && i ~ /^[0-9]+$/ && $8 > 0) ? sprintf("%.0f", i / $8) : "-"
          printf "%s\t%s\t%s\t%s\t%s\n", b, p, $1, $12, per }' "$tsv" >> "$RES/points.tsv"
    done
  done
  kill "$SB_PID" 2>/dev/null; wait "$SB_PID" 2>/dev/null || true
  SB_PID=""
}

printf 'build\tpath\tconc\tcpu_ms_per_req\tinstr_per_req\n' > "$RES/points.tsv"
echo "# proxy A/B $(date -Is): A = $SHA_A, B = $SHA_B; $ROUNDS rounds, wrk $DUR per point; load before: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$RES/summary.txt"
for r in $(seq 1 "$ROUNDS"); do
  # ABBA: neither build always goes first (the box warms and cools)
  if [ $((r % 2)) = 1 ]; then order="A B"; else order="B A"; fi
  for who in $order; do
    if [ "$who" = A ]; then measure A "$CLI_A"; else measure B "$CLI_B"; fi
  done
  echo "round $r done" >&2
done

# medians (an outlier round moves a mean), the range, and the ratio of the medians
sort -t$'\t' -k1,1 -k2,2 -k3,3n -k4,4g <(tail -n +2 "$RES/points.tsv") | awk -F'\t' -v a="$SHA_A" -v b="$SHA_B" '
  { k = $2 " c=" $3; if (!(k in seen)) { seen[k] = 1; keys[++nk] = k }
    i = ++n[$1, k]; v[$1, k, i] = $4
    if ($5 != "-") { ni[$1, k]++; si[$1, k] += $5 } }
  function median(w, k,   c) { c = n[w, k]; return c % 2 ? v[w, k, (c + 1) / 2] : (v[w, k, c / 2] + v[w, k, c / 2 + 1]) / 2 }
  END {
    printf "%-18s %28s %28s %10s %22s\n", "point", "A " a " cpu ms/req", "B " b " cpu ms/req", "B/A", "instr/req A -> B"
    for (j = 1; j <= nk; j++) {
      k = keys[j]; ma = median("A", k); mb = median("B", k)
      ia = ni["A", k] ? sprintf("%.0f", si["A", k] / ni["A", k]) : "-"
      ib = ni["B", k] ? sprintf("%.0f", si["B", k] / ni["B", k]) : "-"
      printf "%-18s %10.4f (%.4f-%.4f) %10.4f (%.4f-%.4f) %10.3f %22s\n", k, ma, v["A", k, 1], v["A", k, n["A", k]], mb, v["B", k, 1], v["B", k, n["B", k]], mb / ma, ia " -> " ib
    }
  }' | tee -a "$RES/summary.txt"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); points in $RES/points.tsv" | tee -a "$RES/summary.txt"
