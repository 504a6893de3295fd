#!/usr/bin/env python3
"""Run dated news scenarios against the factcheck CLI and score the verdicts.

    # a fresh server (and store) per scenario:
    python3 run_scenarios.py --series S.jsonl --scenarios SC.json --cli bazel-bin/client/factcheck \
        --server-cmd "bazel-bin/server/factcheckd --listen=127.0.0.1:{port} --data_dir={dir}"
    # or one server you started yourself (the store is NOT emptied between scenarios):
    python3 run_scenarios.py --series S.jsonl --scenarios SC.json --cli bazel-bin/client/factcheck --server 127.0.0.1:50051
    # check the data files only (no CLI needed):
    python3 run_scenarios.py --series S.jsonl --scenarios SC.json --check

For each scenario of scenarios.json: start from an empty store, ingest the prior
reports (from series.jsonl), verify the document, and compare each expected
{claim_contains, kind, verdict} with the verdicts returned.  Prints one block per
scenario and ends with the line "N passed, N failed" (one count per expected
verdict item).  Exit status 0 only when nothing failed.  Python 3 stdlib only.

Everything that depends on the CLI's exact flags and output lives in the ADAPTER section
just below (a copy of this file can adapt it when the CLI changes).
"""
import argparse
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

# ---------------------------------------------------------------------------
# ADAPTER: the assumed CLI contract.  Edit these when the real CLI differs.
# ---------------------------------------------------------------------------

VERDICTS = ("CONSISTENT", "UPDATED", "CONFLICTING", "OUTDATED", "MISQUOTED", "MISATTRIBUTED",
            "UNVERIFIED")


def to_timestamp(published_at):
    """series.jsonl holds dates ("2021-05-13"); the API takes RFC 3339 times."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published_at):
        return published_at + "T12:00:00Z"
    return published_at


def ingest_argv(cli, server, jsonl_path):
    """`factcheck --server=HOST:PORT ingest --format=json FILE.jsonl`"""
    return cli + ["--server=" + server, "ingest", "--format=json", jsonl_path]


def ingest_record(report):
    """One JSONL line of the ingest file (fields id, source, url, title, published_at, text)."""
    return {"id": report["id"], "source": report["source"], "url": report["url"],
            "title": report["title"], "published_at": to_timestamp(report["published_at"]),
            "text": report["text"]}


def verify_argv(cli, server, doc, text_path):
    """`factcheck --server=HOST:PORT verify --format=json --id=ID --source=S --published_at=T FILE.txt`"""
    return cli + ["--server=" + server, "verify", "--format=json", "--id=" + doc["id"],
                  "--source=" + doc["source"], "--published_at=" + to_timestamp(doc["published_at"]),
                  text_path]


_SKIP_NUM_KEYS = ("span", "begin", "end", "offset", "start", "confidence", "score", "byte")


def _strings(obj, out):
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _strings(v, out)
    return out


def _numbers(obj, out, key=""):
    if isinstance(obj, bool):
        return out
    if isinstance(obj, (int, float)) and not any(s in key.lower() for s in _SKIP_NUM_KEYS):
        out.append(float(obj))
    elif isinstance(obj, str) and key and re.fullmatch(r"-?\d+(\.\d+)?", obj) and \
            not any(s in key.lower() for s in _SKIP_NUM_KEYS):
        out.append(float(obj))   # proto3 JSON writes 64-bit integers as strings
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _numbers(v, out, k)
    elif isinstance(obj, list):
        for v in obj:
            _numbers(v, out, key)
    return out


def parse_verdicts(stdout):
    """VerifyDocument response (proto JSON, lowerCamelCase) -> list of dicts:
    {kind, primary, texts, speaker, verdict, values, explanation}."""
    data = json.loads(stdout)
    items = data.get("verdicts") or data.get("claims") or []
    out = []
    for it in items:
        claim = it.get("claim", it)
        if "numeric" in claim:
            kind, c = "numeric", claim["numeric"] or {}
            primary = c.get("text") or c.get("surface") or ""
            speaker = []
        elif "attributed" in claim:
            kind, c = "attributed", claim["attributed"] or {}
            primary = c.get("content") or c.get("text") or c.get("quote") or ""
            sp = c.get("speaker", "")
            speaker = _strings(sp, []) + _strings(c.get("speakerText", ""), [])
        else:
            continue
        v = str(it.get("verdict", "")).upper()
        v = v[len("VERDICT_"):] if v.startswith("VERDICT_") else v
        out.append({"kind": kind, "primary": primary if isinstance(primary, str) else "",
                    "texts": _strings(c, []), "speaker": speaker, "verdict": v,
                    "values": _numbers(c, []) if kind == "numeric" else [],
                    "explanation": it.get("explanation", "")})
    return out

# ---------------------------------------------------------------------------
# end of ADAPTER
# ---------------------------------------------------------------------------

HERE = os.path.dirname(os.path.abspath(__file__))


def load_series(path):
    reports = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                r = json.loads(line)
                if r["id"] in reports:
                    raise SystemExit("%s:%d: duplicate id %s" % (path, n, r["id"]))
                reports[r["id"]] = r
    return reports


def load_scenarios(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return data["scenarios"] if isinstance(data, dict) else data


def build_document(sc, reports):
    """The document of a scenario: a stored report, or a report with edits applied."""
    if not sc.get("synthetic_edit"):
        return dict(reports[sc["document_id"]])
    doc = dict(reports[sc["original_id"]])
    text = doc["text"]
    for e in sc.get("edits", []):
        if text.count(e["from"]) != 1:
            raise ValueError("%s: edit 'from' must occur exactly once: %r" % (sc["name"], e["from"]))
        text = text.replace(e["from"], e["to"])
    doc.update(id=sc["document_id"], text=text, title=doc["title"] + " [synthetic edit]")
    return doc


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def contains(hay, needle):
    """needle occurs in hay at word boundaries, after normalisation."""
    hay, needle = norm(hay), norm(needle)
    if not needle:
        return False
    return re.search(r"(?<![0-9a-z])" + re.escape(needle) + r"(?![0-9a-z])", hay) is not None


def speaker_ok(exp, v):
    want = exp.get("speaker_contains")
    if not want or not v["speaker"]:
        return True
    return any(contains(s, want) or contains(want, s) for s in v["speaker"] if s.strip())


def candidates(exp, verdicts):
    """Verdicts that plausibly belong to the expected claim, best tier first."""
    needle = exp["claim_contains"]
    pool = [v for v in verdicts if v["kind"] == exp["kind"] and speaker_ok(exp, v)]
    tiers = [
        [v for v in pool if v["primary"] and contains(v["primary"], needle)],
        [v for v in pool if any(contains(t, needle) for t in v["texts"])],
        [v for v in pool if len(norm(v["primary"])) >= 2 and contains(needle, v["primary"])],
    ]
    value = exp.get("value")
    if value is not None:
        tiers.append([v for v in pool if float(value) in v["values"]])
    for tier in tiers:
        if not tier:
            continue
        if value is not None:
            narrowed = [v for v in tier if float(value) in v["values"]]
            if narrowed:
                return narrowed
        return tier
    return []


def check(reports, scenarios):
    """Validate the data files; returns a list of problems."""
    problems = []
    dates = [reports[k]["published_at"] for k in reports]
    for k, r in reports.items():
        for f in ("id", "url", "source", "published_at", "title", "text"):
            if f not in r:
                problems.append("%s: missing field %s" % (k, f))
    names = set()
    for sc in scenarios:
        nm = sc.get("name", "?")
        if nm in names:
            problems.append("%s: duplicate scenario name" % nm)
        names.add(nm)
        ids = list(sc["prior_ids"]) + ([sc["original_id"]] if sc.get("synthetic_edit") else [sc["document_id"]])
        missing = [i for i in ids if i not in reports]
        if missing:
            problems.append("%s: unknown ids %s" % (nm, missing))
            continue
        try:
            doc = build_document(sc, reports)
        except ValueError as e:
            problems.append(str(e))
            continue
        if sc.get("synthetic_edit") and sc["original_id"] in sc["prior_ids"]:
            problems.append("%s: the original of a synthetic document is among the priors" % nm)
        for p in sc["prior_ids"]:
            if p != doc["id"] and not reports[p]["published_at"] < doc["published_at"]:
                problems.append("%s: prior %s is not dated before the document" % (nm, p))
        for e in sc["expected"]:
            if e["verdict"] not in VERDICTS:
                problems.append("%s: bad verdict %s" % (nm, e["verdict"]))
            if e["kind"] not in ("numeric", "attributed"):
                problems.append("%s: bad kind %s" % (nm, e["kind"]))
            if not contains(doc["text"], e["claim_contains"]):
                problems.append("%s: claim_contains not in the document text: %r" % (nm, e["claim_contains"]))
            if e.get("speaker_contains") and not contains(doc["text"], e["speaker_contains"]):
                problems.append("%s: speaker_contains not in the document text: %r" % (nm, e["speaker_contains"]))
    if dates != sorted(dates):
        problems.append("series.jsonl is not sorted by published_at")
    return problems


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    """A fresh server process with an empty data directory (or none: --server)."""

    def __init__(self, template, fixed, timeout):
        self.template, self.fixed, self.timeout = template, fixed, timeout
        self.proc, self.dir, self.address = None, None, fixed

    def __enter__(self):
        if self.fixed:
            return self
        try:
            return self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def _start(self):
        port = free_port()
        self.dir = tempfile.mkdtemp(prefix="factcheck-scn-")
        data = os.path.join(self.dir, "data")
        os.makedirs(data)
        cmd = self.template.format(port=port, dir=data, addr="127.0.0.1:%d" % port)
        self.log = open(os.path.join(self.dir, "server.log"), "wb")
        self.proc = subprocess.Popen(shlex.split(cmd), stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.address = "127.0.0.1:%d" % port
        deadline = time.time() + self.timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited with %s; log: %s" % (self.proc.returncode, self.tail()))
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not listen on %s within %ss" % (self.address, self.timeout))

    def tail(self):
        try:
            with open(os.path.join(self.dir, "server.log"), "rb") as fh:
                return fh.read()[-2000:].decode("utf-8", "replace")
        except OSError:
            return ""

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        if getattr(self, "log", None):
            self.log.close()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
        return False


def run_cmd(argv, timeout):
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(shlex.quote(a) for a in argv), p.returncode,
                                                  p.stderr.decode("utf-8", "replace")[-1500:]))
    return p.stdout.decode("utf-8")


def run_scenario(sc, reports, args, work):
    doc = build_document(sc, reports)
    priors = os.path.join(work, "priors.jsonl")
    with open(priors, "w", encoding="utf-8") as fo:
        for pid in sc["prior_ids"]:
            fo.write(json.dumps(ingest_record(reports[pid]), ensure_ascii=False) + "\n")
    text = os.path.join(work, "document.txt")
    with open(text, "w", encoding="utf-8") as fo:
        fo.write(doc["text"])
    with Server(args.server_cmd, args.server, args.startup_timeout) as srv:
        run_cmd(ingest_argv(args.cli, srv.address, priors), args.timeout)
        out = run_cmd(verify_argv(args.cli, srv.address, doc, text), args.timeout)
    if args.save:
        os.makedirs(args.save, exist_ok=True)
        with open(os.path.join(args.save, sc["name"] + ".json"), "w", encoding="utf-8") as fo:
            fo.write(out)
    return parse_verdicts(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", default="factcheck", help="CLI command (split like a shell line)")
    ap.add_argument("--server-cmd", help="server command template with {port} and {dir} ({addr} too); "
                                         "a fresh server and data dir per scenario")
    ap.add_argument("--server", help="HOST:PORT of a running server (store not emptied between scenarios)")
    ap.add_argument("--series", default=os.path.join(HERE, "series.jsonl"))
    ap.add_argument("--scenarios", default=os.path.join(HERE, "scenarios.json"))
    ap.add_argument("--only", action="append", help="run only this scenario (repeatable)")
    ap.add_argument("--skip-trivial", action="store_true", help="skip expectations marked trivial_variant")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per CLI call")
    ap.add_argument("--startup-timeout", type=float, default=30, help="seconds for the server to listen")
    ap.add_argument("--save", help="folder to keep each scenario's raw verify output")
    ap.add_argument("--check", action="store_true", help="validate the data files and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every verdict returned")
    args = ap.parse_args(argv)

    reports = load_series(args.series)
    scenarios = load_scenarios(args.scenarios)
    problems = check(reports, scenarios)
    if args.check:
        for p in problems:
            print("problem:", p)
        n = sum(len(s["expected"]) for s in scenarios)
        print("%d reports, %d scenarios, %d expected verdicts, %d problems"
              % (len(reports), len(scenarios), n, len(problems)))
        return 1 if problems else 0
    if problems:
        for p in problems:
            print("problem:", p, file=sys.stderr)
        return 2
    if bool(args.server_cmd) == bool(args.server):
        ap.error("give exactly one of --server-cmd or --server")
    if args.server:
        print("note: --server reuses one store; scenarios are not isolated", file=sys.stderr)
    args.cli = shlex.split(args.cli)
    if args.only:
        scenarios = [s for s in scenarios if s["name"] in args.only]

    passed = failed = 0
    for sc in scenarios:
        expected = [e for e in sc["expected"] if not (args.skip_trivial and e.get("trivial_variant"))]
        work = tempfile.mkdtemp(prefix="factcheck-scn-io-")
        try:
            verdicts = run_scenario(sc, reports, args, work)
            error = None
        except (RuntimeError, ValueError, KeyError, OSError, subprocess.TimeoutExpired) as e:
            verdicts, error = [], str(e)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        lines, ok_n = [], 0
        for e in expected:
            cands = candidates(e, verdicts)
            got = sorted({v["verdict"] for v in cands})
            ok = e["verdict"] in got
            ok_n += ok
            lines.append("  %s %-13s %-10s %r -> %s" % ("ok  " if ok else "FAIL", e["verdict"], e["kind"],
                                                        e["claim_contains"], ",".join(got) or "no matching claim"))
            if not ok and cands:
                lines.append("       explanation: %s" % (cands[0]["explanation"] or "")[:200])
        passed += ok_n
        failed += len(expected) - ok_n
        tag = "PASS" if ok_n == len(expected) else "FAIL"
        syn = " (synthetic edit of %s)" % sc["original_id"] if sc.get("synthetic_edit") else ""
        print("[%s] %s: %d/%d%s" % (tag, sc["name"], ok_n, len(expected), syn))
        if error:
            print("  error: " + error.replace("\n", "\n  "))
        for ln in lines:
            print(ln)
        if args.verbose:
            for v in verdicts:
                print("    got %-13s %-10s %r %s" % (v["verdict"], v["kind"], v["primary"][:80],
                                                     ("speaker=" + "/".join(v["speaker"])) if v["speaker"] else ""))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
