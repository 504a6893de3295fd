#!/usr/bin/env bash
# Side by side, one run, the same text: factcheck's numeric extraction (the
# whole path: tokens, numbers, quantities, sentences, claims) against
# Microsoft Recognizers-Text's number model (npm
# @microsoft/recognizers-text-number), which only finds numbers.
#
#   tests/bench/compare_recognizers.sh [MB]      (default 2 MB of text)
#
# The peer is a dev-only dependency: installed here into a temporary
# directory from the npm registry, never by the product. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
megabytes=${1:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bazel build -c opt //tests/bench:extract_benchmark >/dev/null 2>&1
bazel-bin/tests/bench/extract_benchmark --mb="$megabytes" \
    --write_text="$work/news.txt" > "$work/factcheck.txt"

echo "installing @microsoft/recognizers-text-number into $work ..." >&2
(cd "$work" && npm init -y >/dev/null 2>&1 &&
 npm install --silent --no-audit --no-fund \
     @microsoft/recognizers-text-number@1.3.1 >/dev/null 2>&1)
NODE_PATH="$work/node_modules" node tests/bench/recognizers_number.js \
    "$work/news.txt" > "$work/peer.json"

ours=$(sed -n 's/^throughput *\([0-9.]*\) MB\/s.*/\1/p' "$work/factcheck.txt")
peer=$(sed -n 's/.*"mb_per_second":\([0-9.e+-]*\).*/\1/p' "$work/peer.json")
cat "$work/factcheck.txt"
echo "recognizers-text   $(cat "$work/peer.json")"
awk -v ours="$ours" -v peer="$peer" 'BEGIN {
  printf "factcheck          %.1f MB/s\n", ours
  printf "recognizers-text   %.3f MB/s (number model only)\n", peer
  ratio = ours / peer
  printf "ratio              %.0fx (target >= 40x): %s\n", ratio,
         (ratio >= 40) ? "met" : "NOT met"
}'
