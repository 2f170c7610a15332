#!/bin/sh
# Builds the macOS icon set: switchboard.icns from the committed PNGs in resources/icons/app
# (made from resources/icons/switchboard.svg by scripts/make-icons.sh), with iconutil (macOS only).
# usage: make-icns.sh PNG_DIR OUT.icns      (packaging/CMakeLists.txt runs it at build time)
set -eu
src=$1
out=$2
set_dir="${out%.icns}.iconset"
rm -rf "$set_dir"
mkdir -p "$set_dir"
# iconutil wants these names: icon_NxN.png and icon_NxN@2x.png (the @2x one has twice the pixels)
for size in 16 32 128 256 512; do
  cp "$src/switchboard-$size.png" "$set_dir/icon_${size}x${size}.png"
  cp "$src/switchboard-$((size * 2)).png" "$set_dir/icon_${size}x${size}@2x.png"
done
iconutil --convert icns --output "$out" "$set_dir"
rm -rf "$set_dir"
