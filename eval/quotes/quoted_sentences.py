#!/usr/bin/env python3
"""Reports made of real sentences, each quoted and attributed, for
eval/quotes/recall's --pad: PolNeAR cases (one JSON object per line with
"text") on standard input, the CLI's report JSONL on standard output, ten
sentences a report, published in 2020 (after every PolNeAR article).

Run it on the train split and measure on the dev split: the dev quotations
are then looked up among many newer real quotations that share their common
runs of words ("one of the", "we are going to"), not among copies of them.
"""
import json
import re
import sys

SPEAKERS = ["a spokesman", "an aide", "a senior official", "the senator",
            "the governor", "a campaign adviser"]

sentences = []
for line in sys.stdin:
    text = json.loads(line)["text"]
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        sentence = sentence.strip().strip('"\u201c\u201d').rstrip(".")
        if len(sentence.split()) >= 6 and '"' not in sentence \
                and "\u201c" not in sentence and "\u201d" not in sentence:
            sentences.append(sentence)

for n in range(0, len(sentences), 10):
    body = " ".join('"%s," %s said.' % (s, SPEAKERS[(n + k) % len(SPEAKERS)])
                    for k, s in enumerate(sentences[n:n + 10]))
    day = n // 10
    print(json.dumps({
        "id": "pad%d" % day,
        "source": "Pad",
        "published_at": "2020-%02d-%02dT%02d:%02d:00Z" % (
            1 + day % 12, 1 + day % 28, day % 24, day % 60),
        "text": body,
    }))
