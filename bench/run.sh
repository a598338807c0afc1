#!/usr/bin/env bash
# Builds Release and runs both benchmark binaries with tabular counters.
#   bench/run.sh [BUILD_DIR] [extra Google Benchmark flags…]
# e.g. bench/run.sh build/release --benchmark_filter=Analyze --benchmark_repetitions=5
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
shift || true
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCORROBORATE_BENCH=ON
else
  cmake -S . -B "$build" -DCORROBORATE_BENCH=ON >/dev/null  # keeps the dir's other settings
fi
cmake --build "$build" --target stage_bench brief_bench -j "${JOBS:-$(nproc)}"
for b in stage_bench brief_bench; do
  echo "== $b"
  "$build/bench/$b" --benchmark_counters_tabular=true "$@"
done
