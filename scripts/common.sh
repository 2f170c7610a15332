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

# The compiler cache (ccache, installed by deps.sh) for every build these scripts start. base_dir is
# the checkout's root and the working directory is not hashed, so a clone in another folder (a CI run)
# hits the cache that a build of the same sources in the working copy filled: paths under the root are
# rewritten relative to the build folder before hashing. The tests compile in no absolute path of their
# own (tests/testpaths.h). Bounded; `ccache -s` shows the statistics (.ci/run prints them).
setup_ccache() {
  export CCACHE_DIR=${CCACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ccache}
  export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=1
  export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-6G}
  CCACHE_LAUNCHER=
  if command -v ccache >/dev/null 2>&1; then CCACHE_LAUNCHER=ccache; fi
}

# build BUILD_DIR [cmake -D options...]: configures when the options changed, then builds
build() {
  local dir=$1; shift
  setup_ccache
  local opts=(-G Ninja -DCMAKE_PREFIX_PATH="${DEPS_PREFIX}" -DCMAKE_CXX_COMPILER_LAUNCHER="${CCACHE_LAUNCHER:-}" "$@")
  local stamp="$dir/.switchboard-configure"
  local want; want=$(printf '%s\n' "${opts[@]}")
  if [[ ! -f "$dir/build.ninja" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    say "configuring $dir"
    mkdir -p "$dir"
    cmake -S "$ROOT" -B "$dir" "${opts[@]}" >"$dir/configure.log" 2>&1 || { cat "$dir/configure.log" >&2; return 1; }
    printf '%s' "$want" > "$stamp"
  fi
  say "building $dir"
  local t0=$SECONDS
  cmake --build "$dir" -j"$JOBS"
  say "built $dir in $((SECONDS - t0)) s"
}
