#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR/fuzz for SECONDS each, starting from the corpus in
# fuzz/corpus/NAME when there is one. Any crash fails the run.
set -euo pipefail
build=${1:?build dir}
seconds=${2:-20}
shopt -s nullglob
found=0
for bin in "$build"/fuzz/*_fuzz; do
  [ -x "$bin" ] || continue
  found=1
  name=$(basename "$bin")
  work=$(mktemp -d)
  [ -d "fuzz/corpus/$name" ] && cp -r "fuzz/corpus/$name/." "$work/"
  echo "fuzzing $name for ${seconds}s"
  "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 "$work" 2>&1 | tail -n 3
  rm -rf "$work"
done
[ "$found" = 1 ] || { echo "no fuzz targets were built" >&2; exit 1; }
