#!/usr/bin/env python3
"""Lists the speakers two builds resolve differently, to read one by one.

    eval/attribution/resolution_diff.py CASES.jsonl BEFORE.jsonl AFTER.jsonl [--people]

CASES is a case file eval/attribution/run.sh builds (var/dev/cases/
polnear_SPLIT.jsonl), BEFORE and AFTER two of its prediction files
(var/dev/pred_SPLIT.jsonl, copied aside before the change). PolNeAR marks
the span of a source ("he"), not whom it stands for, so its scores do not
move when a pronoun or a surname is resolved to another person: each
changed resolution is printed with the text before it, to be judged right
or wrong. --people leaves out the changes that only name the same person
more fully ("Trump" to "Donald J. Trump", "Mr. Obama's" to "Obama").
"""
import argparse
import json
import re


def resolutions(path):
    found = {}
    with open(path) as lines:
        for line in lines:
            prediction = json.loads(line)
            for quote in prediction["quotes"]:
                key = (prediction["doc_id"], quote.get("speaker_start"),
                       quote.get("content_start"))
                found[key] = (quote.get("speaker_text"), quote.get("speaker"))
    return found


def surname(name):
    words = re.sub(r"('s|\u2019s)$", "", name or "").split()
    return words[-1] if words else ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cases")
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--people", action="store_true",
                        help="only changes to another person")
    args = parser.parse_args()
    texts = {}
    with open(args.cases) as lines:
        for line in lines:
            case = json.loads(line)
            texts[case["doc_id"]] = case["text"]
    before, after = resolutions(args.before), resolutions(args.after)
    changed = 0
    for key in sorted(set(before) | set(after), key=str):
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        if (args.people and was and now and was[1] and now[1] and
                surname(was[1]) == surname(now[1])):
            continue
        changed += 1
        doc_id, speaker_start = key[0], key[1] or 0
        text = texts.get(doc_id, "")
        print(f"{changed} {doc_id} {was} -> {now}")
        print("    " + repr(text[max(0, speaker_start - 400):speaker_start + 120]))
    print(f"{changed} resolutions changed")


if __name__ == "__main__":
    main()
