#!/usr/bin/env bash
# Markdown results table (with ratios and the issue-5 targets) from the files bench/proxy/run.sh wrote.
#   report.sh RESULTS_DIR [RSS_IDLE_MIB]
set -euo pipefail
RES="$1"; RSS_IDLE="${2:-}"
[ -d "$RES" ] || { echo "no such directory $RES" >&2; exit 2; }

# col FILE CONC COLUMN -> value of a run.sh TSV column at a concurrency ("-" when missing)
col() {
  [ -f "$1" ] || { echo -; return; }
  awk -F'\t' -v c="$2" -v name="$3" 'NR == 1 { for (i = 1; i <= NF; i++) k[$i] = i; next }
    $1 == c { print $(k[name]); found = 1 } END { if (!found) print "-" }' "$1"
}
# cpu FILE -> "min-max" CPU ms per request over the concurrencies
cpu() {
  [ -f "$1" ] || { echo -; return; }
  awk -F'\t' 'NR > 1 && $12 != "-" { v = $12 + 0; if (min == "" || v < min) min = v; if (v > max) max = v }
    END { if (min == "") print "-"; else printf "%.3f-%.3f\n", min, max }' "$1"
}
cpumean() {
  [ -f "$1" ] || { echo -; return; }
  awk -F'\t' 'NR > 1 && $12 != "-" { s += $12; n++ } END { printf "%.4f\n", n ? s / n : 0 }' "$1"
}
# ttfb FILE -> median time to first byte (ms) of a stream.sh TSV
ttfb() {
  [ -f "$1" ] || { echo -; return; }
  awk -F'\t' 'NR > 1 && $6 == 200 { print $2 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.2f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
p50over() { # FILE BASE CONC
  local a b; a="$(col "$1" "$3" p50_ms)"; b="$(col "$2" "$3" p50_ms)"
  [ "$a" = - ] || [ "$b" = - ] && { echo -; return; }
  awk -v a="$a" -v b="$b" 'BEGIN { printf "%+.3f\n", a - b }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.1f\n", a / b }'; }

D="$RES/direct-openai.tsv"; DA="$RES/direct-anthropic.tsv"
echo "## Proxy benchmark ($(basename "$RES"))"
echo
[ -f "$RES/summary.txt" ] && grep '^# load average' "$RES/summary.txt" | sed 's/^# /- /'
echo "- wrk $(sed -n 's/^# wrk duration per point: //p' "$RES/summary.txt" 2>/dev/null | head -n1) per point (peer harness run.sh); CPU = target process CPU ms per request (lower is better)"
echo
echo "| target | c=1 req/s | c=1 +p50 ms | c=16 req/s | c=64 req/s | CPU ms/req | stream TTFB ms (median) |"
echo "|---|---|---|---|---|---|---|"
row() { # LABEL TSV BASE STREAMTSV
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(col "$2" 1 rps)" "$( [ -n "$3" ] && p50over "$2" "$3" 1 || col "$2" 1 p50_ms)" \
    "$(col "$2" 16 rps)" "$(col "$2" 64 rps)" "$(cpu "$2")" "$(ttfb "$4")"
}
row "nginx direct (OpenAI) (abs p50)" "$D" "" "$RES/stream-direct.tsv"
row "switchboard OpenAI->OpenAI" "$RES/switchboard.tsv" "$D" "$RES/stream-switchboard.tsv"
[ -f "$RES/portkey.tsv" ] && row "Portkey gateway OpenAI->OpenAI" "$RES/portkey.tsv" "$D" "$RES/stream-portkey.tsv"
[ -f "$RES/sb-anthropic.tsv" ] && row "switchboard Anthropic->Anthropic (vs direct Anthropic)" "$RES/sb-anthropic.tsv" "$DA" ""
[ -f "$RES/sb-anth2openai.tsv" ] && row "switchboard Anthropic->OpenAI" "$RES/sb-anth2openai.tsv" "$D" "$RES/stream-sb-anth2openai.tsv"
[ -f "$RES/ccr.tsv" ] && row "claude-code-router Anthropic->OpenAI" "$RES/ccr.tsv" "$D" "$RES/stream-ccr.tsv"
echo

S="$RES/switchboard.tsv"; P="$RES/portkey.tsv"; A="$RES/sb-anth2openai.tsv"; C="$RES/ccr.tsv"
echo "| ratio | value |"
echo "|---|---|"
echo "| c=64 req/s switchboard / Portkey | $(ratio "$(col "$S" 64 rps)" "$(col "$P" 64 rps)") |"
echo "| c=64 req/s switchboard Anthropic->OpenAI / ccr | $(ratio "$(col "$A" 64 rps)" "$(col "$C" 64 rps)") |"
echo "| CPU ms/req Portkey / switchboard (mean over c) | $(ratio "$(cpumean "$P")" "$(cpumean "$S")") |"
echo "| CPU ms/req ccr / switchboard Anthropic->OpenAI | $(ratio "$(cpumean "$C")" "$(cpumean "$A")") |"
echo

# issue 5 targets
tf() { awk -v v="$1" -v lim="$2" -v op="$3" 'BEGIN { if (v == "-" || v == "") { print "not measured"; exit }
  ok = (op == "<") ? (v + 0 < lim + 0) : (v + 0 >= lim + 0); print (ok ? "met" : "NOT met") }'; }
over1="$(p50over "$S" "$D" 1)"
r64="$(ratio "$(col "$S" 64 rps)" "$(col "$P" 64 rps)")"
rcpu="$(ratio "$(cpumean "$P")" "$(cpumean "$S")")"
# the target holds at every concurrency: the lowest of the per-concurrency ratios decides
percpu=""; rmin=""
for c in 1 16 64; do
  r="$(ratio "$(col "$P" "$c" cpu_ms_per_req)" "$(col "$S" "$c" cpu_ms_per_req)")"
  percpu="${percpu:+$percpu, }c=$c ${r}x"
  [ "$r" != - ] && { [ -z "$rmin" ] || awk -v a="$r" -v b="$rmin" 'BEGIN { exit !(a + 0 < b + 0) }'; } && rmin="$r"
done
st="$(ttfb "$RES/stream-switchboard.tsv")"; sd="$(ttfb "$RES/stream-direct.tsv")"
sover="$(awk -v a="$st" -v b="$sd" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.2f\n", a - b }')"
echo "| target (issue 5) | measured | |"
echo "|---|---|---|"
echo "| c=1 adds < 0.15 ms p50 over direct | ${over1} ms | $(tf "${over1#+}" 0.15 '<') |"
echo "| c=64 >= 10x Portkey's req/s | ${r64}x | $(tf "$r64" 10 '>=') |"
echo "| CPU per request >= 10x lower than Portkey's, at each concurrency | ${percpu} (mean over c ${rcpu}x) | $(tf "${rmin:--}" 10 '>=') |"
echo "| streaming adds < 1 ms to TTFB | ${sover} ms | $(tf "$sover" 1 '<') |"
if [ -f "$RES/concurrency.txt" ]; then
  c64="$(grep '^switchboard' "$RES/concurrency.txt" | head -n1)"
  d64="$(grep '^direct' "$RES/concurrency.txt" | head -n1)"
  peak="$(sed -E 's/.*peak upstream connections ([0-9]+).*/\1/' <<<"$c64")"
  echo "| 64 concurrent streams, none queued | $(sed -E 's/.*wall ([0-9.]+ s).*completed ([0-9]+)\/64.*/wall \1, \2\/64 done/' <<<"$c64"), peak $peak upstream conns (direct: $(sed -E 's/.*wall ([0-9.]+ s).*/\1/' <<<"$d64")) | $(tf "$peak" 64 '>=') |"
fi
[ -n "$RSS_IDLE" ] && echo "| headless RSS < 40 MiB idle | ${RSS_IDLE} MiB | $(tf "$RSS_IDLE" 40 '<') |"
if [ -f "$RES/soak.txt" ]; then
  read -r -a s < "$RES/soak.txt"
  n=${#s[@]}
  # growth: the last third's mean against the second third's (the first third includes warm-up)
  g="$(printf '%s\n' "${s[@]}" | awk -v n="$n" '{ v[NR] = $1 } END { a = int(n / 3); b = int(2 * n / 3); for (i = a + 1; i <= b; i++) { m1 += v[i]; k1++ }
    for (i = b + 1; i <= n; i++) { m2 += v[i]; k2++ } if (k1 && k2) printf "%.1f\n", m2 / k2 - m1 / k1; else print "-" }')"
  echo "| no RSS growth over the soak | ${s[0]} -> ${s[$((n - 1))]} MiB ($n samples; last third minus middle third: ${g} MiB) | $(tf "$g" 1 '<') |"
fi
