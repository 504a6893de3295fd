#!/usr/bin/env python3
"""Shows why expected verdicts failed, from the outputs run.sh --save kept.

    eval/news/run.sh --save var/dev/news/out > /dev/null
    eval/news/diagnose.py var/dev/news/out [--verdict UPDATED] [--got CONFLICTING] [--all]

For each expectation (failed ones unless --all): the scenario, the expected
verdict and its reason, then each candidate claim the runner matched with its
measure, place, verdict and explanation; and every accusing verdict
(CONFLICTING, UPDATED, OUTDATED) returned on claims no expectation names.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_scenarios as rs  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def describe(verdict_json):
    c = verdict_json["claim"].get("numeric") or verdict_json["claim"].get("attributed") or {}
    if "numeric" in verdict_json["claim"]:
        return "%r measure=%s place=%r%s" % (c.get("text"), c.get("measure"), c.get("location", ""),
                                             " subgroup=" + c["subgroup"] if c.get("subgroup") else "")
    return "%r by %s (%s)" % (c.get("content", "")[:80], c.get("speaker"), c.get("kind"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("saved")
    ap.add_argument("--scenarios", default=os.path.join(ROOT, "var/dev/news/scenarios.json"))
    ap.add_argument("--verdict", help="only expectations of this verdict")
    ap.add_argument("--got", help="only failures that got this verdict")
    ap.add_argument("--all", action="store_true", help="passing expectations too")
    ap.add_argument("--accusations", action="store_true",
                    help="list accusing verdicts on claims no expectation names")
    args = ap.parse_args()
    for sc in rs.load_scenarios(args.scenarios):
        path = os.path.join(args.saved, sc["name"] + ".json")
        if not os.path.exists(path):
            continue
        raw = json.load(open(path, encoding="utf-8"))
        parsed = rs.parse_verdicts(json.dumps(raw))
        by_primary = {id(p): v for p, v in zip(parsed, raw.get("verdicts", []))}
        named = set()
        for e in sc["expected"]:
            cands = rs.candidates(e, parsed)
            named.update(id(c) for c in cands)
            got = sorted({c["verdict"] for c in cands})
            ok = e["verdict"] in got
            if args.accusations or (ok and not args.all):
                continue
            if args.verdict and e["verdict"] != args.verdict:
                continue
            if args.got and args.got not in got:
                continue
            print("%s %s: expected %s for %r (%s)" % ("ok" if ok else "FAIL", sc["name"], e["verdict"],
                                                     e["claim_contains"], e.get("why", "")[:160]))
            for c in cands:
                print("    got %s %s\n        %s" % (c["verdict"], describe(by_primary[id(c)]),
                                                  c["explanation"][:200]))
        if args.accusations:
            for p in parsed:
                if id(p) not in named and p["verdict"] in ("CONFLICTING", "UPDATED", "OUTDATED"):
                    print("UNNAMED %s %s: %s\n        %s" % (sc["name"], p["verdict"], describe(by_primary[id(p)]),
                                                         p["explanation"][:200]))


if __name__ == "__main__":
    main()
