#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and runs the whole test suite through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh
# The whole suite beside a throwaway PostgreSQL cluster; PostgreSQL cases must run, not skip.
scripts/with-postgres.sh env ROADMAP_REQUIRE_POSTGRES=1 \
    ctest --test-dir build --output-on-failure --timeout 600 -j "$(nproc)"
