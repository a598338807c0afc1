#!/usr/bin/env bash
# Builds Release and runs every benchmark binary with tabular counters.
#   bench/run.sh [BUILD_DIR] [extra Google Benchmark flags…]
# e.g. bench/run.sh build/release --benchmark_filter=Analyze --benchmark_repetitions=5
# BENCHES="stage_bench brief_bench" bench/run.sh   runs only those.
# Benchmarks over ../shared data (HTML pages, UD treebanks) skip with a message without it.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
shift || true
benches=(${BENCHES:-stage_bench brief_bench extract_html_bench html_parser_bench html_metadata_bench
  ingest_warc_bench near_dup_bench cluster_bench nlp_bench cross_check_bench})
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCORROBORATE_BENCH=ON
else
  cmake -S . -B "$build" -DCORROBORATE_BENCH=ON >/dev/null  # keeps the dir's other settings
fi
cmake --build "$build" --target "${benches[@]}" -j "${JOBS:-$(nproc)}"
for b in "${benches[@]}"; do
  echo "== $b"
  "$build/bench/$b" --benchmark_counters_tabular=true "$@"
done
