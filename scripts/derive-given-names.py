#!/usr/bin/env python3
"""Derive src/main/resources/dev/quarry/entities/given-names.tsv from raw news text.

A given name's gender is read from how the same article goes on to address the person: an
article that introduces "Angelique Brunner" and later writes "Ms. Brunner" (or "Mrs.", "Miss")
counts one female observation of "Angelique"; "Mr. Brunner" one male. A surname that goes with two
given names in one article ("Barack Obama", "Michelle Obama") counts for neither. Where no honorific follows,
the first he/his/him or she/her after the name in the same paragraph, when it comes before any
other person-like name, counts as a weaker observation (half weight). A name is kept when it has
at least 2 observations (weighted) and two thirds of them agree.

Usage: scripts/derive-given-names.py [corpora-root]   (default ../shared/corpora), output on stdout.
"""
import collections
import glob
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
paths = (glob.glob(os.path.join(root, "polnear/train/text/*.txt"))
         + glob.glob(os.path.join(root, "newspaper4k/txt/*.txt"))
         + glob.glob(os.path.join(root, "worldwide-newswire/original_articles/*.txt"))
         + glob.glob(os.path.join(root, "reuters21578/*.sgm")))

NAME = re.compile(r"\b([A-Z][a-z]{1,14})\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b")
NOT_GIVEN = {"The", "A", "An", "In", "On", "At", "For", "But", "And", "If", "As", "When", "While", "After", "Before",
             "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Gov", "Rep", "President", "Senator", "New", "North", "South",
             "East", "West", "United", "Supreme", "White", "Prime", "Vice", "Secretary", "General", "Judge", "Chief",
             "Saint", "San", "Los", "Las", "Lake", "Mount", "Fort", "Port", "Great", "First", "This", "That", "His",
             "Her", "Their", "Our", "My", "Its", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
             "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December", "Democrat", "Republican", "Democratic", "Governor", "Minister"}

score = collections.defaultdict(lambda: [0.0, 0.0])  # given -> [male, female]

def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if path.endswith(".sgm"):
        return re.findall(r"<BODY>(.*?)</BODY>", text, re.S)
    return [text]

for path in paths:
    for doc in read(path):
        given_of = {}
        shared = set()
        for m in NAME.finditer(doc):
            if m.group(1) not in NOT_GIVEN:
                if given_of.setdefault(m.group(2), m.group(1)) != m.group(1):
                    shared.add(m.group(2))
        # "Michelle Obama" and "Barack Obama" in one article: "Mr. Obama" says nothing about either.
        for surname in shared:
            del given_of[surname]
        seen = set()
        for m in HONORIFIC.finditer(doc):
            given = given_of.get(m.group(2))
            if given and (given, m.group(2)) not in seen:
                seen.add((given, m.group(2)))
                score[given][0 if m.group(1) == "Mr" else 1] += 1.0
        for para in doc.split("\n"):
            for m in NAME.finditer(para):
                if m.group(1) in NOT_GIVEN or (m.group(1), m.group(2)) in seen:
                    continue
                rest = para[m.end():m.end() + 200]
                other = NAME.search(rest)
                p = PRONOUN.search(rest)
                if p and (other is None or p.start() < other.start()):
                    score[m.group(1)][0 if p.group(1) in ("he", "his", "him") else 1] += 0.5

print("# Given names and their gender: name <TAB> male|female. Derived by scripts/derive-given-names.py")
print("# from the raw news text under ../shared/corpora (PolNeAR train, newspaper4k, Worldwide Newswire, Reuters-21578):")
print("# honorifics that address the named person later in the article, and the first pronoun after the")
print("# name; kept with at least 2 (weighted) observations of which two thirds agree.")
for given in sorted(score):
    male, female = score[given]
    total = male + female
    if total >= 2 and max(male, female) / total >= 2 / 3:
        print(f"{given.lower()}\t{'male' if male > female else 'female'}")
