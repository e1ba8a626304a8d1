#!/usr/bin/env bash
# Regenerates the committed PNG icons from the SVG sources (needs rsvg-convert, Debian
# package librsvg2-bin). 16 px comes from its own pixel-grid drawing; the rest from the
# scalable icon. Run after editing either SVG and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")"
id=ru.roadmaptracker.RoadmapTracker
for size in 16 32 48 64 128 256; do
    source=$id.svg
    [[ $size -eq 16 ]] && source=$id-16.svg
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$source" --output "${size}x${size}/$id.png"
done
