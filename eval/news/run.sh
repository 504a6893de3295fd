#!/usr/bin/env bash
# Runs the real-news development scenarios (eval/news/manifests/) against a
# fresh factcheckd per scenario and prints each verdict, ending with
# "N passed, N failed". The article texts are rebuilt from saved search
# answers under var/dev/news/raw/ (git-ignored; see build_series.py).
#
#   eval/news/run.sh [--events ian,derna] [run_scenarios.py flags, e.g. -v, --only NAME]
set -euo pipefail
cd "$(dirname "$0")/../.."

events=()
if [ "${1:-}" = --events ]; then events=(--events "$2"); shift 2; fi
python3 eval/news/build_series.py "${events[@]}" >/dev/null
bazel build //server:factcheckd //client:factcheck 2>/dev/null
exec python3 eval/news/run_scenarios.py \
    --series var/dev/news/series.jsonl --scenarios var/dev/news/scenarios.json \
    --cli bazel-bin/client/factcheck \
    --server-cmd "bazel-bin/server/factcheckd --listen=127.0.0.1:{port} --data_dir={dir} --sync_writes=false" \
    "$@"
