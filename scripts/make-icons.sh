#!/usr/bin/env bash
# Renders the application icon (resources/icons/switchboard.svg) to the PNG sizes the macOS icon set
# (.icns) and the Windows .ico are built from: resources/icons/app/switchboard-N.png. The PNGs are
# committed so that macOS and Windows builds need no SVG renderer; run this after changing the SVG.
# Needs rsvg-convert (apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
out=resources/icons/app
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" resources/icons/switchboard.svg -o "$out/switchboard-$size.png"
done
# optipng is not needed: rsvg-convert writes compressed PNGs
ls -l "$out"
