#!/usr/bin/env bash
# The real `switchboard FILE.json` (the desktop entry's %f, the installers' "Open with"): the app asks
# whether to replace the workspace with the file's, and imports it on Yes. The question is a modal
# QMessageBox, which nothing outside the process can answer on the offscreen platform, so the app runs
# on Xvfb (xcb) and xdotool answers Yes (Alt+Y). Then the data directory's workspace.json holds the
# imported workspace. A private HOME; SWITCHBOARD_MANAGED_INSTALL=1 keeps the release feed unread.
#
# usage: tests/e2e/gui-open-file.sh PATH/TO/switchboard   (exit 77: Xvfb or xdotool missing, skipped)
set -euo pipefail
app=$(realpath "$1")
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (scripts/deps.sh --with-tests installs it)"; exit 77; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-open-file.XXXXXX")
xvfb=
pid=
cleanup() {
  local rc=$?
  if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [[ -n $xvfb ]]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- the app's output:"; cat "$tmp/app.log" 2>/dev/null; exit 1; }

cat >"$tmp/team.json" <<'JSON'
{
  "version": 1,
  "name": "Workspace opened from the command line",
  "providers": [
    {"id": "local", "kind": "ollama", "name": "Local Ollama", "baseUrl": "http://127.0.0.1:9", "models": ["llama3.2"]}
  ],
  "proxy": {"enabled": false, "host": "127.0.0.1", "port": 4100, "keys": []},
  "modelOverrides": {}, "virtualModels": [], "routes": [], "budgets": []
}
JSON

exec 3>"$tmp/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
exec 3>&-
for _ in $(seq 100); do [[ -s $tmp/display ]] && break; sleep 0.1; done
[[ -s $tmp/display ]] || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
export DISPLAY=":$(tr -d '\n' <"$tmp/display")"

mkdir -p "$tmp/home/.config" "$tmp/home/.local/share"
(cd "$tmp" && HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
   QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANGUAGE= SWITCHBOARD_MANAGED_INSTALL=1 \
   exec "$app" --data-dir "$tmp/data" team.json) >"$tmp/app.log" 2>&1 &
pid=$!

# the question names the file; Cancel is its default, so Return would not do
win=$(timeout 60 xdotool search --sync --name '^Import workspace$' | head -n 1) || fail "the app did not ask to import the file"
xdotool windowfocus --sync "$win"
xdotool key --clearmodifiers alt+y

for _ in $(seq 300); do
  grep -q 'Workspace opened from the command line' "$tmp/data/workspace.json" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "the app exited"
  sleep 0.1
done
grep -q 'Workspace opened from the command line' "$tmp/data/workspace.json" 2>/dev/null || fail "the workspace was not imported"
grep -q '"llama3.2"' "$tmp/data/workspace.json" || fail "the imported workspace lacks its provider"
kill -0 "$pid" 2>/dev/null || fail "the app exited after the import"
echo "PASS: switchboard imported the file it was started with, after the question"
