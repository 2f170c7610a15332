#!/usr/bin/env bash
# The proxy (switchboard-cli serve) measured next to the Portkey gateway and claude-code-router in one
# run, against the same nginx fake upstream, with the shared peer harness (../shared/bench/peer).
# Writes a markdown table with ratios. Not part of the test run. See bench/proxy/README.md.
#
#   bench/proxy/run.sh [--duration 10s] [--runs 20] [--soak 600] [--peers "portkey ccr"] [--threads N]
#                      [--skip-build] [--skip-soak] [--only "matrix streams concurrency soak"] [--out DIR]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PEER="${PEER_HARNESS:-$ROOT/../shared/bench/peer}"
[ -d "$PEER" ] || PEER=/work/shared/bench/peer
export PEER_DIR="${PEER_DIR:-/tmp/peer}"
BUILD="${BENCH_BUILD_DIR:-$ROOT/build-bench}"
PORT="${BENCH_PORT:-4199}"
SLOW_PORT="${BENCH_SLOW_PORT:-18082}" # a second streaming fake whose chunks are 20 ms apart (concurrency test)
DUR=10s; RUNS=20; SOAK=600; PEERS="portkey ccr"; THREADS=""; SKIP_BUILD=0; ONLY="matrix streams concurrency soak"; OUTDIR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DUR="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --soak) SOAK="$2"; shift 2 ;;
    --skip-soak) ONLY="${ONLY/soak/}"; shift ;;
    --only) ONLY="$2"; shift 2 ;;
    --peers) PEERS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --out) OUTDIR="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
want() { [[ " $ONLY " == *" $1 "* ]]; }
has() { [[ " $PEERS " == *" $1 "* ]]; }

# ---- build: Release (-O2, no sanitizers), core + cli only, in its own directory --------------------
if [ "$SKIP_BUILD" = 0 ]; then
  prefix=""
  [ -d "$HOME/.cache/switchboard/deps" ] && prefix="$(ls -d "$HOME"/.cache/switchboard/deps/ksyntaxhighlighting-*-qt6 2>/dev/null | tail -n1 || true)"
  launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  [ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja ${prefix:+-DCMAKE_PREFIX_PATH="$prefix"} -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -g -DNDEBUG" -DBUILD_UI=OFF -DBUILD_TESTING=OFF -DENABLE_SANITIZERS=OFF "${launcher[@]}" >/dev/null
  cmake --build "$BUILD" -j"${JOBS:-2}" --target switchboard-cli
fi
CLI="$BUILD/bin/switchboard-cli"
[ -x "$CLI" ] || { echo "no $CLI: build it first (drop --skip-build)" >&2; exit 1; }

RES="${OUTDIR:-$PEER_DIR/results/proxy-$(date +%Y%m%d-%H%M%S)}"; mkdir -p "$RES"
WORK="$(mktemp -d)"
SB_PID=""; SLOW_PID=""
cleanup() {
  [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null && wait "$SB_PID" 2>/dev/null || true
  [ -n "$SLOW_PID" ] && kill "$SLOW_PID" 2>/dev/null && wait "$SLOW_PID" 2>/dev/null || true
  "$PEER/stop.sh" $PEERS stream nginx >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$PEER/setup.sh" >/dev/null
# A private PEER_DIR (other users of the shared harness stop what /tmp/peer's PID files name): the
# harness's nginx.conf names /tmp/peer paths, so it gets a copy with ours.
if [ "$PEER_DIR" != /tmp/peer ] && [ -z "${NGINX_CONF:-}" ]; then
  mkdir -p "$PEER_DIR"
  sed "s#/tmp/peer/#$PEER_DIR/#g" "$PEER/nginx.conf" > "$PEER_DIR/nginx.conf"
  export NGINX_CONF="$PEER_DIR/nginx.conf"
fi
"$PEER/start.sh" nginx stream $PEERS
NGX="$(cat "$PEER_DIR/nginx/nginx.pid")"; STR="$(cat "$PEER_DIR/stream.pid")"
pid_of() { cat "$PEER_DIR/$1.pid"; }
STREAM_PORT="$SLOW_PORT" STREAM_DELAY_MS=20 node "$PEER/stream-upstream.js" > "$RES/slow-upstream.log" 2>&1 < /dev/null &
SLOW_PID=$!
for _ in $(seq 1 50); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$SLOW_PORT/health" && break; sleep 0.1; done

# ---- the proxy: providers on the two fakes, both dialects ------------------------------------------
cat > "$WORK/ws.json" <<EOF
{ "version": 1, "name": "proxy bench",
  "providers": [
    {"id": "openai", "kind": "openai", "baseUrl": "http://127.0.0.1:18080/v1", "apiKey": "env:BENCH_KEY", "models": ["gpt-4o-mini"]},
    {"id": "anthropic", "kind": "anthropic", "baseUrl": "http://127.0.0.1:18080", "apiKey": "env:BENCH_KEY", "models": ["claude-3-5-sonnet-20241022"]},
    {"id": "stream", "kind": "openai", "baseUrl": "http://127.0.0.1:18081/v1", "apiKey": "env:BENCH_KEY", "models": ["gpt-4o-mini"]},
    {"id": "slow", "kind": "openai", "baseUrl": "http://127.0.0.1:$SLOW_PORT/v1", "apiKey": "env:BENCH_KEY", "models": ["gpt-4o-mini"]}
  ],
  "proxy": {"enabled": true, "host": "127.0.0.1", "port": $PORT} }
EOF
# request bodies that name the provider where the bare model is ambiguous
sed 's/"model":"gpt-4o-mini"/"model":"openai\/gpt-4o-mini"/' "$PEER/bodies/openai.json" > "$WORK/openai.json"
sed 's/"model":"gpt-4o-mini"/"model":"stream\/gpt-4o-mini"/' "$PEER/bodies/openai-stream.json" > "$WORK/openai-stream.json"
# Anthropic client in front of an OpenAI upstream: what claude-code-router does
sed 's/"model":"claude-3-5-sonnet-20241022"/"model":"openai\/gpt-4o-mini"/' "$PEER/bodies/anthropic.json" > "$WORK/anthropic-to-openai.json"
sed 's/"model":"gpt-4o-mini"/"model":"slow\/gpt-4o-mini"/' "$PEER/bodies/openai-stream.json" > "$WORK/openai-slow.json"
sed 's/"model":"fakestream,gpt-4o-mini"/"model":"stream\/gpt-4o-mini"/' "$PEER/bodies/anthropic-stream.json" > "$WORK/anthropic-stream.json"
sed 's/"model":"claude-3-5-sonnet-20241022"/"model":"anthropic\/claude-3-5-sonnet-20241022"/' "$PEER/bodies/anthropic.json" > "$WORK/anthropic.json"

thr=(); [ -n "$THREADS" ] && thr=(--threads "$THREADS")
BENCH_KEY=sk-bench "$CLI" serve --workspace "$WORK/ws.json" --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" -q "${thr[@]+"${thr[@]}"}" \
  > "$RES/serve.log" 2>&1 < /dev/null &
SB_PID=$!
for _ in $(seq 1 100); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$PORT/health" && break; sleep 0.1; done
curl -sf -m 2 "http://127.0.0.1:$PORT/health" >/dev/null || { echo "serve did not start:" >&2; cat "$RES/serve.log" >&2; exit 1; }
SB="http://127.0.0.1:$PORT"

rss() { awk '/VmRSS/{printf "%.1f", $2/1024}' "/proc/$1/status"; }
sleep 1
RSS_IDLE="$(rss "$SB_PID")"
SUM="$RES/summary.txt"
log() { echo "$@" | tee -a "$SUM"; }
log "# proxy benchmark $(date -Is) $(nproc) cores, $(uname -r); switchboard $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?)"
log "# $("$CLI" --version)"
log "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
log "# wrk duration per point: $DUR"
log "# switchboard-cli serve RSS idle: $RSS_IDLE MiB"

PK_H=(-H 'x-portkey-provider: openai' -H 'x-portkey-custom-host: http://127.0.0.1:18080/v1' -H 'Authorization: Bearer sk-fake')
PK_SH=(-H 'x-portkey-provider: openai' -H 'x-portkey-custom-host: http://127.0.0.1:18081/v1' -H 'Authorization: Bearer sk-fake')
common=(--duration "$DUR")

# ---- non-streaming matrix: OpenAI (vs Portkey) and Anthropic->OpenAI (vs ccr) -----------------------
if want matrix; then
  "$PEER/run.sh" http://127.0.0.1:18080 --label direct-openai --out "$RES/direct-openai.tsv" --pid "$NGX" "${common[@]}" | tee -a "$SUM"
  "$PEER/run.sh" "$SB" --body "$WORK/openai.json" --label switchboard --out "$RES/switchboard.tsv" --pid "$SB_PID" \
    --aux-pid "$NGX" --baseline "$RES/direct-openai.tsv" "${common[@]}" | tee -a "$SUM"
  if has portkey; then
    "$PEER/run.sh" http://127.0.0.1:8787 "${PK_H[@]}" --label portkey --out "$RES/portkey.tsv" --pid "$(pid_of portkey)" \
      --aux-pid "$NGX" --baseline "$RES/direct-openai.tsv" "${common[@]}" | tee -a "$SUM"
  fi
  "$PEER/run.sh" http://127.0.0.1:18080 --anthropic --label direct-anthropic --out "$RES/direct-anthropic.tsv" --pid "$NGX" "${common[@]}" | tee -a "$SUM"
  "$PEER/run.sh" "$SB" --anthropic --body "$WORK/anthropic.json" --label sb-anthropic --out "$RES/sb-anthropic.tsv" --pid "$SB_PID" \
    --aux-pid "$NGX" --baseline "$RES/direct-anthropic.tsv" "${common[@]}" | tee -a "$SUM"
  "$PEER/run.sh" "$SB" --anthropic --body "$WORK/anthropic-to-openai.json" --label sb-anth2openai --out "$RES/sb-anth2openai.tsv" --pid "$SB_PID" \
    --aux-pid "$NGX" --baseline "$RES/direct-openai.tsv" "${common[@]}" | tee -a "$SUM"
  if has ccr; then
    "$PEER/run.sh" http://127.0.0.1:3456 --anthropic -H 'x-api-key: sk-fake' --label ccr --out "$RES/ccr.tsv" --pid "$(pid_of ccr)" \
      --aux-pid "$NGX" --baseline "$RES/direct-openai.tsv" "${common[@]}" | tee -a "$SUM"
  fi
  RSS_LOAD="$(rss "$SB_PID")"
  log "# switchboard-cli serve RSS after the matrix: $RSS_LOAD MiB"
fi

# ---- streaming time to first byte ------------------------------------------------------------------
if want streams; then
  log ""
  log "# streaming: $RUNS sequential requests each, times in ms"
  "$PEER/stream.sh" http://127.0.0.1:18081 --runs "$RUNS" --label direct-stream --out "$RES/stream-direct.tsv" | tee -a "$SUM"
  "$PEER/stream.sh" "$SB" --body "$WORK/openai-stream.json" --runs "$RUNS" --label switchboard-stream --out "$RES/stream-switchboard.tsv" | tee -a "$SUM"
  "$PEER/stream.sh" "$SB" --anthropic --body "$WORK/anthropic-stream.json" --runs "$RUNS" --label sb-anth2openai-stream \
    --out "$RES/stream-sb-anth2openai.tsv" | tee -a "$SUM"
  has portkey && "$PEER/stream.sh" http://127.0.0.1:8787 "${PK_SH[@]}" --runs "$RUNS" --label portkey-stream --out "$RES/stream-portkey.tsv" | tee -a "$SUM"
  has ccr && "$PEER/stream.sh" http://127.0.0.1:3456 --anthropic --runs "$RUNS" --label ccr-stream --out "$RES/stream-ccr.tsv" | tee -a "$SUM"
fi

# ---- 64 concurrent streams to one upstream ---------------------------------------------------------
# Each stream lasts about 50 x DELAY ms upstream. When all 64 run at once the batch takes about one
# stream's time; when the proxy queues them (e.g. six connections per network manager) it takes a
# multiple. The peak number of upstream connections to :18081 is sampled with ss.
if want concurrency; then
  log ""
  DELAY=20
  conc_run() { # URL LABEL BODY
    local url="$1" label="$2" body="$3"
    local peak=0 n t0 t1 pids=()
    t0="$(date +%s.%N)"
    for i in $(seq 1 64); do
      curl -s -N -m 30 -o "$WORK/c64-$label-$i.out" -H 'Content-Type: application/json' \
        --data-binary "@$body" "$url/v1/chat/completions" &
      pids+=($!)
    done
    for _ in $(seq 1 300); do # sample for at most ~30 s, stop when all curls are done
      n="$(ss -Htn state established "( dport = :$SLOW_PORT )" 2>/dev/null | wc -l)"
      [ "$n" -gt "$peak" ] && peak="$n"
      local alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
      [ "$alive" = 0 ] && break
      sleep 0.1
    done
    wait "${pids[@]}" || true
    t1="$(date +%s.%N)"
    local done_ok; done_ok="$(grep -l '\[DONE\]' "$WORK"/c64-"$label"-*.out 2>/dev/null | wc -l)"
    awk -v l="$label" -v a="$t0" -v b="$t1" -v p="$peak" -v ok="$done_ok" -v d="$DELAY" \
      'BEGIN { printf "%-22s 64 streams (%d x %d ms each upstream): wall %.2f s, completed %d/64, peak upstream connections %d\n", l, 51, d, b - a, ok, p }'
  }
  # direct: the lower bound (one stream's duration)
  conc_run "http://127.0.0.1:$SLOW_PORT" direct "$PEER/bodies/openai-stream.json" | tee -a "$SUM" "$RES/concurrency.txt"
  conc_run "$SB" switchboard "$WORK/openai-slow.json" | tee -a "$SUM" "$RES/concurrency.txt"
fi

# ---- soak: bounded load loop, RSS sampled after each round ----------------------------------------
if want soak && [ "$SOAK" -gt 0 ]; then
  log ""
  rounds=$(( SOAK / 30 )); [ "$rounds" -lt 1 ] && rounds=1
  log "# soak: $rounds rounds of 30 s: wrk c=16 non-streaming, then 16 streams; RSS (MiB) after each round"
  samples="$(rss "$SB_PID")"
  for r in $(seq 1 "$rounds"); do
    PEER_PATH=/v1/chat/completions PEER_BODY_FILE="$WORK/openai.json" \
      wrk -t2 -c16 -d25s --timeout 5s -s "$PEER/chat.lua" "$SB" >/dev/null 2>&1 || true
    spids=()
    for i in $(seq 1 16); do
      curl -s -N -m 20 -o /dev/null -H 'Content-Type: application/json' --data-binary "@$WORK/openai-stream.json" "$SB/v1/chat/completions" &
      spids+=($!)
    done
    wait "${spids[@]}" || true
    samples="$samples $(rss "$SB_PID")"
  done
  log "soak RSS: $samples"
  echo "$samples" > "$RES/soak.txt"
fi

log ""
log "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
"$HERE/report.sh" "$RES" "$RSS_IDLE" > "$RES/results.md"
cat "$RES/results.md"
echo "# results in $RES (results.md, summary.txt, TSVs)"
