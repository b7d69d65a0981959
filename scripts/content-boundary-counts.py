#!/usr/bin/env python3
"""Count how PolNeAR train bounds content pieces at quotation marks and final punctuation.

The figures behind ContentBoundaries (src/main/java/dev/quarry/quotes/ContentBoundaries.java): for
every gold Content piece, whether it starts with its opening quotation mark or just after it, whether
it ends with its closing mark or just before it, and whether it ends with a period or comma or just
before one. No word list is derived: the counts decide the convention, which the class writes as code.

Usage: scripts/content-boundary-counts.py [corpora-root]   (default ../shared/corpora)
"""
import collections
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
split = os.path.join(root, "polnear", "train")
if not os.path.isdir(split):
    sys.exit(f"PolNeAR train not found at {split}: pass the corpora root as the first argument")
MARKS = '"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'
counts = collections.Counter()
for name in sorted(os.listdir(os.path.join(split, "attributions"))):
    stem = re.sub(r"_[0-9A-Za-z]{1,8}$", "", name[:-4])
    path = os.path.join(split, "text", stem + ".txt")
    if not os.path.exists(path):
        path = os.path.join(split, "text", name[:-4] + ".txt")
    text = open(path, encoding="utf-8").read()
    for line in open(os.path.join(split, "attributions", name), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or not cols[0].startswith("T") or not cols[1].startswith("Content"):
            continue
        for piece in cols[1].split(" ", 1)[1].split(";"):
            b, e = map(int, piece.split())
            s = text[b:e]
            if s[:1] in MARKS or s[:2] in ("''", "``"):
                counts["starts with its opening mark"] += 1
            elif text[max(0, b - 1):b] in MARKS or text[max(0, b - 2):b] in ("''", "``"):
                counts["starts just after an opening mark"] += 1
            if s[-1:] in MARKS:
                counts["ends with its closing mark"] += 1
            elif text[e:e + 1] in MARKS:
                counts["ends just before a closing mark"] += 1
            elif s[-1:] in ".,":
                counts["ends with a period or comma (no mark)"] += 1
            elif text[e:e + 1] in ".,":
                counts["ends just before a period or comma"] += 1
for key, n in sorted(counts.items()):
    print(f"{n}\t{key}")
