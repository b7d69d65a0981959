"""Runs every query of docs/analysis.md in Polars SQL over the Delta tables of an output root.

    python notebooks/cookbook_polars.py [OUT]      (OUT: the output root, default out; or $QUARRY_OUT)

Prints one line per query, "<name> <rows>", and exits with 1 when a query fails. The tables are
read through their Delta logs by the deltalake package (pl.read_delta), so only live files are read.
Polars SQL, like DuckDB, knows Spark's explode() as unnest().
"""
import os
import re
import sys
from pathlib import Path

import polars as pl

TABLES = ["articles", "quotes", "entities", "quotations", "speakers", "speakers_monthly",
          "entity_mentions_monthly", "rejects"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("QUARRY_OUT", "out")
    cookbook = Path(__file__).resolve().parent.parent / "docs" / "analysis.md"
    blocks = dict(re.findall(r"```sql\n-- (\w+)\n(.*?)```", cookbook.read_text(encoding="utf-8"), re.S))
    ctx = pl.SQLContext()
    for t in TABLES:
        ctx.register(t, pl.read_delta(f"{out}/{t}"))
    failed = 0
    for name, sql in blocks.items():
        if not name.startswith("q"):
            continue
        sql = sql.strip().rstrip(";").replace("explode(roles)", "unnest(roles)")
        try:
            print(name, ctx.execute(sql, eager=True).height, flush=True)
        except Exception as e:  # every query is tried; the failures are listed
            failed += 1
            print(name, "FAILED", type(e).__name__, str(e).splitlines()[0], flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
