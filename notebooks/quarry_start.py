# %% [markdown]
# # Starting from Quarry's tables
#
# Quarry writes Delta tables (Parquet files plus a `_delta_log/`) under its output root. This notebook
# reads them the three ways a data scientist usually does (pandas, Polars, DuckDB), plots who is quoted
# over time and builds a who-quoted-whom table (outlets by the speakers they quote).
#
# It needs `pip install deltalake duckdb polars pandas pyarrow matplotlib`, and no Spark. Set
# `QUARRY_OUT` to the output root (default `out`, what `jobs/quarry run` writes). The same code is
# `notebooks/quarry_start.py`, which CI runs top to bottom on the sample run's output; the plot goes
# to `QUARRY_PLOTS` (default: the working folder).

# %%
import os

import duckdb
import matplotlib
import pandas as pd
import polars as pl
from deltalake import DeltaTable

matplotlib.use("Agg")  # no display needed: the plot is saved as a file
import matplotlib.pyplot as plt

OUT = os.environ.get("QUARRY_OUT", "out")
PLOTS = os.environ.get("QUARRY_PLOTS", ".")

# %% [markdown]
# ## Load quotes and speakers
#
# `DeltaTable` reads the log and gives exactly the live files of the current version (never a glob:
# files of replaced versions stay on disk until `jobs/quarry maintain`). `version=` reads an older one.

# %%
quotes_table = DeltaTable(f"{OUT}/quotes")
quotes = quotes_table.to_pandas()              # pandas
speakers = DeltaTable(f"{OUT}/speakers").to_pandas()
quotes_pl = pl.read_delta(f"{OUT}/quotes")     # Polars, the same table
print(f"quotes: {len(quotes)} rows (table version {quotes_table.version()}), speakers: {len(speakers)}")
assert len(quotes) == quotes_pl.height

# %% [markdown]
# DuckDB queries the same Arrow dataset in SQL (where DuckDB's `delta` extension can be installed,
# `delta_scan('out/quotes')` does the same).

# %%
db = duckdb.connect()
db.register("quotes", quotes_table.to_pyarrow_dataset())
db.register("speakers", DeltaTable(f"{OUT}/speakers").to_pyarrow_dataset())
top = db.sql("""
    select s.speaker, s.speaker_type, count(*) as quotes, count(distinct q.article_id) as articles
    from quotes q join speakers s using (speaker_id)
    where s.speaker_type = 'PERSON'
    group by all
    order by quotes desc, s.speaker
    limit 10
""").df()
print(top.to_string(index=False))
assert top["quotes"].sum() > 0

# %% [markdown]
# ## Who is quoted, month by month
#
# Polars: quotes per month for the five most-quoted people, undated articles (year 0) left out.

# %%
people = speakers[speakers["speaker_type"] == "PERSON"].sort_values("quotes", ascending=False).head(5)
monthly = (
    quotes_pl.filter(pl.col("speaker_id").is_in(people["speaker_id"].tolist()) & (pl.col("year") > 0))
    .with_columns(pl.date(pl.col("year"), pl.col("month"), 1).alias("month_start"))
    .group_by("month_start", "speaker_id")
    .agg(pl.len().alias("quotes"))
    .sort("month_start")
    .to_pandas()
    .merge(people[["speaker_id", "speaker"]], on="speaker_id")
    .pivot_table(index="month_start", columns="speaker", values="quotes", fill_value=0)
)
ax = monthly.plot(marker="o", figsize=(9, 4), title="Quotes per month, five most-quoted people")
ax.set_ylabel("quotes")
plot = os.path.join(PLOTS, "quotes_per_month.png")
plt.savefig(plot, bbox_inches="tight")
print(f"plot: {plot} ({len(monthly)} months)")

# %% [markdown]
# ## Who quoted whom
#
# pandas: each outlet (`source`) against the speakers it quotes, most-quoted speakers first.

# %%
named = quotes.dropna(subset=["speaker_id"]).merge(speakers[["speaker_id", "speaker"]], on="speaker_id",
                                                   suffixes=("_as_written", ""))
who_quoted_whom = pd.crosstab(named["source"], named["speaker"])
who_quoted_whom = who_quoted_whom[who_quoted_whom.sum().sort_values(ascending=False).index[:8]]
print(who_quoted_whom.to_string())
assert who_quoted_whom.values.sum() > 0

# %% [markdown]
# ## History
#
# Every run is a table version; `jobs/quarry history` lists them and `report --as-of` reads one.

# %%
for entry in quotes_table.history(5):
    print(entry["version"], entry.get("operation"), entry.get("userMetadata"))
