#!/usr/bin/env python3
"""Rebuild the real-news development series from saved search answers.

The repository holds only manifests (eval/news/manifests/EVENT.json: report ids,
urls, the queries that found them, dates with their basis, and the expected
verdicts with their reasons). The article texts are third-party and never
committed: each report's text is the excerpt of the saved search answer
var/dev/news/raw/EVENT/ID.json ({"query", "url", "excerpt"}), saved by whoever
built the manifest (search the `pages` corpus with the manifest's query and
save the result whose url matches).

    eval/news/build_series.py                  # every manifest -> var/dev/news/{series.jsonl,scenarios.json}
    eval/news/build_series.py --events ian,derna --check   # validate only

The output is the input of eval/news/run.sh (the scenario runner). Python 3
standard library only.
"""
import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MANIFESTS = os.path.join(ROOT, "eval", "news", "manifests")
RAW = os.path.join(ROOT, "var", "dev", "news", "raw")
OUT = os.path.join(ROOT, "var", "dev", "news")
VERDICTS = ("CONSISTENT", "UPDATED", "CONFLICTING", "OUTDATED", "MISQUOTED", "MISATTRIBUTED",
            "UNVERIFIED")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def contains(hay, needle):
    hay, needle = norm(hay), norm(needle)
    return bool(needle) and re.search(
        r"(?<![0-9a-z])" + re.escape(needle) + r"(?![0-9a-z])", hay) is not None


def load_event(event, problems):
    with open(os.path.join(MANIFESTS, event + ".json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    reports = {}
    for entry in manifest["reports"]:
        path = os.path.join(RAW, event, entry["id"] + ".json")
        try:
            with open(path, encoding="utf-8") as fh:
                raw = json.load(fh)
        except OSError:
            problems.append("%s: no saved search answer %s (search pages for %r)"
                            % (entry["id"], path, entry["query"]))
            continue
        if raw.get("url") != entry["url"]:
            problems.append("%s: saved answer is for %s, manifest says %s"
                            % (entry["id"], raw.get("url"), entry["url"]))
        report = {k: entry[k] for k in ("id", "url", "source", "published_at", "published_at_basis",
                                        "title")}
        report["text"] = article_text(raw["excerpt"])
        if entry["id"] in reports:
            problems.append("%s: duplicate id" % entry["id"])
        reports[entry["id"]] = report
    return manifest, reports


# The pages corpus opens some excerpts with the page's date ("date 2021-06-25
# At least 159 people remain missing ..."): the search tool's record, not the
# article's words, which no user's text would carry.
SEARCH_DATE_PREFIX = re.compile(r"^date \d{4}(?:-\d{2}){0,2} ?")


def article_text(excerpt):
    return SEARCH_DATE_PREFIX.sub("", excerpt, count=1)


def document_text(scenario, reports):
    if not scenario.get("synthetic_edit"):
        return reports[scenario["document_id"]]["text"]
    text = reports[scenario["original_id"]]["text"]
    for edit in scenario.get("edits", []):
        if text.count(edit["from"]) != 1:
            raise ValueError("edit 'from' must occur exactly once: %r" % edit["from"])
        text = text.replace(edit["from"], edit["to"])
    return text


def check_scenarios(scenarios, reports, problems):
    for sc in scenarios:
        name = sc["name"]
        doc_id = sc["original_id"] if sc.get("synthetic_edit") else sc["document_id"]
        missing = [i for i in list(sc["prior_ids"]) + [doc_id] if i not in reports]
        if missing:
            problems.append("%s: unknown ids %s" % (name, missing))
            continue
        try:
            text = document_text(sc, reports)
        except ValueError as e:
            problems.append("%s: %s" % (name, e))
            continue
        published = reports[doc_id]["published_at"]
        for prior in sc["prior_ids"]:
            if not reports[prior]["published_at"] < published:
                problems.append("%s: prior %s is not dated before the document" % (name, prior))
        for e in sc["expected"]:
            if e["verdict"] not in VERDICTS:
                problems.append("%s: bad verdict %s" % (name, e["verdict"]))
            if not e.get("why"):
                problems.append("%s: %r has no reason" % (name, e["claim_contains"]))
            if not contains(text, e["claim_contains"]):
                problems.append("%s: claim_contains not in the document: %r" % (name, e["claim_contains"]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", help="comma-separated events (default: every manifest)")
    ap.add_argument("--check", action="store_true", help="validate only; write nothing")
    ap.add_argument("--out", default=OUT, help="folder for series.jsonl and scenarios.json")
    args = ap.parse_args(argv)
    events = args.events.split(",") if args.events else sorted(
        f[:-5] for f in os.listdir(MANIFESTS) if f.endswith(".json"))

    problems, reports, scenarios = [], {}, []
    for event in events:
        manifest, event_reports = load_event(event, problems)
        check_scenarios(manifest["scenarios"], event_reports, problems)
        for k in set(reports) & set(event_reports):
            problems.append("%s: id used by two events" % k)
        reports.update(event_reports)
        scenarios.extend(manifest["scenarios"])
    expected = [e for sc in scenarios for e in sc["expected"]]
    by_verdict = {}
    for e in expected:
        by_verdict[e["verdict"]] = by_verdict.get(e["verdict"], 0) + 1
    for p in problems:
        print("problem:", p)
    print("%d events, %d reports, %d scenarios, %d expected verdicts %s, %d problems"
          % (len(events), len(reports), len(scenarios), len(expected),
             json.dumps(by_verdict, sort_keys=True), len(problems)))
    if args.check or problems:
        return 1 if problems else 0
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "series.jsonl"), "w", encoding="utf-8") as fo:
        for r in sorted(reports.values(), key=lambda r: (r["published_at"], r["id"])):
            fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "scenarios.json"), "w", encoding="utf-8") as fo:
        json.dump({"scenarios": scenarios}, fo, ensure_ascii=False, indent=1)
    print("wrote", os.path.join(args.out, "series.jsonl"), "and scenarios.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
