"""A gemeente on one page: the figures of its profile, gathered once, in no language.

Every figure comes from a function the app already shows it with (the official gemeente
score, the derived trend of core.weighting, the spread of core.inequality via the gemeente
table, the signals of core.signals), so the PDF and the pages cannot disagree. The words
are added by core.exports.profile_pdf, in Dutch or English.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from core.scale import DIMENSIONS
from core import compare, queries, signals, weighting
from core.caching import cached

WEAKEST_SHOWN = 5
SIGNALS_SHOWN = 4  # of each kind: page 2 must hold them with the sources


@dataclass
class Profile:
    code: str
    name: str
    province: str
    group: str
    year: int
    scores: dict                 # afw and the five dimensions, official gemeente score
    klasse: int
    rank: int
    n_gemeenten: int
    national: dict               # household-weighted mean of all buurten, same year (derived)
    households: float
    buurten: int
    iqr: float | None
    spread_reliable: bool
    weak_households: float
    weak_share: float
    households_by_class: dict[int, float]
    weakest: list[dict]          # name, klasse, afw, households
    trend: pd.DataFrame          # year, afw, dimensions (derived), source, coverage
    bounds: list[float]
    signal_level: str
    signal_years: tuple[int, int]
    risers: list[dict] = field(default_factory=list)
    fallers: list[dict] = field(default_factory=list)
    n_risers: int = 0
    n_fallers: int = 0
    pressure: list[dict] = field(default_factory=list)
    n_pressure: int = 0
    pressure_households: float = 0.0
    pressure_years: list[int] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # source ids


def _named(frame: pd.DataFrame, names: dict[str, str], limit: int, cols: list[str]) -> list[dict]:
    rows = frame.head(limit).to_dict("records")
    return [{"name": names.get(r["code"], r["code"]), **{c: r.get(c) for c in cols}} for r in rows]


def collect(code: str, table: pd.DataFrame, buurten: pd.DataFrame, national: dict, trend: pd.DataFrame,
            bounds: list[float], signal_level: str, signal_years: tuple[int, int], changes: pd.DataFrame,
            pressure: pd.DataFrame, pressure_years: list[int], area_names: dict[str, str]) -> Profile:
    """`table`: compare.gemeenten_in(year); `buurten`: level_scores('buurt', year);
    `changes`: risers and fallers inside the gemeente; `pressure`: areas under pressure inside it."""
    row = table.set_index("code").loc[code]
    own = buurten[buurten["gemeente_code"] == code]
    by_class = own.groupby("klasse")["households"].sum()
    weakest = own.sort_values("afw").head(WEAKEST_SHOWN)
    risers = changes[changes["direction"] == "riser"]
    fallers = changes[changes["direction"] == "faller"].sort_values("change")
    change_cols = ["class_from", "class_to", "change", "relative_change", "driver", "households"]
    return Profile(
        code=code, name=str(row["name"]), province=str(row["province_name"]), group=str(row["city_group"]),
        year=int(row["year"]), scores={m: float(row[m]) for m in ("afw", *DIMENSIONS)}, klasse=int(row["klasse"]),
        rank=int(row["rank"]), n_gemeenten=len(table), national={m: national.get(m) for m in ("afw", *DIMENSIONS)},
        households=float(row["households"] or 0), buurten=int(row["buurten"]),
        iqr=None if pd.isna(row["iqr"]) else float(row["iqr"]), spread_reliable=bool(row["spread_reliable"]),
        weak_households=float(row["weak_households"] or 0), weak_share=float(row["weak_share"] or 0),
        households_by_class={int(k): float(v) for k, v in by_class.items()},
        weakest=[{"name": r["name"], "klasse": int(r["klasse"]), "afw": float(r["afw"]),
                  "households": float(r["households"] or 0)} for r in weakest.to_dict("records")],
        trend=trend[trend["gemeente_code"] == code].sort_values("year") if "gemeente_code" in trend else trend,
        bounds=list(bounds), signal_level=signal_level, signal_years=signal_years,
        risers=_named(risers, area_names, SIGNALS_SHOWN, change_cols),
        fallers=_named(fallers, area_names, SIGNALS_SHOWN, change_cols),
        n_risers=len(risers), n_fallers=len(fallers),
        pressure=_named(pressure, area_names, SIGNALS_SHOWN,
                        ["weak_of_last", "last_years", "lowest_class", "weakest_dimension", "households"]),
        n_pressure=len(pressure), pressure_households=float(pressure["households"].sum()) if len(pressure) else 0.0,
        pressure_years=list(pressure_years),
    )


@cached(copy=True, max_entries=64)
def profile_of(con, code: str) -> Profile:
    """Everything the gemeente profile (PDF) shows, for one gemeente code of the latest year."""
    year = max(queries.years_of(con, "buurt"))
    level = "wijk"  # named areas a council memo's readers know, 2002–2022
    series = queries.series(con, level)
    years = sorted(int(y) for y in series["year"].unique())
    period = (queries.years_with_dimensions(con, level)[0], years[-1])
    changes = signals.risers_and_fallers_in(con, code, period[0], period[1], signals.DEFAULT_MIN_CHANGE,
                                            signals.WEAK_CLASS, signals.DEFAULT_RELATIVE, level=level)
    pressure = signals.under_pressure_in(con, code, signals.DEFAULT_N, signals.DEFAULT_M,
                                         signals.UNDER_PRESSURE_CLASS, level=level)
    named = series.drop_duplicates("code")
    return collect(code, compare.gemeenten_in(con, year), queries.level_scores(con, "buurt", year),
                   weighting.level_mean(con, "buurt", year), weighting.derived_trend(con, (code,)),
                   queries.class_boundaries(con, "total"), level, period, changes, pressure,
                   years[-signals.DEFAULT_M:], dict(zip(named["code"], named["name"])))
