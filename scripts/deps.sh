#!/usr/bin/env bash
# Installs what Switchboard needs to build, test and run on Debian 12 / Ubuntu 24.04, idempotently:
#   - Debian packages (only the missing ones; apt-get runs only when something is missing)
#   - KSyntaxHighlighting for Qt 6: an installed KF6SyntaxHighlighting is used when CMake finds it;
#     otherwise the KF5 5.116 source is fetched from the Debian archive (checksum verified) and built
#     statically into a private prefix (never /usr or /usr/local: its soname clashes with Debian's Qt 5 build).
# Prints the CMake prefix to use on its last line as SWITCHBOARD_DEPS_PREFIX=...
set -euo pipefail

DEPS_DIR=${SWITCHBOARD_DEPS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/switchboard/deps}
KSH_VERSION=5.116.0
KSH_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
KSH_PREFIX="$DEPS_DIR/ksyntaxhighlighting-$KSH_VERSION-qt6"

log() { printf '[deps] %s\n' "$*" >&2; }
die() { printf '[deps] error: %s\n' "$*" >&2; exit 1; }

BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config git xz-utils
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev libqt6opengl6-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite libsqlite3-dev libgl-dev libxkbcommon-dev extra-cmake-modules libmimalloc-dev
  ccache mold
  libpoppler-qt6-dev libzip-dev libtesseract-dev libhnswlib-dev
)
RUNTIME_PACKAGES=(libsecret-1-0 gnome-keyring dbus dbus-x11 qt6-qpa-plugins libqt6svg6 qt6-translations-l10n tesseract-ocr-eng)
# postgresql-15 and the QPSQL driver: the storage suites also run on a throwaway PostgreSQL; xdotool answers
# the real app's question under Xvfb (tests/e2e/gui-open-file.sh); python3-yaml for scripts/lint_flatpak.py
TEST_PACKAGES=(xvfb xauth xdotool nodejs npm fonts-dejavu-core clang-format postgresql-15 libqt6sql6-psql debootstrap python3-yaml)

want=("${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then want+=("${TEST_PACKAGES[@]}"); fi

install_packages() {
  local missing=()
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  # node/npm may come from another source (nodesource ships npm inside nodejs)
  if command -v npm >/dev/null 2>&1; then
    local kept=(); for p in "${missing[@]}"; do [[ "$p" == npm || "$p" == nodejs ]] || kept+=("$p"); done
    missing=("${kept[@]+"${kept[@]}"}")
  fi
  ((${#missing[@]} == 0)) && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no apt-get: see README for macOS/Windows"
  local sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  log "installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

have_kf6_syntax() {
  local probe; probe=$(mktemp -d)
  cat > "$probe/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.21)
project(probe NONE)
find_package(KF6SyntaxHighlighting QUIET)
if(NOT KF6SyntaxHighlighting_FOUND)
  message(FATAL_ERROR "no KF6SyntaxHighlighting")
endif()
CM
  local rc=0
  cmake -S "$probe" -B "$probe/b" >/dev/null 2>&1 || rc=1
  rm -rf "$probe"
  return $rc
}

fetch_ksh_source() {
  local out=$1 state="$DEPS_DIR/apt-trixie-src"
  local tarball="ksyntax-highlighting_${KSH_VERSION}.orig.tar.xz"
  if [[ -f "$out/$tarball" ]] && echo "$KSH_SHA256  $out/$tarball" | sha256sum -c --status; then return 0; fi
  mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/etc/sources.list.d" "$state/etc/preferences.d" "$out"
  : > "$state/etc/sources.list"
  # same archive and keyring as the machine's own sources, with a trixie deb-src entry
  local uri; uri=$( { sed -nE 's/^URIs:[[:space:]]*([^[:space:]]+).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null
                       sed -nE 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
                     } | grep -E '/debian/?$' | head -n1 || true)
  # no guessing of an archive host: a machine without a Debian source configured says so
  [[ -n "$uri" ]] || die "no Debian archive is configured in /etc/apt (sources.list or sources.list.d/*.sources): add the Debian mirror this machine may use, then run again"
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  cat > "$state/etc/sources.list.d/trixie-src.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: trixie
Components: main
Signed-By: $keyring
SRC
  local opts=(-o "Dir::State=$state" -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache"
              -o "Dir::Etc::SourceList=$state/etc/sources.list" -o "Dir::Etc::SourceParts=$state/etc/sources.list.d"
              -o "Dir::Etc::Preferences=$state/etc/preferences" -o "Dir::Etc::PreferencesParts=$state/etc/preferences.d"
              -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  log "fetching KSyntaxHighlighting $KSH_VERSION source from $uri (trixie)"
  apt-get "${opts[@]}" update -qq >&2 || die "apt-get update of the private trixie source list failed"
  # exits 100: the .dsc and debian parts are not served, only the orig tarball is needed
  (cd "$out" && apt-get "${opts[@]}" source --download-only "ksyntax-highlighting=${KSH_VERSION}-1" >/dev/null 2>&1) || true
  [[ -f "$out/$tarball" ]] || die "could not download $tarball from the Debian archive"
  echo "$KSH_SHA256  $out/$tarball" | sha256sum -c --status || { rm -f "$out/$tarball"; die "$tarball: sha256 mismatch"; }
}

build_ksh() {
  local stamp="$KSH_PREFIX/.switchboard-stamp"
  [[ -f "$stamp" ]] && return 0
  local work="$DEPS_DIR/build-ksh"
  rm -rf "$work"; mkdir -p "$work"
  fetch_ksh_source "$DEPS_DIR/src"
  tar -C "$work" -xf "$DEPS_DIR/src/ksyntax-highlighting_${KSH_VERSION}.orig.tar.xz"
  local src; src=$(find "$work" -maxdepth 1 -mindepth 1 -type d | head -n1)
  # Debian 12 ships ECM 5.103: the source only needs features present there
  local ecm; ecm=$(dpkg-query -W -f='${Version}' extra-cmake-modules 2>/dev/null | sed -E 's/^([0-9]+\.[0-9]+)\..*/\1.0/')
  sed -i -E "s/find_package\(ECM 5\.116\.0/find_package(ECM ${ecm:-5.103.0}/" "$src/CMakeLists.txt"
  log "building KSyntaxHighlighting $KSH_VERSION for Qt 6 into $KSH_PREFIX (about a minute)"
  cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQT_MAJOR_VERSION=6 \
        -DBUILD_TESTING=OFF -DBUILD_SHARED_LIBS=OFF -DBUILD_QCH=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
        -DCMAKE_INSTALL_PREFIX="$KSH_PREFIX" >"$work/configure.log" 2>&1 || { tail -30 "$work/configure.log" >&2; die "KSyntaxHighlighting configure failed (log: $work/configure.log)"; }
  cmake --build "$work/build" -j"$(nproc)" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; die "KSyntaxHighlighting build failed (log: $work/build.log)"; }
  cmake --install "$work/build" >"$work/install.log" 2>&1 || die "KSyntaxHighlighting install failed"
  date -u +%FT%TZ > "$stamp"
  rm -rf "$work"
}

install_packages "${want[@]}"
if [[ "${SWITCHBOARD_FORCE_KF5_SYNTAX:-0}" != 1 ]] && have_kf6_syntax; then
  log "using the installed KF6SyntaxHighlighting"
  echo "SWITCHBOARD_DEPS_PREFIX="
else
  build_ksh
  echo "SWITCHBOARD_DEPS_PREFIX=$KSH_PREFIX"
fi
