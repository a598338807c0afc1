#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR/fuzz for SECONDS each, starting from the corpus in
# fuzz/corpus/NAME when there is one, with the libFuzzer dictionary fuzz/X.dict for X_fuzz.
# Any crash fails the run.
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
  # Seeds may also live in fuzz/corpus/X for X_fuzz (warc_fuzz: fuzz/corpus/warc).
  [ -d "fuzz/corpus/${name%_fuzz}" ] && cp -r "fuzz/corpus/${name%_fuzz}/." "$work/"
  # A dictionary fuzz/X.dict for X_fuzz (html_fuzz: markup tokens) when there is one.
  dict=()
  [ -f "fuzz/${name%_fuzz}.dict" ] && dict=(-dict="fuzz/${name%_fuzz}.dict")
  echo "fuzzing $name for ${seconds}s"
  "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 "${dict[@]}" "$work" 2>&1 | tail -n 3
  rm -rf "$work"
done
[ "$found" = 1 ] || { echo "no fuzz targets were built" >&2; exit 1; }
