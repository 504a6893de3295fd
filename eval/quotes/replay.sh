#!/usr/bin/env bash
# The quotation verdicts a fact-checker would see on real copy: PolNeAR's
# train and dev articles (2015-16, the cases eval/attribution/run.sh builds
# under var/dev/, git-ignored) are ingested into a fresh factcheckd, each is
# then verified against the reports published before it, and every
# MISQUOTED and MISATTRIBUTED verdict is listed with its explanation and
# the words of its first evidence, to be read one by one (PolNeAR marks no
# verdicts: a count is no score). Writes
# var/dev/quote_replay.jsonl; it is no test.
#
#   eval/quotes/replay.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

dev=var/dev
source eval/quotes/polnear_cases.sh
bazel build -c opt //server:factcheckd //client:factcheck 2>/dev/null
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bazel-bin/server/factcheckd --listen="127.0.0.1:$port" --data_dir="$work/data" \
    --sync_writes=false >/dev/null 2>&1 &
server=$!
cli=(bazel-bin/client/factcheck --server="127.0.0.1:$port" --timeout=120s)
for _ in $(seq 100); do "${cli[@]}" health >/dev/null 2>&1 && break; sleep 0.1; done
python3 - "$dev" > "$work/all.jsonl" <<'PY'
import json, sys
dev = sys.argv[1]
for split in ("train", "dev"):
    for line in open(f"{dev}/cases/polnear_{split}.jsonl"):
        case = json.loads(line)
        print(json.dumps({"id": case["doc_id"], "source": case["publisher"],
                          "url": "https://polnear.invalid/" + case["doc_id"],
                          "title": case.get("title") or case["doc_id"],
                          "published_at": case["date"] + "T12:00:00Z",
                          "text": case["text"]}))
PY
"${cli[@]}" ingest "$work/all.jsonl" | tail -1
"${cli[@]}" batch --out="$work/verdicts.jsonl" "$work/all.jsonl" 2>&1 | tail -2
python3 - "$work/verdicts.jsonl" > "$dev/quote_replay.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    result = json.loads(line).get("result", {})
    for verdict in result.get("verdicts", []):
        quote = verdict["claim"].get("attributed")
        if quote and verdict["verdict"] in ("VERDICT_MISQUOTED", "VERDICT_MISATTRIBUTED"):
            print(json.dumps({"document": result.get("document_id"),
                              "verdict": verdict["verdict"],
                              "speaker": quote.get("speaker"),
                              "content": quote.get("content"),
                              "explanation": verdict["explanation"],
                              "prior": [{"report": e.get("report_id"),
                                         "speaker": e["claim"]["attributed"].get("speaker"),
                                         "content": e["claim"]["attributed"].get("content")}
                                        for e in verdict.get("evidence", [])
                                        if "attributed" in e.get("claim", {})][:1]}))
PY
echo "$(grep -c MISQUOTED "$dev/quote_replay.jsonl" || true) MISQUOTED, $(grep -c MISATTRIBUTED "$dev/quote_replay.jsonl" || true) MISATTRIBUTED: $dev/quote_replay.jsonl"
