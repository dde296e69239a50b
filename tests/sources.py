"""Independent readings of the real source files, for checking what pages show.

Deliberately simple (csv and json from the standard library) and sharing no code with the
build, so a bug in the build cannot hide itself in the check.
"""
from __future__ import annotations

import csv
import glob
import json
from functools import lru_cache

from tests.conftest import real_source_dir


@lru_cache(maxsize=None)
def pc4_rows() -> dict[tuple[str, int], dict]:
    path = real_source_dir() / "leefbaarometer" / "lbm3_pc4_2002_2022.csv"
    with open(path, newline="") as fh:
        return {(r["PC4"], int(r["jaar"])): r for r in csv.DictReader(fh)}


def pc4(code: str, year: int) -> dict:
    row = pc4_rows()[(code, year)]
    return {k: (None if v == "NA" else float(v)) for k, v in row.items() if k not in ("PC4", "jaar")}


@lru_cache(maxsize=None)
def official_2024() -> dict[str, dict]:
    """code -> the official `raw` fields of the 2024 gemeente and buurt layers."""
    root = real_source_dir() / "leefbaarometer"
    out = {}
    for path in [root / "lbm3_2024_gemeenten.geojson", *sorted(glob.glob(str(root / "lbm3_2024_buurten_pv*.geojson")))]:
        with open(path, encoding="utf-8") as fh:
            for f in json.load(fh)["features"]:
                out[f["properties"]["code"]] = {**f["properties"]["raw"], "naam": f["properties"]["naam"]}
    return out
