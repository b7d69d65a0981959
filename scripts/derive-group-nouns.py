#!/usr/bin/env python3
"""Derive src/main/resources/dev/quarry/quotes/group-nouns.txt from PolNeAR train attributions.

A group noun is the plural head of a generic source: a Source span of at most four words, all in
lower case after its first, ending in a lower-case plural ("officials", "some analysts", "Senate
aides" is left out for its capital). Heads seen at least 3 times are kept, less the nouns that name
documents or institutions rather than people (polls, reports, firms, ...), listed below, plus a few
plurals of financial news (dealers, traders, forecasters, ...) added by hand.

Usage: scripts/derive-group-nouns.py [corpora-root]   (default ../shared/corpora), output on stdout.
"""
import collections
import glob
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
DOCUMENTS = {"polls", "records", "reports", "results", "emails", "editorials", "stories", "filings", "ads",
             "courts", "outlets", "countries", "organizations", "groups", "unions", "documents", "surveys",
             "studies", "data", "numbers", "statements", "papers", "memos", "tweets", "figures", "estimates",
             "us", "its", "his", "others", "projections", "laws", "rules", "analysis", "findings", "returns",
             "talks", "themselves", "this", "ones", "sides", "states", "campaigns", "firms", "networks", "parties"}
# Financial news calls its generic sources by other names; PolNeAR (politics) has few of them.
BY_HAND = {"dealers", "traders", "brokers", "bankers", "forecasters", "economists"}
counts = collections.Counter()
for path in glob.glob(os.path.join(root, "polnear/train/attributions/*.ann")):
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3 or not cols[1].startswith("Source"):
                continue
            words = cols[2].split()
            if not words or len(words) > 4 or any(w[:1].isupper() for w in words[1:]):
                continue
            head = words[-1].strip(".,")
            if len(words) == 1 and head[:1].isupper():
                continue  # "Sanders": a capitalised lone word is more often a name than a group
            head = head.lower()
            if re.fullmatch(r"[a-z]+s", head) and not head.endswith("ss"):
                counts[head] += 1

print("# Plural nouns that name a generic group of people as a source (\"officials\", \"analysts\"):")
print("# such a speaker has speaker_type group and is never counted among people. Derived by")
print("# scripts/derive-group-nouns.py from PolNeAR train Source spans: lower-case plural heads seen at")
print("# least 3 times, less nouns that name documents or institutions, plus a few of financial news")
print("# (dealers, traders, forecasters, ...) by hand; both lists are in the script.")
kept = {head for head, n in counts.items() if n >= 3 and head not in DOCUMENTS}
for head in sorted(kept | {w for w in BY_HAND if " " not in w}):
    print(head)
