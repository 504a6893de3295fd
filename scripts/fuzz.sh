#!/usr/bin/env bash
# Runs every libFuzzer harness of tests/fuzz (clang, AddressSanitizer,
# UndefinedBehaviorSanitizer) for SECONDS each (default 60), one after the
# other, and prints a line per harness: its executions and whether it ran
# clean. scripts/test.sh runs it briefly; for a long run:
#
#   scripts/fuzz.sh 3600
#
# Each harness grows its corpus in var/fuzz/<name>/ (git-ignored, kept
# between runs, started from tests/fuzz/corpus/<name>/). A crash is saved in
# var/fuzz/crashes/; copy it into tests/fuzz/corpus/<name>/ so that
# <name>_replay_test keeps it fixed. Exits non-zero when any harness crashed,
# leaked, ran out of memory or took over 10 s on one input.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
harnesses=(numbers_fuzzer attributions_fuzzer extract_claims_fuzzer store_keys_fuzzer)
# Bazel's own output base for the clang build: switching compilers in the
# ordinary one would rebuild everything twice per test run.
# One per checkout: an output base belongs to one workspace.
output_base="${HOME}/.cache/factcheck-fuzz/$(pwd | md5sum | cut -c1-12)"

build_log=$(mktemp)
trap 'rm -f "$build_log"' EXIT
if ! bazel --output_base="$output_base" build --config=fuzz \
    --symlink_prefix=/ "${harnesses[@]/#/\/\/tests/fuzz:}" \
    >"$build_log" 2>&1; then
  grep -v 'Cannot export local symbol' "$build_log" | tail -40
  for harness in "${harnesses[@]}"; do echo "fuzz $harness: FAILED TO BUILD"; done
  exit 1
fi
# No convenience symlinks (--symlink_prefix=/): bazel test //... would walk
# into them. The binaries are found through bazel info instead.
bin=$(bazel --output_base="$output_base" info --config=fuzz bazel-bin 2>/dev/null)
# The fuzz build's Bazel server is not needed again until the next run.
bazel --output_base="$output_base" shutdown 2>/dev/null

mkdir -p var/fuzz/crashes
status=0
for harness in "${harnesses[@]}"; do
  corpus="var/fuzz/$harness"
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"$harness"/* "$corpus"/
  case "$harness" in
    numbers_fuzzer) dictionaries=(numbers) ;;
    attributions_fuzzer) dictionaries=(attributions) ;;
    extract_claims_fuzzer) dictionaries=(numbers attributions) ;;
    *) dictionaries=() ;;
  esac
  dict_flag=()
  if [ ${#dictionaries[@]} -gt 0 ]; then
    # libFuzzer takes one dictionary: the harness's ones, joined.
    cat $(printf "tests/fuzz/dict/%s.dict " "${dictionaries[@]}") >"var/fuzz/$harness.dict"
    dict_flag=(-dict="var/fuzz/$harness.dict")
  fi
  log="var/fuzz/$harness.log"
  "$bin/tests/fuzz/$harness" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "${dict_flag[@]}" \
    -artifact_prefix="var/fuzz/crashes/$harness-" "$corpus" >"$log" 2>&1
  result=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ "$result" -eq 0 ]; then
    echo "fuzz $harness: ${runs:-?} executions in ${seconds} s, clean"
  else
    grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$log" | head -10
    echo "fuzz $harness: FAILED after ${runs:-?} executions (log: $log)"
    status=1
  fi
done
exit $status
