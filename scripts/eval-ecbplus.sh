#!/usr/bin/env bash
# Scores `corroborate cluster` on ECB+ (../shared/data/news-clustering): clusters the train+dev
# documents, keeps each article's event id as its cluster, and scores one split with
# ../shared/tools/score-clusters.py (pairwise and BCubed F1; the last line is machine-readable).
#   scripts/eval-ecbplus.sh [BUILD_DIR] [--split dev|train] [cluster options…]
# e.g. scripts/eval-ecbplus.sh build/release --split train --stream
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/release}"
shift || true
split=dev
if [ "${1:-}" = "--split" ]; then
  split="$2"
  shift 2
fi
shared="${CORROBORATE_SHARED_DIR:-$root/../shared}"
docs="$shared/data/news-clustering/ecbplus/docs.train-dev.jsonl"
score="$shared/tools/score-clusters.py"
for f in "$docs" "$score" "$build/corroborate"; do
  [ -e "$f" ] || { echo "eval-ecbplus: missing $f" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Only this split's documents are clustered: the other split's topics are not there to help.
python3 - "$docs" "$split" > "$tmp/input.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    rec = json.loads(line)
    if rec["split"] == sys.argv[2]:
        print(json.dumps({"id": rec["id"], "url": rec.get("url"), "text": rec["text"]}))
PY
"$build/corroborate" cluster -q "$tmp/input.jsonl" "$@" > "$tmp/clusters.jsonl"
python3 - "$tmp/clusters.jsonl" > "$tmp/pred.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    rec = json.loads(line)
    print(json.dumps({"id": rec["id"], "cluster": rec["event"]}))
PY
python3 "$score" "$docs" "$tmp/pred.jsonl" --split "$split" --no-ami | tail -1
