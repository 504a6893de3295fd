#!/usr/bin/env bash
# Serving under load, measured from outside: factcheckd on 127.0.0.1 with a
# store of synthetic reports (verify_benchmark's corpus), driven by h2load
# (Debian's nghttp2-client) with a framed VerifyDocument request of the
# 4 KB article (and the same asking for the summary only, at 16 calls in
# flight: what a batch job counting verdicts sends), and with an
# ExtractClaims request of its text, at 1 and 16 calls in flight for a
# bounded time, and with a trivial RPC (the health check) in the same run
# for comparison. h2load
# sees HTTP statuses only, so a gRPC client counting status codes brackets
# the runs (tests/bench/status_count.py). Prints requests/s, p50/p99,
# errors, the server's peak RSS and the ratios; it is a benchmark, no test.
#
#   tests/bench/load.sh [--reports 100000] [--seconds 10] [--in_process]
#                       [--server_flags "--threads=3 ..."]
#   tests/bench/load.sh --smoke     # a few seconds; ends "load smoke: ok"
#
# --server_flags are added to factcheckd's command line (split on spaces),
# to measure a setting against the defaults.
#
# --in_process also runs verify_benchmark on the same corpus for the
# in-process latency and throughput (two threads calling at once) the gRPC
# figures are compared with. Both are measured at rest: the runs wait until
# the server is idle after the bulk load (RocksDB compacts it), and are
# compared with verify_benchmark's figures once its own store is compacted.
set -euo pipefail
cd "$(dirname "$0")/../.."

reports=100000
seconds=10
smoke=0
in_process=0
server_flags=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) reports=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --smoke) smoke=1; reports=300; seconds=2; shift ;;
    --in_process) in_process=1; shift ;;
    --server_flags) server_flags=$2; shift 2 ;;
    *) echo "usage: $0 [--smoke] [--reports N] [--seconds S] [--in_process] [--server_flags FLAGS]" >&2; exit 2 ;;
  esac
done

fail() { echo "load: $*"; [ "$smoke" -eq 1 ] && echo "load smoke: failed"; exit 1; }
command -v h2load >/dev/null ||
  fail "h2load is missing: install Debian's nghttp2-client (scripts/install-deps.sh does)"
bazel build -c opt //server:factcheckd //client:factcheck \
    //tests/bench:verify_benchmark >/dev/null 2>&1 || fail "does not build"
bin=$(bazel info -c opt bazel-bin 2>/dev/null)

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin/tests/bench/verify_benchmark" --sizes="$reports" --write="$work/load" ||
  fail "could not write the corpus"
printf '\0\0\0\0\0' >"$work/health.grpc"  # an empty HealthCheckRequest
mkdir -p "$work/gen"
protoc -I. --python_out="$work/gen" --grpc_python_out="$work/gen" \
    --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin protos/*.proto

"$bin/server/factcheckd" --data_dir="$work/data" --listen=127.0.0.1:0 \
    --port_file="$work/port" --sync_writes=false $server_flags >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || fail "factcheckd did not start: $(tail -3 "$work/server.log")"
address=127.0.0.1:$(cat "$work/port")

start=$(date +%s.%N)
"$bin/client/factcheck" --server="$address" ingest "$work/load.jsonl" >/dev/null ||
  fail "ingest failed"
ingest_seconds=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" \
    "$start" "$(date +%s.%N)")
printf 'stored %d reports over gRPC in %.1f s (%.0f reports/s)\n' "$reports" \
    "$ingest_seconds" "$(python3 -c "print($reports / $ingest_seconds)")"

# The server's CPU time so far, in clock ticks (utime + stime; getconf
# CLK_TCK a second).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
# At rest: three seconds in a row under 3% of a core (clock ticks are
# hundredths of a second).
quiet=0
waited=0
last=$(cpu_ticks)
while [ "$quiet" -lt 3 ]; do
  sleep 1
  now=$(cpu_ticks)
  if [ $((now - last)) -le 3 ]; then quiet=$((quiet + 1)); else quiet=0; fi
  last=$now
  waited=$((waited + 1))
  [ "$waited" -le 1800 ] || fail "the server did not come to rest in 30 minutes"
done
echo "the server came to rest $waited s after the bulk load"

# Debian's python3-grpcio serves /usr/bin/python3.
statuses() {
  PYTHONPATH="$work/gen" /usr/bin/python3 tests/bench/status_count.py \
      --server "$address" --request "$work/load.verify.grpc" --calls "$1" \
      --in_flight 16 || fail "the status-counting client failed"
}
before=$(statuses 200)
echo "before, 200 calls at 16 in flight: $before"

# One h2load run for a bounded time; prints and keeps its summary line,
# with the server's CPU time per call (its threads' user and system time
# over the run, divided by the calls answered).
drive() {
  local name=$1 path=$2 body=$3 in_flight=$4
  local ticks_before ticks_after
  ticks_before=$(cpu_ticks)
  h2load -D "$seconds" -c 1 -t 1 -m "$in_flight" \
      -H 'content-type: application/grpc' -H 'te: trailers' -d "$body" \
      --log-file="$work/$name.log" "http://$address$path" >"$work/$name.out" 2>&1 ||
    fail "h2load failed: $(tail -3 "$work/$name.out")"
  ticks_after=$(cpu_ticks)
  python3 - "$work/$name.log" "$seconds" "$name" "$((ticks_after - ticks_before))" \
      "$(getconf CLK_TCK)" <<'PY' | tee "$work/$name.summary"
import sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
seconds, name = float(sys.argv[2]), sys.argv[3]
server_seconds = int(sys.argv[4]) / int(sys.argv[5])
done = sorted(int(r[2]) for r in rows)
errors = sum(1 for r in rows if r[1] != "200")
def pct(p):
    return done[min(len(done) - 1, int(p * len(done)))] / 1000 if done else 0
print("%-22s %8d calls %9.0f /s   p50 %7.2f ms   p99 %7.2f ms   http errors %d"
      "   server CPU %.3f ms/call"
      % (name, len(rows), len(rows) / seconds, pct(0.5), pct(0.99), errors,
         1000 * server_seconds / max(len(rows), 1)))
PY
}
echo
drive "verify, 1 in flight" /factcheck.v1.FactCheck/VerifyDocument "$work/load.verify.grpc" 1
drive "verify, 16 in flight" /factcheck.v1.FactCheck/VerifyDocument "$work/load.verify.grpc" 16
drive "summaries, 16 in flight" /factcheck.v1.FactCheck/VerifyDocument "$work/load.summary.grpc" 16
drive "extract, 1 in flight" /factcheck.v1.FactCheck/ExtractClaims "$work/load.extract.grpc" 1
drive "extract, 16 in flight" /factcheck.v1.FactCheck/ExtractClaims "$work/load.extract.grpc" 16
drive "health, 16 in flight" /grpc.health.v1.Health/Check "$work/health.grpc" 16
echo
after=$(statuses 200)
echo "after, 200 calls at 16 in flight: $after"
peak_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$server_pid/status")
echo "server peak RSS: $(( peak_kb / 1024 )) MB"

rate() { awk '{for (i = 1; i <= NF; i++) if ($i == "/s") print $(i - 1)}' "$work/$1.summary"; }
p50() { awk '{for (i = 1; i <= NF; i++) if ($i == "p50") print $(i + 1)}' "$work/$1.summary"; }
verify16=$(rate "verify, 16 in flight")
health16=$(rate "health, 16 in flight")
python3 -c "print('verify at 16 in flight is %.1f%% of the health check rate' % (100 * $verify16 / max($health16, 1)))"

if [ "$in_process" -eq 1 ]; then
  echo
  echo "in process, the same corpus (verify_benchmark):"
  "$bin/tests/bench/verify_benchmark" --sizes="$reports" --dir="$work/bench" | tee "$work/bench.out"
  rest_p50=$(awk 'NR > 2 && $1 ~ /^[0-9]+$/ {print $6}' "$work/bench.out" | tail -1)
  grpc_p50=$(p50 "verify, 1 in flight")
  python3 -c "print('p50 of one verification: %.2f ms over gRPC, %.2f ms in process (at rest): gRPC at %.0f%% of in-process speed' % ($grpc_p50, $rest_p50, 100 * $rest_p50 / $grpc_p50))"
  extract_p50=$(sed -n 's/^ExtractClaims of the article: p50 \([0-9.]*\) ms.*/\1/p' "$work/bench.out")
  grpc_extract_p50=$(p50 "extract, 1 in flight")
  python3 -c "print('p50 of one extraction: %.3f ms over gRPC, %.3f ms in process: gRPC at %.0f%% of in-process speed' % ($grpc_extract_p50, $extract_p50, 100 * $extract_p50 / $grpc_extract_p50))"
  # Throughput: 16 in flight over gRPC (the load generator on the same
  # cores) against two threads calling in process.
  threads_line=$(grep '^On [0-9]* threads at once' "$work/bench.out")
  rest_rate=$(sed -n 's/.*busy, \([0-9]*\)\/s at rest.*/\1/p' <<<"$threads_line")
  extract_rate=$(sed -n 's/.*ExtractClaims \([0-9]*\)\/s.*/\1/p' <<<"$threads_line")
  extract16=$(rate "extract, 16 in flight")
  python3 -c "print('throughput, 16 in flight over gRPC against 2 threads in process: verify %.0f/s against %.0f/s at rest (%.0f%%), extraction %.0f/s against %.0f/s (%.0f%%)' % ($verify16, $rest_rate, 100 * $verify16 / $rest_rate, $extract16, $extract_rate, 100 * $extract16 / $extract_rate))"
fi

if [ "$smoke" -eq 1 ]; then
  all_ok() { [[ "$1" =~ ^statuses:\ OK=[0-9]+$ ]]; }
  http_errors=$(awk '{for (i = 1; i < NF; i++) if ($i == "errors") errors += $(i + 1)}
                     END {print errors + 0}' "$work"/*.summary)
  if all_ok "$before" && all_ok "$after" && [ "$http_errors" -eq 0 ]; then
    echo "load smoke: ok"
  else
    echo "load smoke: failed"
    exit 1
  fi
fi
