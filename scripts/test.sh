#!/usr/bin/env bash
# Sets everything up (packages, KSyntaxHighlighting, npm clients for the end-to-end tests), builds and
# runs every test. Exits non-zero on any failure. Idempotent.
#   scripts/test.sh               full build in build/, all tests
#   scripts/test.sh --core-only   core alone (BUILD_UI=OFF) in build-core/: the layering check
#   scripts/test.sh --sanitize    full build with ASan+UBSan in build-asan/, all tests
#   --build-only                  builds and runs no test (CI's layering check: the core tests already
#                                 ran in the full build, from the same sources and flags)
# Extra arguments after -- go to ctest (e.g. -- -R tst_workspace).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

dir="$ROOT/build"
opts=(-DBUILD_UI=ON -DBUILD_TESTING=ON -DBUILD_BENCHMARKS=ON)
ctest_args=()
run_tests=1
while (($#)); do
  case "$1" in
    --core-only) dir="$ROOT/build-core"; opts=(-DBUILD_UI=OFF -DBUILD_TESTING=ON -DBUILD_BENCHMARKS=OFF) ;;
    # the benchmarks compile in the full build; the fuzz targets (replaying the fixtures) in this one
    --sanitize) dir="$ROOT/build-asan"; opts=(-DBUILD_UI=ON -DBUILD_TESTING=ON -DBUILD_BENCHMARKS=OFF -DENABLE_SANITIZERS=ON) ;;
    --build-only) run_tests=0 ;;
    --) shift; ctest_args=("$@"); break ;;
    *) echo "usage: scripts/test.sh [--core-only|--sanitize] [--build-only] [-- ctest args]" >&2; exit 2 ;;
  esac
  shift
done
werror=OFF; [[ "${CI:-}" == true || "${CI:-}" == 1 ]] && werror=ON
opts+=(-DWARNINGS_AS_ERRORS=$werror)
[[ "$dir" == "$ROOT/build-asan" ]] || opts+=(-DENABLE_SANITIZERS=OFF)

setup_deps --with-tests
build "$dir" "${opts[@]}"
((run_tests)) || exit 0

# npm packages for the end-to-end tests: the official openai, @anthropic-ai/sdk and @google/genai clients
# and the coding agents Claude Code, Codex CLI, Qwen Code and Gemini CLI, pinned in tests/e2e/package-lock.json
if [[ -f "$ROOT/tests/e2e/package.json" ]]; then
  e2e="$ROOT/tests/e2e"
  lockhash=$(cat "$e2e/package.json" "$e2e/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)
  if [[ ! -f "$e2e/node_modules/.switchboard-lock" || "$(cat "$e2e/node_modules/.switchboard-lock")" != "$lockhash" ]]; then
    say "installing npm packages for the end-to-end tests"
    # npm ci refuses a lockfile that lacks optional platform packages the registry does not have
    # (Qwen Code's clipboard helper for macOS and Windows); npm install then installs the same pinned
    # versions from the lockfile
    (cd "$e2e" && if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund || npm install --no-audit --no-fund; else npm install --no-audit --no-fund; fi) >&2
    echo "$lockhash" > "$e2e/node_modules/.switchboard-lock"
  fi
fi

# Tests run with a private HOME, inside their own D-Bus session with an unlocked gnome-keyring, so the
# real keychain is tested and the user's own keychain, settings and data are never touched.
# (Never under a bare xvfb-run: D-Bus would autostart gnome-keyring with a password prompt and hang.)
testhome=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-test-home.XXXXXX")
trap 'rm -rf "$testhome"' EXIT
mkdir -p "$testhome/.config" "$testhome/.local/share" "$testhome/.cache" "$testhome/runtime"
chmod 700 "$testhome/runtime"
export HOME="$testhome" XDG_CONFIG_HOME="$testhome/.config" XDG_DATA_HOME="$testhome/.local/share" \
       XDG_CACHE_HOME="$testhome/.cache" XDG_RUNTIME_DIR="$testhome/runtime" \
       QT_QPA_PLATFORM=offscreen SB_REQUIRE_KEYCHAIN=1 SB_REQUIRE_NODE=1 SB_REQUIRE_POSTGRES=1
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
say "running tests in $dir"
export SB_CTEST_DIR="$dir" SB_CTEST_JOBS="$JOBS"
t0=$SECONDS
trap 'say "tests in $dir took $((SECONDS - t0)) s"; rm -rf "$testhome"' EXIT
# A test that fails before its first line runs, because the dynamic loader could not map it ("error
# while loading shared libraries: cannot apply additional memory protection after relocation: Cannot
# allocate memory", seen once in the sanitizer stage while other sanitized tests held gigabytes), runs
# once more. Only when every failure is such a loader failure: a test that ran and failed is never rerun.
dbus-run-session -- bash -c '
  set -e -o pipefail
  echo switchboard-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  out=$(mktemp "${TMPDIR:-/tmp}/switchboard-ctest.XXXXXX")
  rc=0
  ctest --test-dir "$SB_CTEST_DIR" --output-on-failure -j"$SB_CTEST_JOBS" "$@" 2>&1 | tee "$out" || rc=$?
  failed="$SB_CTEST_DIR/Testing/Temporary/LastTestsFailed.log"
  if ((rc)) && [[ -s "$failed" ]]; then
    loader_only=1
    while IFS=: read -r _ name; do
      grep -qE "/$name: error while loading shared libraries: " "$out" || loader_only=0
    done <"$failed"
    if ((loader_only)); then
      echo "== the loader could not start $(wc -l <"$failed") test(s); running them once more"
      rc=0
      ctest --test-dir "$SB_CTEST_DIR" --output-on-failure --rerun-failed "$@" || rc=$?
    fi
  fi
  # CI keeps only the start and the end of a long log: repeat what failed where the end shows it
  if ((rc)); then
    echo "== failed checks (Qt Test FAIL! lines and sanitizer reports)"
    grep -E -A3 "^FAIL!|runtime error:|ERROR: AddressSanitizer|ERROR: LeakSanitizer" "$out" | head -20 || true
  fi
  rm -f "$out"
  exit "$rc"
' bash "${ctest_args[@]+"${ctest_args[@]}"}"
