#!/usr/bin/env bash
# Memory of a long batch job: `factcheck batch` over 10,000 and then 100,000
# documents against one factcheckd (1,000 stored reports), printing the
# client's peak RSS and the server's resident and peak memory after each run.
# Flat means the 100,000-document figures match the 10,000 ones: the client
# holds at most --in_flight documents, the server one stream's worth.
#
#   tests/bench/batch_memory.sh [SIZES...]     (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

bazel build -c opt --jobs=2 //server:factcheckd //client:factcheck >/dev/null 2>&1
bin=bazel-out/k8-opt/bin
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin/server/factcheckd" --data_dir="$work/data" --listen=127.0.0.1:0 \
    --port_file="$work/port" 2>"$work/server.log" &
server=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
export FACTCHECK_SERVER=127.0.0.1:$(cat "$work/port")

python3 - "$work" "${sizes[@]}" <<'PY'
import json, os, resource, subprocess, sys, time
work, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]
cli = "bazel-out/k8-opt/bin/client/factcheck"
server = int(subprocess.check_output(["pgrep", "-f", work + "/data"]).split()[0])

def write(path, first, count):
    with open(path, "w") as f:
        for i in range(first, first + count):
            f.write(json.dumps({
                "id": "doc-%d" % i, "source": "Wire",
                "published_at": "2024-03-%02dT09:00:00Z" % (10 + i % 18),
                "text": ("At least %d people were killed in the floods in Ruritania, "
                         "officials said on Tuesday. \"We are doing all we can,\" "
                         "Governor Ana Ruiz said. Another %d were injured in the "
                         "capital, the health ministry said." % (40 + i % 500, i % 90))
            }) + "\n")

def server_memory():
    fields = dict(l.split(":", 1) for l in open("/proc/%d/status" % server))
    return fields["VmRSS"].strip(), fields["VmHWM"].strip()

write(work + "/stored.jsonl", 0, 1000)
subprocess.run([cli, "ingest", work + "/stored.jsonl"], check=True, stdout=subprocess.DEVNULL)
print("%10s %12s %14s %14s %10s" % ("documents", "client peak", "server RSS", "server peak", "docs/s"))
for n in sizes:
    path = work + "/day-%d.jsonl" % n
    write(path, 1000, n)
    start = time.time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([cli, "batch", path, "--out", work + "/out-%d.jsonl" % n],
                   check=True, stderr=subprocess.DEVNULL)
    seconds = time.time() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rss, hwm = server_memory()
    client = "%d kB" % peak if peak > before else "<= %d kB" % before
    print("%10d %12s %14s %14s %10.0f" % (n, client, rss, hwm, n / seconds))
    os.remove(path)
    os.remove(work + "/out-%d.jsonl" % n)
PY
