#!/usr/bin/env python3
"""Verify one event's reports against a store holding only another event's.

A store that keeps months of wire copy holds several events in one place:
Hurricane Ian's Florida toll of 2022 and Helene's of 2024, the 2005 Kashmir
earthquake's Pakistan toll and the 2022 floods', Haiti's earthquakes of
2010 and 2021, a Florida building's collapse in 2021 and a Florida hurricane
in 2022. Every claim of the later
event should then be UNVERIFIED: nothing in the store is about it. Each PAIR
is EARLIER>LATER (manifest names); every report of EARLIER is stored, then
every report of LATER is verified against it, and any other verdict is
printed with its explanation. Ends with "N claims, N compared across events"
and exits 1 when any was.

    eval/news/cross_events.py [PAIR,PAIR...]   (after eval/news/run.sh has
                                                built the series and binaries)

A later report may recall the earlier event ("the 2005 quake killed
73,000"): such a figure is history, compared with nothing, so the expected
answer stays UNVERIFIED.
"""
import json
import os
import shutil
import sys
import tempfile

import run_scenarios

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_PAIRS = ("haiti2010>haiti2021,ian>helene2024,"
                 "kashmir2005>pakistan,morocco>derna,sudan2023>herat2023,"
                 "surfside2021>ian")
SERVER_CMD = ("bazel-bin/server/factcheckd --listen=127.0.0.1:{port} --data_dir={dir} "
              "--sync_writes=false")
CLI = ["bazel-bin/client/factcheck"]
TIMEOUT = 60


def report_ids(event):
    with open(os.path.join(ROOT, "eval", "news", "manifests", event + ".json"),
              encoding="utf-8") as fh:
        return [r["id"] for r in json.load(fh)["reports"]]


def run_pair(earlier, later, reports, work):
    """Prints each claim of `later` compared with `earlier`; returns (claims, compared)."""
    priors = os.path.join(work, "priors.jsonl")
    with open(priors, "w", encoding="utf-8") as fo:
        for report_id in report_ids(earlier):
            fo.write(json.dumps(run_scenarios.ingest_record(reports[report_id]),
                                ensure_ascii=False) + "\n")
    claims = compared = 0
    with run_scenarios.Server(SERVER_CMD, None, TIMEOUT) as server:
        run_scenarios.run_cmd(run_scenarios.ingest_argv(CLI, server.address, priors), TIMEOUT)
        for report_id in report_ids(later):
            document = reports[report_id]
            text = os.path.join(work, "document.txt")
            with open(text, "w", encoding="utf-8") as fo:
                fo.write(document["text"])
            out = run_scenarios.run_cmd(
                run_scenarios.verify_argv(CLI, server.address, document, text), TIMEOUT)
            for verdict in run_scenarios.parse_verdicts(out):
                claims += 1
                if verdict["verdict"] == "UNVERIFIED":
                    continue
                compared += 1
                print("%s>%s %s %s %s %r\n    %s" % (
                    earlier, later, report_id, verdict["verdict"], verdict["kind"],
                    verdict["primary"][:90], verdict["explanation"][:240]))
    return claims, compared


def main(argv):
    os.chdir(ROOT)
    pairs = [pair.split(">") for pair in (argv[1] if len(argv) > 1 else DEFAULT_PAIRS).split(",")]
    reports = run_scenarios.load_series(os.path.join("var", "dev", "news", "series.jsonl"))
    claims = compared = 0
    for earlier, later in pairs:
        work = tempfile.mkdtemp(prefix="factcheck-cross-")
        try:
            pair_claims, pair_compared = run_pair(earlier, later, reports, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        claims += pair_claims
        compared += pair_compared
    print("%d claims, %d compared across events" % (claims, compared))
    return 1 if compared else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
