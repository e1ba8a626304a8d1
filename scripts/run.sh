#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts Roadmap Tracker on the bundled demo roadmap.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/roadmap-tracker "$@"
