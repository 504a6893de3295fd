#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, and runs factcheckd
# on 127.0.0.1:50051 with its RocksDB data in ./var/data. Extra arguments are
# passed to factcheckd (see `bazel-bin/server/factcheckd --help`).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
bazel build //server:factcheckd //client:factcheck
mkdir -p var
exec bazel-bin/server/factcheckd --listen=127.0.0.1:50051 --data_dir=var/data "$@"
