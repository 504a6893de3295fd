#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, runs every test and the
# format check, and ends with the line "N passed, N failed" (test cases, from
# each test's XML report). Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh || exit 1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
bazel test //... 2>&1 | tee "$log"
bazel_status=${PIPESTATUS[0]}

passed=0
failed=0

# One line per test target, e.g. "//tests/store:keys_test  (cached) PASSED in 0.1s".
while read -r target status; do
  xml="bazel-testlogs/${target#//}"
  xml="${xml/://}/test.xml"
  if [ "$status" = PASSED ] || [ "$status" = FAILED ]; then
    header=$(grep -o -m1 '<testsuites[^>]*>' "$xml" 2>/dev/null)
    tests=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$header")
    failures=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$header")
    errors=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$header")
    disabled=$(sed -n 's/.* disabled="\([0-9]*\)".*/\1/p' <<<"$header")
    if [ -n "$tests" ]; then
      bad=$(( ${failures:-0} + ${errors:-0} ))
      passed=$(( passed + tests - bad - ${disabled:-0} ))
      failed=$(( failed + bad ))
      # A crash after the XML was written still fails the target.
      if [ "$status" = FAILED ] && [ "$bad" -eq 0 ]; then failed=$(( failed + 1 )); fi
      continue
    fi
  fi
  # No report to count: the target failed to build, timed out or crashed.
  if [ "$status" = PASSED ]; then passed=$(( passed + 1 )); else failed=$(( failed + 1 )); fi
done < <(sed -n -E 's#^(//[^ ]+)[[:space:]]+(\(cached\) )?(PASSED|FAILED TO BUILD|FAILED|NO STATUS|TIMEOUT|FLAKY|INCOMPLETE).*#\1 \3#p' "$log" |
           sed 's/ FAILED TO BUILD$/ BUILD_FAILED/; s/ NO STATUS$/ NO_STATUS/')

# Every C++ file is clang-formatted (Google style, .clang-format).
unformatted=$(git ls-files '*.cc' '*.h' | xargs clang-format --dry-run --Werror 2>&1 | grep -c 'error:' || true)
if [ "$unformatted" -eq 0 ]; then
  passed=$(( passed + 1 ))
else
  echo "format check: $unformatted places not clang-formatted; run: git ls-files '*.cc' '*.h' | xargs clang-format -i"
  failed=$(( failed + 1 ))
fi

# Dependency direction: RocksDB only in store/*.cc, libpq only in
# store/postgres_*.cc, gRPC only in server/ and client/ (tests may use
# RocksDB and gRPC).
layering=$( { git grep -l '#include "rocksdb/' -- '*.cc' '*.h' | grep -v '^store/.*\.cc$';
              git grep -l -E '#include [<"](postgresql/)?libpq' -- '*.cc' '*.h' |
                grep -v -E '^store/postgres_[a-z_]+\.cc$';
              git grep -l -E '#include "grpc(pp|\+\+)?/' -- '*.cc' '*.h' |
                grep -v -E '^(server/[^/]*|client/[^/]*|tests/.*)$'; } || true)
if [ -z "$layering" ]; then
  passed=$(( passed + 1 ))
else
  echo "layering check: these files include a library their layer may not use:" $layering
  failed=$(( failed + 1 ))
fi

# Each libFuzzer harness briefly, with ASan and UBSan (scripts/fuzz.sh).
while read -r line; do
  echo "$line"
  case "$line" in
    "fuzz "*": "*", clean") passed=$(( passed + 1 )) ;;
    "fuzz "*) failed=$(( failed + 1 )) ;;
  esac
done < <(scripts/fuzz.sh 15 2>&1)

# The Python and Node clients against a real factcheckd (tests/clients).
while read -r line; do
  echo "$line"
  if [[ "$line" =~ ^clients\ [a-z]+:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
    passed=$(( passed + BASH_REMATCH[1] ))
    failed=$(( failed + BASH_REMATCH[2] ))
  elif [[ "$line" =~ ^clients: ]]; then
    failed=$(( failed + 1 ))
  fi
done < <(tests/clients/run.sh 2>&1)

# The dashboard in headless chromium (tests/web).
while read -r line; do
  echo "$line"
  if [[ "$line" =~ ^web:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
    passed=$(( passed + BASH_REMATCH[1] ))
    failed=$(( failed + BASH_REMATCH[2] ))
  fi
done < <(tests/web/run.sh 2>&1)

# The load harness for a few seconds, so that it cannot rot (its full run
# gives the README's serving figures: tests/bench/load.sh).
load_verdict=""
while read -r line; do
  echo "$line"
  case "$line" in "load smoke: "*) load_verdict=${line#load smoke: } ;; esac
done < <(tests/bench/load.sh --smoke 2>&1)
if [ "$load_verdict" = ok ]; then
  passed=$(( passed + 1 ))
else
  [ -z "$load_verdict" ] && echo "load smoke: ended without a verdict"
  failed=$(( failed + 1 ))
fi

if [ "$bazel_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "bazel test exited with status $bazel_status"
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
