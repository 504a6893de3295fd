#!/usr/bin/env python3
"""Lists the errors behind the attribution scores, to read rather than count.

    eval/attribution/diagnose.py GOLD.jsonl PRED.jsonl [--type direct] [--what missed|spurious|speaker] [--limit N]

missed:   gold attributions (of --type) no prediction matches at Jaccard >= .5;
spurious: predictions that match no gold attribution (of --type: by the
          prediction's own classification, quoted or not);
speaker:  matched pairs whose predicted speaker does not overlap the gold source.
Each line shows the context in the text, the gold and the predicted spans.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "scorers"))
from score import pred_segments, trim  # noqa: E402
from build_cases import classify  # noqa: E402


def chars(text, segments):
    out = set()
    for s, e in segments:
        s, e = trim(text, s, e)
        out.update(range(s, e))
    return out


def show(text, s, e, width=60):
    a, b = max(0, s - width), min(len(text), e + width)
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " / ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--type", default=None, help="direct, mixed or indirect")
    ap.add_argument("--what", default="missed", choices=("missed", "spurious", "speaker"))
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()
    preds = {}
    for line in open(args.pred, encoding="utf-8"):
        p = json.loads(line)
        preds[p["doc_id"]] = p["quotes"]
    shown = 0
    for line in open(args.gold, encoding="utf-8"):
        g = json.loads(line)
        text = g["text"]
        P = [(chars(text, pred_segments(q)), q) for q in preds.get(g["doc_id"], [])]
        G = [(chars(text, a["content_spans"] or []), a) for a in g["attributions"]]
        pairs = sorted(((len(p & x) / len(p | x), i, j) for i, (p, _) in enumerate(P)
                        for j, (x, _) in enumerate(G) if p & x), reverse=True)
        used_p, used_g, match = set(), set(), {}
        for jac, i, j in pairs:
            if jac >= .5 and i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                match[i] = j
        if args.what == "missed":
            for j, (ch, a) in enumerate(G):
                if j in used_g or not ch or (args.type and a["type"] != args.type):
                    continue
                s, e = min(ch), max(ch) + 1
                print("MISSED %s | src=%r cue=%r\n   %s" % (a["type"], a["source_text"], a["cue_text"],
                                                          show(text, s, e)))
                near = [q for p, q in P if p & ch]
                for q in near:
                    print("   near pred %s %r: %s" % (q["kind"], q["speaker_text"],
                                                    text[q["content_start"]:q["content_end"]][:120]))
                shown += 1
        elif args.what == "spurious":
            for i, (ch, q) in enumerate(P):
                kind = classify(text, pred_segments(q))
                if i in used_p or not ch or (args.type and kind != args.type):
                    continue
                print("SPURIOUS %s (%s) speaker=%r\n   %s" % (kind, q["kind"], q["speaker_text"],
                                                             show(text, q["content_start"], q["content_end"])))
                for x, a in G:
                    if x & ch:
                        print("   near gold %s src=%r: %s" % (a["type"], a["source_text"], a["content_text"][:120]))
                shown += 1
        else:
            for i, j in match.items():
                q, a = P[i][1], G[j][1]
                if not a.get("has_source") or not a.get("source_spans"):
                    continue
                ok = any(q["speaker_start"] < e and s < q["speaker_end"] for s, e in a["source_spans"])
                if not ok:
                    print("SPEAKER pred=%r gold=%r\n   %s" % (q["speaker_text"], a["source_text"],
                                                            show(text, q["content_start"], q["content_end"], 30)))
                    shown += 1
        if shown >= args.limit:
            break


if __name__ == "__main__":
    main()
