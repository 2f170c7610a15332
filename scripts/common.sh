# Shared by scripts/run.sh and scripts/test.sh: set-up (idempotent) and build.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JOBS=${JOBS:-$(nproc 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2)}

say() { printf '\033[1m[switchboard]\033[0m %s\n' "$*" >&2; }

# setup_deps [--with-tests]: installs what is missing and sets DEPS_PREFIX
setup_deps() {
  local out
  out=$(bash "$ROOT/scripts/deps.sh" "$@")
  DEPS_PREFIX=$(printf '%s\n' "$out" | sed -n 's/^SWITCHBOARD_DEPS_PREFIX=//p' | tail -n1)
}

# build BUILD_DIR [cmake -D options...]: configures when the options changed, then builds
build() {
  local dir=$1; shift
  local opts=(-G Ninja -DCMAKE_PREFIX_PATH="${DEPS_PREFIX}" "$@")
  local stamp="$dir/.switchboard-configure"
  local want; want=$(printf '%s\n' "${opts[@]}")
  if [[ ! -f "$dir/build.ninja" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    say "configuring $dir"
    mkdir -p "$dir"
    cmake -S "$ROOT" -B "$dir" "${opts[@]}" >"$dir/configure.log" 2>&1 || { cat "$dir/configure.log" >&2; return 1; }
    printf '%s' "$want" > "$stamp"
  fi
  say "building $dir"
  cmake --build "$dir" -j"$JOBS"
}
