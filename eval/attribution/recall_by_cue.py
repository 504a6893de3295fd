#!/usr/bin/env python3
"""Recall of gold attributions (j50, one-to-one as in score.py) per gold cue,
most frequent cues first: which cues the extractor misses, and how often.

    eval/attribution/recall_by_cue.py GOLD.jsonl PRED.jsonl [--type indirect] [--top 60]
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diagnose import chars  # noqa: E402
from scorers.score import pred_segments  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--type")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    preds = {}
    for line in open(args.pred, encoding="utf-8"):
        p = json.loads(line)
        preds[p["doc_id"]] = p["quotes"]
    total, found = collections.Counter(), collections.Counter()
    for line in open(args.gold, encoding="utf-8"):
        g = json.loads(line)
        text = g["text"]
        P = [chars(text, pred_segments(q)) for q in preds.get(g["doc_id"], [])]
        G = [(chars(text, a["content_spans"] or []), a) for a in g["attributions"]]
        pairs = sorted(((len(p & x) / len(p | x), i, j) for i, p in enumerate(P)
                        for j, (x, _) in enumerate(G) if p & x), reverse=True)
        used_p, used_g = set(), set()
        for jac, i, j in pairs:
            if jac >= .5 and i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        for j, (ch, a) in enumerate(G):
            if not ch or (args.type and a["type"] != args.type):
                continue
            cue = (a.get("cue_text") or "").lower().strip()
            total[cue] += 1
            found[cue] += j in used_g
    all_total, all_found = sum(total.values()), sum(found.values())
    print("all: %d/%d = %.3f" % (all_found, all_total, all_found / max(1, all_total)))
    for cue, n in total.most_common(args.top):
        print("%-28s %5d %5d missed  recall %.2f" % (cue, n, n - found[cue], found[cue] / n))


if __name__ == "__main__":
    main()
