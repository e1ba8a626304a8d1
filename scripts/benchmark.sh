#!/usr/bin/env bash
# Builds Release into ./build-release and runs the storage benchmark, printing its figures
# (see benchmarks/README.md). Not a test: nothing here fails on a timing.
#
#   scripts/benchmark.sh                  full size: 200 roadmaps × 50 activities × 3 years
#   scripts/benchmark.sh --small          20 roadmaps, for a quick look
#   BENCH_ROADMAPS=100 BENCH_ACTIVITIES=50 BENCH_YEARS=3 BENCH_WRITERS=8 BENCH_REPORTS=250 \
#   BENCH_REPEAT=5 BENCH_BUILD_DIR=build-release BENCH_WORK_DIR=/tmp/x scripts/benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

roadmaps=${BENCH_ROADMAPS:-200}
if [[ "${1:-}" == "--small" ]]; then
    roadmaps=${BENCH_ROADMAPS:-20}
fi
activities=${BENCH_ACTIVITIES:-50}
years=${BENCH_YEARS:-3}
writers=${BENCH_WRITERS:-8}
reports=${BENCH_REPORTS:-250}
repeat=${BENCH_REPEAT:-5}
build=${BENCH_BUILD_DIR:-build-release}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DROADMAP_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_storage bench_report roadmap-tracker --parallel "$(nproc)"

work=${BENCH_WORK_DIR:-$(mktemp -d)}
mkdir -p "$work"
if [[ -z "${BENCH_WORK_DIR:-}" ]]; then
    trap 'rm -rf "$work"' EXIT
fi
bench="$build/benchmarks/bench_storage"
db="$work/synthetic-${roadmaps}x${activities}x${years}.sqlite"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== generate"
rm -f "$db" "$db-journal"
"$bench" generate --db "$db" --roadmaps "$roadmaps" --activities "$activities" --years "$years" --verify
echo "== roadmap-tracker check"
/usr/bin/time -f "  check: %e s wall, %M KiB peak memory" "$build/app/roadmap-tracker" check --db "$db" >/dev/null
echo "== status"
"$bench" status --db "$db" --repeat "$repeat" --tracker "$build/app/roadmap-tracker"
echo "== evaluate (in memory, 10k / 50k / 100k obligations)"
"$bench" evaluate --repeat "$repeat"
echo "== import (generated text plans of 10,000 and 20,000 activities)"
"$bench" import --activities 20000
echo "== report (one synthetic roadmap of 50,000 obligations: a quarter and a year to PDF)"
QT_QPA_PLATFORM=offscreen "$build/benchmarks/bench_report" --obligations 50000
echo "== writers"
"$bench" writers --dir "$work" --processes "$writers" --reports "$reports"
