#!/bin/sh
# Scores `corroborate extract --batch` on the ScrapingHub article-extraction benchmark that sits
# beside the repository (../shared/data/article-extraction-benchmark), with the benchmark's own
# metric, through ../shared/tools/score-extraction.py (see its --help). Builds BUILD_DIR
# (Release) first when the binary is missing.
#
#   scripts/score-extraction.sh                      # F1/P/R, the 10 worst pages, all cores
#   scripts/score-extraction.sh -j 1 --baseline readability-lxml   # per-core speed vs Readability
#   BUILD=/tmp/b scripts/score-extraction.sh --out preds.json      # other build folder, keep outputs
#
# Options: -j N (threads for corroborate, default all cores); anything else goes to the scorer
# (default: --worst 10). The last line of output is "F1 … P … R … pages/s …".
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build/release}
scorer=$root/../shared/tools/score-extraction.py
if [ ! -f "$scorer" ]; then
  echo "score-extraction.sh: $scorer not found (the benchmark lives in ../shared)" >&2
  exit 2
fi
threads=""
if [ "${1:-}" = "-j" ] && [ $# -ge 2 ]; then
  threads="-j $2"
  shift 2
fi
if [ ! -x "$build/corroborate" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target corroborate
fi
[ $# -gt 0 ] || set -- --worst 10
# /usr/bin/python3 (the scorer's shebang): Debian's python3-readability is needed for
# --baseline readability-lxml, and another python3 earlier on PATH would not see it.
exec "$scorer" --batch-cmd "$build/corroborate extract -q $threads --batch" "$@"
