#!/usr/bin/env python3
"""Save one report's search answer where build_series.py reads it.

Whoever rebuilds the development series searches the `pages` corpus with the
manifest's query, finds the result whose url is the manifest's, and pipes that
result's excerpt, exactly as the search answered it, into this script:

    eval/news/save_answer.py EVENT REPORT_ID < excerpt.txt

It writes var/dev/news/raw/EVENT/REPORT_ID.json ({"query", "url", "excerpt"})
with the query and url taken from eval/news/manifests/EVENT.json, so that only
the text is typed by hand. Python 3 standard library only.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MANIFESTS = os.path.join(ROOT, "eval", "news", "manifests")
RAW = os.path.join(ROOT, "var", "dev", "news", "raw")


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: save_answer.py EVENT REPORT_ID < excerpt.txt")
    event, report_id = argv[1], argv[2]
    with open(os.path.join(MANIFESTS, event + ".json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    entry = next((r for r in manifest["reports"] if r["id"] == report_id), None)
    if entry is None:
        sys.exit("%s has no report %s" % (event, report_id))
    excerpt = sys.stdin.read().strip()
    if not excerpt:
        sys.exit("no excerpt on standard input")
    os.makedirs(os.path.join(RAW, event), exist_ok=True)
    path = os.path.join(RAW, event, report_id + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"query": entry["query"], "url": entry["url"], "excerpt": excerpt}, fh,
                  ensure_ascii=False, indent=1)
    print("saved %s (%d characters)" % (path, len(excerpt)))


if __name__ == "__main__":
    main(sys.argv)
