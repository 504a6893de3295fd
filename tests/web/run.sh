#!/usr/bin/env bash
# The dashboard's browser test (tests/web/dashboard_test.mjs): Debian's
# chromium, headless, driven by puppeteer-core (npm, pinned by the
# lockfile), against a real factcheckd on 127.0.0.1. Prints "web: N passed,
# M failed" for scripts/test.sh to count; a missing browser or node says so
# and counts as failed (scripts/install-deps.sh installs them). Screenshots
# are kept in var/test-artifacts/ (git-ignored).
#
#   tests/web/run.sh
set -uo pipefail
cd "$(dirname "$0")/../.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "web: 0 passed, 1 failed (node or npm missing)"; exit 1
fi
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "web: 0 passed, 1 failed (no chromium at ${CHROMIUM:-/usr/bin/chromium})"; exit 1
fi
bazel build //server:factcheckd //client:factcheck >/dev/null 2>&1 ||
  { echo "web: 0 passed, 1 failed (factcheckd does not build)"; exit 1; }
(cd tests/web && npm ci --no-audit --no-fund --silent >/dev/null 2>&1) ||
  { echo "web: 0 passed, 1 failed (npm ci failed in tests/web)"; exit 1; }
mkdir -p var/test-artifacts
log=$(mktemp)
trap 'rm -f "$log"' EXIT
FACTCHECKD=$PWD/bazel-bin/server/factcheckd FACTCHECK_CLI=$PWD/bazel-bin/client/factcheck \
  ARTIFACTS=$PWD/var/test-artifacts node --test tests/web/ >"$log" 2>&1
passed=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$log")
failed=$(sed -n 's/^# fail \([0-9]*\)/\1/p' "$log")
passed=${passed:-0}
failed=${failed:-1}
[ "$failed" -ne 0 ] && cat "$log"
echo "web: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
