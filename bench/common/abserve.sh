# Shared by the A/B serve benchmarks (bench/proxy/durability.sh, bench/budget/run.sh): one Release build
# of switchboard-cli, one nginx fake upstream from the peer harness, serves started and stopped in turn,
# wrk points recorded per side, and the medians with B - A p50 and B / A ratios. Source it after setting
# HERE and ROOT; then ab_args "$@", ab_build, ab_start, and per point ab_serve / ab_point / ab_stop.
# Environment: PEER_HARNESS, PEER_DIR, BENCH_BUILD_DIR (build-bench), BENCH_PORT.

PEER="${PEER_HARNESS:-$ROOT/../shared/bench/peer}"
[ -d "$PEER" ] || PEER=/work/shared/bench/peer
BUILD="${BENCH_BUILD_DIR:-$ROOT/build-bench}"
ROUNDS=4; DUR=10s; SKIP_BUILD=0; OUTDIR=""
SB_PID=""

# --rounds N --duration 10s --conc "1 16 64" --skip-build --out DIR; -h prints lines 2..HELP_END of $0.
ab_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --rounds) ROUNDS="$2"; shift 2 ;;
      --duration) DUR="$2"; shift 2 ;;
      --conc) CONC="$2"; shift 2 ;;
      --skip-build) SKIP_BUILD=1; shift ;;
      --out) OUTDIR="$2"; shift 2 ;;
      -h|--help) sed -n "2,${HELP_END:-9}p" "$0"; exit 0 ;;
      *) echo "unknown option $1" >&2; exit 2 ;;
    esac
  done
}

ab_build() {
  if [ "$SKIP_BUILD" = 0 ]; then
    prefix="$(ls -d "$HOME"/.cache/switchboard/deps/ksyntaxhighlighting-*-qt6 2>/dev/null | tail -n1 || true)"
    launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    [ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja ${prefix:+-DCMAKE_PREFIX_PATH="$prefix"} -DCMAKE_BUILD_TYPE=Release \
        "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -g -DNDEBUG" -DBUILD_UI=OFF -DBUILD_TESTING=OFF -DENABLE_SANITIZERS=OFF "${launcher[@]}" >/dev/null
    cmake --build "$BUILD" -j"${JOBS:-2}" --target switchboard-cli
  fi
  CLI="$BUILD/bin/switchboard-cli"
  [ -x "$CLI" ] || { echo "no $CLI: build it first (drop --skip-build)" >&2; exit 1; }
}

# Results in RES (--out, or $PEER_DIR/results/NAME-time), a scratch WORK folder, nginx started (NGX: its
# pid), everything stopped on exit; RES/points.tsv gets its header.
ab_start() { # NAME
  RES="${OUTDIR:-$PEER_DIR/results/$1-$(date +%Y%m%d-%H%M%S)}"; mkdir -p "$RES"
  WORK="$(mktemp -d)"
  trap ab_cleanup EXIT
  "$PEER/setup.sh" >/dev/null
  if [ "$PEER_DIR" != /tmp/peer ] && [ -z "${NGINX_CONF:-}" ]; then
    mkdir -p "$PEER_DIR"
    sed "s#/tmp/peer/#$PEER_DIR/#g" "$PEER/nginx.conf" > "$PEER_DIR/nginx.conf"
    export NGINX_CONF="$PEER_DIR/nginx.conf"
  fi
  "$PEER/start.sh" nginx >/dev/null
  NGX="$(cat "$PEER_DIR/nginx/nginx.pid")"
  sed 's/"model":"gpt-4o-mini"/"model":"openai\/gpt-4o-mini"/' "$PEER/bodies/openai.json" > "$WORK/openai.json"
  printf 'who\tconc\trps\tp50_ms\tp99_ms\tcpu_ms_per_req\n' > "$RES/points.tsv"
}

ab_cleanup() {
  [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null && wait "$SB_PID" 2>/dev/null || true
  "$PEER/stop.sh" nginx >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

# A workspace with one provider "openai" on the nginx fake (gpt-4o-mini) and the given budgets.
ab_workspace() { # FILE NAME [BUDGETS-JSON-ARRAY]
  cat > "$1" <<JSON
{ "version": 1, "name": "$2",
  "providers": [
    {"id": "openai", "kind": "openai", "baseUrl": "http://127.0.0.1:18080/v1", "apiKey": "env:BENCH_KEY", "models": ["gpt-4o-mini"]}
  ],
  "budgets": ${3:-[]},
  "proxy": {"enabled": true, "host": "127.0.0.1", "port": $PORT} }
JSON
}

# Starts serve on PORT with a fresh data folder ($WORK/data) and waits until it answers /health.
ab_serve() { # WORKSPACE LOG [ENV=VALUE...]
  local ws="$1" log="$2"; shift 2
  rm -rf "$WORK/data"
  env BENCH_KEY=sk-bench "$@" "$CLI" serve --workspace "$ws" --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" -q > "$log" 2>&1 < /dev/null &
  SB_PID=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$PORT/health" && break; sleep 0.1; done
}

ab_stop() {
  kill "$SB_PID" 2>/dev/null; wait "$SB_PID" 2>/dev/null || true
  SB_PID=""
}

ab_record() { # WHO TSV
  awk -F'\t' -v w="$1" 'NR > 1 { printf "%s\t%s\t%s\t%s\t%s\t%s\n", w, $1, $3, $4, $6, $12 }' "$2" >> "$RES/points.tsv"
}

# wrk at every CONC against the serve running now, recorded as WHO.
ab_point() { # WHO ROUND
  "$PEER/run.sh" "http://127.0.0.1:$PORT" --body "$WORK/openai.json" --conc "$CONC" --duration "$DUR" --label "$1-$2" \
    --out "$RES/$1-$2.tsv" --pid "$SB_PID" --aux-pid "$NGX" >/dev/null
  ab_record "$1" "$RES/$1-$2.tsv"
}

ab_direct() { # LABEL
  "$PEER/run.sh" http://127.0.0.1:18080 --conc "$CONC" --duration "$DUR" --label "direct-$1" --out "$RES/direct-$1.tsv" --pid "$NGX" >/dev/null
  ab_record direct "$RES/direct-$1.tsv"
}

# direct before, ROUNDS rounds of `measure A r` and `measure B r` in ABBA order, direct after.
ab_rounds() {
  ab_direct before
  for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) = 1 ]; then order="A B"; else order="B A"; fi
    for who in $order; do measure "$who" "$r"; done
    echo "round $r done" >&2
  done
  ab_direct after
}

# medians per (who, conc) of each column; then B - A for p50 and B / A for the rest
ab_report() {
  awk -F'\t' 'NR > 1 { k = $1 "\t" $2; n[k]++; for (i = 3; i <= 6; i++) v[k, i, n[k]] = $i; keys[k] = 1 }
    function median(k, i,   c, a, j, t, m, x) {
      c = n[k]; for (j = 1; j <= c; j++) a[j] = v[k, i, j]
      for (j = 2; j <= c; j++) { t = a[j]; for (m = j - 1; m >= 1 && a[m] > t; m--) a[m + 1] = a[m]; a[m + 1] = t }
      return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2 }
    END { for (k in keys) { split(k, p, "\t"); printf "%s\t%s\t%s\t%s\t%s\t%s\n", p[1], p[2], median(k, 3), median(k, 4), median(k, 5), median(k, 6) } }' \
    "$RES/points.tsv" | sort -k2,2n -k1,1 > "$RES/medians.tsv"
  awk -F'\t' '{ rps[$1, $2] = $3; p50[$1, $2] = $4; p99[$1, $2] = $5; cpu[$1, $2] = $6; if (!($2 in seen)) { seen[$2] = 1; cs[++nc] = $2 } }
    END {
      printf "%-5s %12s %12s %12s %9s %9s %9s %10s %10s %10s %8s %8s\n", "conc", "direct req/s", "A req/s", "B req/s", "B/A rps", "A p50", "B p50", "B-A p50", "A cpu/rq", "B cpu/rq", "B/A cpu", "B p99"
      for (j = 1; j <= nc; j++) { c = cs[j]
        printf "%-5s %12.0f %12.0f %12.0f %9.3f %9.3f %9.3f %+10.3f %10.4f %10.4f %8.3f %8.3f\n", c, rps["direct", c], rps["A", c], rps["B", c],
          rps["B", c] / rps["A", c], p50["A", c], p50["B", c], p50["B", c] - p50["A", c], cpu["A", c], cpu["B", c], cpu["B", c] / cpu["A", c], p99["B", c] }
    }' "$RES/medians.tsv" | tee -a "$RES/summary.txt"
}
