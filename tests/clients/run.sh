#!/usr/bin/env bash
# The Python and Node clients' integration tests against a real factcheckd
# (each test starts its own on 127.0.0.1 with an ephemeral port). Prints one
# line per client, "clients LANGUAGE: N passed, M failed", for scripts/test.sh
# to count; a client whose runtime is missing says so and counts as failed
# (scripts/install-deps.sh installs them).
#
#   tests/clients/run.sh
set -uo pipefail
cd "$(dirname "$0")/../.."

bazel build //server:factcheckd >/dev/null 2>&1 ||
  { echo "clients: factcheckd does not build"; exit 1; }
export FACTCHECKD=$PWD/bazel-bin/server/factcheckd
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Python: Debian's python3-grpcio serves /usr/bin/python3; stubs generated
# here, never checked in.
python=/usr/bin/python3
if ! "$python" -c 'import grpc, google.protobuf' 2>/dev/null; then
  echo "clients python: 0 passed, 1 failed (python3-grpcio or python3-protobuf missing)"
else
  protoc -I. --python_out="$work" --grpc_python_out="$work" \
      --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin protos/*.proto
  PYTHONPATH="$work:client/python" "$python" tests/clients/python_client_test.py \
      >"$work/python.log" 2>&1
  ran=$(sed -n 's/^Ran \([0-9]*\) tests\?.*/\1/p' "$work/python.log")
  bad=0
  for count in $(sed -n 's/^FAILED (\(.*\))/\1/p' "$work/python.log" | grep -o '[0-9]\+'); do
    bad=$(( bad + count ))
  done
  ran=${ran:-0}
  [ "$ran" -eq 0 ] && bad=1
  [ "$bad" -ne 0 ] && cat "$work/python.log"
  echo "clients python: $(( ran - bad < 0 ? 0 : ran - bad )) passed, $bad failed"
fi

# Node: @grpc/grpc-js and @grpc/proto-loader from npm, pinned by the lockfile.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "clients node: 0 passed, 1 failed (node or npm missing)"
elif ! (cd client/node && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
  cat "$work/npm.log"
  echo "clients node: 0 passed, 1 failed (npm ci failed)"
else
  node --test tests/clients/node_client.test.js >"$work/node.log" 2>&1
  pass=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$work/node.log")
  fail=$(sed -n 's/^# fail \([0-9]*\)/\1/p' "$work/node.log")
  pass=${pass:-0}; fail=${fail:-0}
  [ "$pass" -eq 0 ] && [ "$fail" -eq 0 ] && fail=1
  [ "$fail" -ne 0 ] && cat "$work/node.log"
  echo "clients node: $pass passed, $fail failed"
fi
