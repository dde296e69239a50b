"""What drove a score: the deviation split into its five dimensions, and a change split likewise.

Because afw = Σ dimensions (checked at build time), a change in afw between two years is
exactly the sum of the five dimension changes; the "driver" is the dimension that moved most
in the direction of the total change.
"""
from __future__ import annotations

import math

import pandas as pd

from core.scale import DIMENSIONS


def _num(value) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def change_between(scores: pd.DataFrame, year_from: int, year_to: int) -> dict | None:
    """Change in afw and in each dimension between two years of one area's series.

    Returns None when either year is missing. Dimension changes are None where a year has no
    dimension scores (before 2014 in the PC4 series); `driver` is then None too.
    """
    by_year = scores.set_index("year")
    if year_from not in by_year.index or year_to not in by_year.index:
        return None
    a, b = by_year.loc[year_from], by_year.loc[year_to]
    total_a, total_b = _num(a["afw"]), _num(b["afw"])
    if total_a is None or total_b is None:
        return None
    dims = {}
    for d in DIMENSIONS:
        x, y = _num(a.get(d)), _num(b.get(d))
        dims[d] = None if x is None or y is None else y - x
    total = total_b - total_a
    return {"year_from": year_from, "year_to": year_to, "total": total,
            "dimensions": dims, "driver": driver(dims, total)}


def driver(dimension_changes: dict[str, float | None], total: float) -> str | None:
    """The dimension with the largest change in the direction of the total change.

    With no total change (or only missing dimensions) there is no driver; with a total change
    but no dimension moving its way (impossible when they sum to it), the largest mover wins.
    """
    known = {d: v for d, v in dimension_changes.items() if v is not None}
    if not known or len(known) < len(dimension_changes) or total == 0:
        return None
    sign = 1 if total > 0 else -1
    same_way = {d: v for d, v in known.items() if v * sign > 0}
    pool = same_way or known
    return max(pool, key=lambda d: abs(pool[d]))


def composition(row) -> dict[str, float | None]:
    """The five dimension contributions of one measurement (None where not published)."""
    return {d: _num(row.get(d)) for d in DIMENSIONS}
