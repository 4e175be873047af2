#!/usr/bin/env bash
# Rasterises build/icon.svg into the PNGs electron-builder packages (the PNGs are committed, so
# packaging never needs this tool). Needs rsvg-convert: apt-get install -y librsvg2-bin
set -euo pipefail
cd "$(dirname "$0")/../build"
rsvg-convert -w 1024 -h 1024 icon.svg -o icon.png
mkdir -p icons
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
echo "Icons written to build/icon.png and build/icons/"
