#!/usr/bin/env bash
# Sets everything up (packages, KSyntaxHighlighting, build) and launches Switchboard.
# Idempotent: a second run only rebuilds what changed. Arguments go to the app (e.g. --data-dir DIR).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

setup_deps
# the same options as scripts/test.sh, so that switching between the two commands rebuilds nothing
werror=OFF; [[ "${CI:-}" == true || "${CI:-}" == 1 ]] && werror=ON
build "$ROOT/build" -DBUILD_UI=ON -DBUILD_TESTING=ON -DBUILD_BENCHMARKS=ON -DWARNINGS_AS_ERRORS=$werror -DENABLE_SANITIZERS=OFF
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  say "no display found (DISPLAY and WAYLAND_DISPLAY are unset): run this from a desktop session."
  say "built: $ROOT/build/bin/switchboard and $ROOT/build/bin/switchboard-cli"
  exit 1
fi
say "starting $ROOT/build/bin/switchboard"
exec "$ROOT/build/bin/switchboard" "$@"
