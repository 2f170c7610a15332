#!/usr/bin/env bash
# The non-Qt dependencies for the macOS and Windows jobs of .github/workflows/ci.yml, built from
# their release tags into PREFIX (Linux gets them from Debian: scripts/deps.sh). Qt comes from the
# workflow (install-qt-action, which sets QT_ROOT_DIR). PREFIX is a path CMake reads (on Windows
# D:/a/..., not /d/a/...).
#   usage: scripts/ci-deps.sh PREFIX      extra CMake arguments (generator, architectures) in $CI_DEPS_CMAKE_ARGS
# QtKeychain and KSyntaxHighlighting are built static, so the executables carry them and the
# deployment has only Qt's libraries to copy; hnswlib is header only.
set -euo pipefail
prefix=$1
mkdir -p "$prefix"
work=$(mktemp -d)
read -r -a extra <<<"${CI_DEPS_CMAKE_ARGS:-}"
common=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix;${QT_ROOT_DIR:-}"
        -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON "${extra[@]}")

build() { # build NAME URL TAG [cmake args...]
  local name=$1 url=$2 tag=$3; shift 3
  git clone --quiet --depth 1 --branch "$tag" "$url" "$work/$name"
  cmake -S "$work/$name" -B "$work/$name/build" "${common[@]}" "$@"
  cmake --build "$work/$name/build" --config Release --parallel
  cmake --install "$work/$name/build" --config Release
}

build ecm https://invent.kde.org/frameworks/extra-cmake-modules.git v5.116.0
build qtkeychain https://github.com/frankosterfeld/qtkeychain.git 0.14.3 -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF
build ksyntaxhighlighting https://invent.kde.org/frameworks/syntax-highlighting.git v5.116.0 -DQT_MAJOR_VERSION=6 -DBUILD_QCH=OFF
git clone --quiet --depth 1 --branch v0.8.0 https://github.com/nmslib/hnswlib.git "$work/hnswlib"
mkdir -p "$prefix/include"
cp -R "$work/hnswlib/hnswlib" "$prefix/include/"
rm -rf "$work"
