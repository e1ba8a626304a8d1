#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts Roadmap Tracker on the demo database
# (the bundled Kachkanar roadmap with a history), created on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
data="${XDG_DATA_HOME:-$HOME/.local/share}/roadmap-tracker"
demo="$data/demo.sqlite"
mkdir -p "$data"
[[ -f "$demo" ]] || build/app/roadmap-tracker demo --db "$demo"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: showing the demo's status as of 30.06.2021 instead of the window."
    exec build/app/roadmap-tracker status --db "$demo" --as-of 2021-06-30
fi
exec build/app/roadmap-tracker --db "$demo" "$@"
