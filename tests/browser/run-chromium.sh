#!/usr/bin/env bash
# A real browser against `switchboard-cli serve` (issue 25): headless Chromium loads the same page from
# an allowed origin and from a refused one, for a keyed and a keyless serve, and reports what each page
# could do. Not part of CI (it installs Chromium, ~300 MB); run by hand:
#   bash tests/browser/run-chromium.sh          (builds build/ first if the binaries are missing)
# Exits non-zero when a refused page gets an answer or the allowed page does not.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${SB_BIN:-$ROOT/build/bin}
say() { printf '\033[1m[browser]\033[0m %s\n' "$*" >&2; }

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  say "installing chromium (Debian package)"
  sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2
  browser=$(command -v chromium)
fi
if [[ ! -x "$BIN/switchboard-cli" || ! -x "$BIN/switchboard-fake-upstream" ]]; then
  bash "$ROOT/scripts/test.sh" --build-only
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-browser.XXXXXX")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# start NAME CMD...: runs CMD in the background; its output goes to $work/NAME.log
start() {
  local name=$1; shift
  "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
}
# url_of NAME: the http://host:port a process printed as "listening on ..."
url_of() {
  for _ in $(seq 100); do
    if grep -qo 'listening on http://[0-9.:]*' "$work/$1.log" 2>/dev/null; then
      grep -o 'listening on http://[0-9.:]*' "$work/$1.log" | head -n1 | sed 's/listening on //'
      return
    fi
    sleep 0.1
  done
  say "$1 did not start:"; cat "$work/$1.log" >&2; exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start upstream "$BIN/switchboard-fake-upstream" --port 0 --dialect openai --key sk-upstream
upstream=$(url_of upstream)
allowed_port=$(free_port); refused_port=$(free_port)
allowed="http://localhost:$allowed_port"; refused="http://localhost:$refused_port"
mkdir -p "$work/site"; cp "$ROOT/tests/browser/page.html" "$work/site/"
start site-allowed python3 -m http.server "$allowed_port" --bind 127.0.0.1 --directory "$work/site"
start site-refused python3 -m http.server "$refused_port" --bind 127.0.0.1 --directory "$work/site"

providers="[{\"id\": \"openai\", \"kind\": \"openai\", \"baseUrl\": \"$upstream\", \"apiKey\": \"env:SB_UPSTREAM_KEY\", \"models\": [\"gpt-4o-mini\"]}]"
echo "{\"version\": 1, \"providers\": $providers, \"proxy\": {\"keys\": [{\"name\": \"browser\", \"key\": \"env:SB_PROXY_KEY\"}]}}" > "$work/keyed.json"
echo "{\"version\": 1, \"providers\": $providers}" > "$work/keyless.json"
export SB_UPSTREAM_KEY=sk-upstream SB_PROXY_KEY=sk-proxy-browser-0000
for mode in keyed keyless; do
  start "serve-$mode" "$BIN/switchboard-cli" serve --workspace "$work/$mode.json" --data-dir "$work/data-$mode" \
    --listen 127.0.0.1:0 --allow-origin "$allowed"
done
for _ in $(seq 50); do curl -sf "$allowed/page.html" >/dev/null && curl -sf "$refused/page.html" >/dev/null && break; sleep 0.1; done

failures=0
# visit MODE ORIGIN: the page's #out after Chromium ran it
visit() {
  local proxy; proxy=$(url_of "serve-$1")
  local key=; [[ $1 == keyed ]] && key=$SB_PROXY_KEY
  timeout 60 "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile-$1-${2##*:}" \
    --virtual-time-budget=15000 --dump-dom "$2/page.html?proxy=$proxy&key=$key&model=openai/gpt-4o-mini" 2>>"$work/chromium.log" |
    sed -n 's:.*<pre id="out">\(.*\)</pre>.*:\1:p'
}
check() { # check LABEL CONDITION-RESULT
  if [[ $2 == ok ]]; then say "ok    $1"; else say "FAIL  $1"; failures=$((failures + 1)); fi
}
for mode in keyed keyless; do
  a=$(visit "$mode" "$allowed"); r=$(visit "$mode" "$refused")
  say "$mode serve, page on the allowed origin $allowed: $a"
  say "$mode serve, page on a refused origin $refused: $r"
  [[ $a == *'"json":{"status":200,"text":"Hello from the fake upstream."}'* ]] && res=ok || res=no
  check "$mode: the allowed page's JSON call is answered and readable" $res
  [[ $a == *'"models":{"status":200'* ]] && res=ok || res=no
  check "$mode: the allowed page reads the model list" $res
  [[ $r == *'"json":{"error":"TypeError: Failed to fetch"}'* && $r == *'"models":{"error":"TypeError: Failed to fetch"}'* ]] && res=ok || res=no
  check "$mode: the refused page can read nothing" $res
  # what reached the server from the refused origin: every request refused, none answered 200
  log="$work/serve-$mode.log"
  n403=$(grep -c ' 403 ' "$log" || true); n200=$(grep -c ' 200 POST /v1/chat/completions' "$log" || true)
  say "$mode serve log: $n200 chat calls answered, $n403 requests refused with 403"
  [[ $n200 == 1 ]] && res=ok || res=no
  check "$mode: only the allowed page's call reached a model (the refused page's simple POST did not)" $res
done
say "Chromium: $("$browser" --version 2>/dev/null)"
((failures == 0)) || { say "$failures checks failed; logs in $work"; trap - EXIT; exit 1; }
say "all checks passed"
