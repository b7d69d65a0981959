"""Writes quarry_start.ipynb from quarry_start.py (cells split at '# %%' lines).

The .py file is the one to edit and the one CI runs; NotebookTwinTest fails when the two differ.
Run: python3 notebooks/twin.py
"""
import json
import pathlib

here = pathlib.Path(__file__).parent
cells = []
for chunk in (here / "quarry_start.py").read_text().split("# %%")[1:]:
    header, _, body = chunk.partition("\n")
    body = body.strip("\n")
    if header.strip() == "[markdown]":
        text = "\n".join(line[2:] if line.startswith("# ") else line.lstrip("#") for line in body.splitlines())
        cells.append({"cell_type": "markdown", "id": f"cell-{len(cells)}", "metadata": {}, "source": text.splitlines(keepends=True)})
    else:
        cells.append({"cell_type": "code", "id": f"cell-{len(cells)}", "execution_count": None, "metadata": {}, "outputs": [],
                      "source": body.splitlines(keepends=True)})
notebook = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                         "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}
(here / "quarry_start.ipynb").write_text(json.dumps(notebook, indent=1) + "\n")
