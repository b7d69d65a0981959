#!/usr/bin/env python3
"""Derive src/main/resources/dev/quarry/quotes/cue-ends.tsv and cue-starts.tsv from PolNeAR train.

Where a cue begins and ends is a convention of the annotation: PolNeAR writes "referring to",
"called for", "said:", "has said" and "also said" as whole cues, but "declined" (not "declined to"),
"said" (not "said Tuesday") and never the subject ("he said"). For each gold Cue, events are counted
over pairs of adjacent words, in lower case with straight apostrophes.
At the end (its last piece):
  - go (w1, w2): the cue's last two words are w1 w2 (the cue runs on past w1);
  - stop (w1, w2): the cue ends with w1 and the next word, on the same line, is w2.
At the start (its first piece), the mirror image:
  - go (w1, w2): the cue's first two words are w1 w2 (the cue reaches back before w2);
  - stop (w1, w2): the cue begins with w2 and the word before it, on the same line, is w1.
A pair seen at least 5 times is written `include` when go is at least 80% of its events and
`exclude` when go is at most 20%; both words must be alphabetic. At the end the colon after a word
is pooled over all words (`* :`), since it is a convention of the cue, not of the verb.

Usage: scripts/derive-cue-boundaries.py end|start [corpora-root]   (default ../shared/corpora), output on stdout.
"""
import collections
import glob
import os
import re
import sys

if len(sys.argv) < 2 or sys.argv[1] not in ("end", "start"):
    sys.exit("usage: derive-cue-boundaries.py end|start [corpora-root]")
side = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora"
# The same words as CueBoundaries.WORD: letters and digits with inner apostrophes, or one other character.
WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|[^\w\s]")
ALPHA = re.compile(r"[a-z][a-z']*$")
MIN_EVENTS = 5


def norm(word):
    return word.lower().replace("\u2019", "'")


go = collections.Counter()
stop = collections.Counter()
attributions = sorted(glob.glob(os.path.join(root, "polnear/train/attributions/*.ann")))
if not attributions:
    sys.exit(f"no PolNeAR train attributions under {root}/polnear/train/attributions")
for path in attributions:
    base = os.path.basename(path)[: -len("_xxxx.ann")]
    with open(os.path.join(root, "polnear/train/text", base + ".txt"), encoding="utf-8") as f:
        text = f.read()
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3 or not cols[1].startswith("Cue"):
                continue
            pieces = cols[1].split(" ", 1)[1].split(";")
            begin, end = map(int, (pieces[-1] if side == "end" else pieces[0]).split())
            words = [norm(w) for w in WORD.findall(text[begin:end])]
            if not words:
                continue
            if side == "end":
                following = re.match(r"[ \t\u00a0]*(" + WORD.pattern + ")", text[end:end + 40])
                if following:
                    stop[(words[-1], norm(following.group(1)))] += 1
                if len(words) >= 2:
                    go[(words[-2], words[-1])] += 1
            else:
                preceding = re.search(r"(" + WORD.pattern + r")[ \t\u00a0]*$", text[max(0, begin - 40):begin])
                if preceding:
                    stop[(norm(preceding.group(1)), words[0])] += 1
                if len(words) >= 2:
                    go[(words[0], words[1])] += 1

rows = []
colon_go = sum(n for (w1, w2), n in go.items() if w2 == ":" and ALPHA.match(w1))
colon_stop = sum(n for (w1, w2), n in stop.items() if w2 == ":" and ALPHA.match(w1))
for pair in set(go) | set(stop):
    events = go[pair] + stop[pair]
    if events < MIN_EVENTS or not (ALPHA.match(pair[0]) and ALPHA.match(pair[1])):
        continue
    share = go[pair] / events
    if share >= 0.8:
        rows.append((pair, "include", go[pair], events))
    elif share <= 0.2:
        rows.append((pair, "exclude", go[pair], events))

what = "ends" if side == "end" else "begins"
print(f"# Where a cue {what}: a pair of adjacent words (lower case, straight apostrophes) and whether PolNeAR")
if side == "end":
    print("# runs a cue that ends with the first word on over the second (include) or stops before it (exclude);")
else:
    print("# reaches a cue that begins with the second word back over the first (include) or not (exclude);")
print("# columns: pair, decision, times the cue held both words, times the pair was seen at that side of a cue.")
print(f"# Derived by scripts/derive-cue-boundaries.py {side} from PolNeAR train (pairs seen at least 5 times,")
print("# at least 80% one way). See docs/quotes.md.")
if side == "end":
    # The colon after a word: pooled over all words ("said:", "added:", "put it:").
    print(f"* :\t{'include' if colon_go >= 0.8 * (colon_go + colon_stop) else 'exclude'}\t{colon_go}\t{colon_go + colon_stop}")
for pair, decision, n, events in sorted(rows, key=lambda r: (r[1], r[0])):
    print(f"{pair[0]} {pair[1]}\t{decision}\t{n}\t{events}")
