#!/usr/bin/env bash
# How often a stored quotation is found again by its words, on PolNeAR's dev
# articles, among newer real quotations made from the train articles'
# sentences (eval/quotes/quoted_sentences.py). The cases are the ones
# eval/attribution/run.sh builds under var/dev/ (git-ignored): run that once
# first. Prints recall's figures; it is no test.
#
#   eval/quotes/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

dev=var/dev
source eval/quotes/polnear_cases.sh
python3 eval/quotes/quoted_sentences.py < "$dev/cases/polnear_train.jsonl" \
    > "$dev/quoted_sentences_train.jsonl"
bazel build -c opt //eval/quotes:recall 2>/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bazel-bin/eval/quotes/recall --dir="$work/store" \
    --pad="$dev/quoted_sentences_train.jsonl" < "$dev/cases/polnear_dev.jsonl"
