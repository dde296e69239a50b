"""Cached data access for the pages: every query and derived figure computed once per
database version and arguments, shared by all sessions.

Pages pass the function itself (`cached.query(queries.area, code)`,
`cached.signal(signals.under_pressure, region, ...)`), so an editor's "go to definition"
leads from a page to its SQL. Results are plain DataFrames and dicts; the database file's
mtime is part of every key, so a rebuild is picked up without a restart.
"""
from __future__ import annotations

import weakref
from typing import Callable

import pandas as pd
import streamlit as st

from core import config, queries
from core.db import open_readonly


@st.cache_resource(show_spinner=False)
def _connection(path: str, mtime: float):
    """One read-only connection per process and database version (a rebuild changes mtime)."""
    return open_readonly(path)


def _db_key() -> tuple[str, float]:
    path = config.db_path()
    return str(path), (path.stat().st_mtime if path.exists() else 0.0)


def connection():
    """The read-only connection; raises DatabaseUnavailable with the reason when unusable."""
    return _connection(*_db_key())


# Results are shared, not copied (st.cache_resource): one object for every session. A page
# keeps its last run's variables while its session idles (its widgets' callbacks hold the
# page's globals), so a copy per call cost several MB per idle session, and unpickling the
# copies a tenth of the server's CPU under load (bench/capacity.md, issue 15). Pages and core
# only read what these return and derive new frames; tests/test_shared_caches.py checks that
# every page leaves every result as it was, through the registry below.
_issued: "weakref.WeakValueDictionary" = weakref.WeakValueDictionary()


@st.cache_resource(show_spinner=False, max_entries=5000)
def _query(_fn: Callable, name: str, db_key: tuple[str, float], args: tuple):
    result = _fn(_connection(*db_key), *args)
    try:
        _issued[(_fn, db_key, args)] = result
    except TypeError:  # not weak-referenceable (a float, a dict): immutable or small
        pass
    return result


def query(fn: Callable, *args):
    """`fn(connection, *args)` for a function of core.queries, once per database version and
    arguments; the same object for every caller: read it, never change it."""
    return _query(fn, f"{fn.__module__}.{fn.__qualname__}", _db_key(), args)


def issued() -> dict:
    """The shared query results alive now, by (function, database key, arguments): for the test
    that recomputes each and finds it unchanged."""
    return dict(_issued)


@st.cache_resource(show_spinner=False, max_entries=16)
def _area_names(db_key, level: str, year: int) -> tuple[dict[str, str], list[str]]:
    frame = queries.level_scores(_connection(*db_key), level, year)
    names = dict(zip(frame["code"], frame["name"] + " (" + frame["gemeente_name"].fillna("") + ")"))
    return names, sorted(names, key=names.get)


def area_names(level: str, year: int) -> tuple[dict[str, str], list[str]]:
    """"Name (gemeente)" of every area of a level in a year, and the codes in that order (shared)."""
    return _area_names(_db_key(), level, year)


# Shared, not copied (cache_resource): a page's callbacks keep its last run's variables alive
# while a session idles, and Mijn buurt's copies of these two cost 6.4 MB per idle session
# (bench/capacity.md, issue 15). Both are only read, never changed.
@st.cache_resource(show_spinner=False, max_entries=2)
def _search_index(db_key: tuple[str, float]):
    from core.search import build_index
    con = _connection(*db_key)
    return build_index(queries.search_index(con), queries.places(con), queries.aliases(con), queries.pc4_buurten(con))


def search_index():
    """What search matches against (core.search.build_index), once per database version (shared: read only)."""
    return _search_index(_db_key())


@st.cache_resource(show_spinner=False, max_entries=4)
def _area_labels(db_key: tuple[str, float], lang: str) -> dict[str, str]:
    from core.search import area_label
    index = _search_index(db_key).areas
    return {r["code"]: area_label(r, lang) for r in index[["code", "level", "name", "gemeente_name"]].to_dict("records")}


def area_labels(lang: str) -> dict[str, str]:
    """code -> how the area is named in lists, per language (16,000 labels: built once, shared: read only)."""
    return _area_labels(_db_key(), lang)


@st.cache_resource(show_spinner=False, max_entries=4)
def _series(db_key, level: str):
    return queries.series(_connection(*db_key), level)


def series(level: str = "pc4"):
    """A whole 2002–2022 series (pc4 or wijk) with weights, read once per database version;
    shared, not copied (5 MB a copy per idle Signalen session): read only."""
    return _series(_db_key(), level)


@st.cache_resource(show_spinner=False, max_entries=8)
def _outlines(db_key, level: str, year: int):
    frame = queries.map_data(_connection(*db_key), level, year)
    return frame[["code", "name", "gemeente_name", "outline"]]


def outlines(level: str, year: int):
    """Code, name, gemeente and outline of every area of a level (shared: read only)."""
    return _outlines(_db_key(), level, year)


@st.cache_resource(show_spinner=False, max_entries=2)
def _province_collection(db_key) -> dict:
    from core.maps import outline_collection
    return outline_collection(queries.province_outlines(_connection(*db_key)))


def province_collection() -> dict:
    """The twelve province borders as GeoJSON, built once and shared (never mutated)."""
    return _province_collection(_db_key())


def pc4_series():
    """The whole PC4 series with weights, read once per database version."""
    return series("pc4")


@st.cache_data(show_spinner=False, max_entries=256)
def _signal(_fn: Callable, name: str, db_key, region: str | None, args: tuple, level: str):
    series_ = _series(db_key, level)
    within = None
    if region:
        column = "gemeente_code" if region.startswith("GM") else "province_name"
        within = frozenset(series_.loc[series_[column] == region, "code"])
    return _fn(series_, *args, within=within)


def signal(fn: Callable, region: str | None, *args, level: str = "pc4"):
    """A signal of core.signals on the series of `level` for a region (None, a gemeente code or
    a province), computed once per parameter set on the whole country (the national reference
    stays national), then narrowed to the region's areas."""
    return _signal(fn, fn.__qualname__, _db_key(), region, args, level)


@st.cache_resource(show_spinner=False, max_entries=1024)
def _derived_trend_of(db_key, gemeente_code: str | None):
    from core.weighting import official_trend
    return official_trend(_series(db_key, "wijk"), _series(db_key, "pc4"),
                          None if gemeente_code is None else (gemeente_code,))


def _derived_trend(db_key, gemeente_codes: tuple[str, ...] | None):
    """Each gemeente's trend is computed once and shared: a choice of gemeenten on Vergelijken
    is a new combination almost every time, and recomputing per combination was the largest
    cache miss under load (issue 15). Gemeenten are independent in official_trend, so the
    parts put together are the trend of the whole choice."""
    if gemeente_codes is None:
        return _derived_trend_of(db_key, None)
    parts = [_derived_trend_of(db_key, code) for code in dict.fromkeys(gemeente_codes)]
    if not parts:
        from core.weighting import official_trend
        return official_trend(_series(db_key, "wijk"), _series(db_key, "pc4"), ())
    return pd.concat(parts, ignore_index=True).sort_values(["gemeente_code", "year"]).reset_index(drop=True)


def derived_trend(gemeente_codes: tuple[str, ...] | None = None):
    """The household-weighted trend nationally (None) or per gemeente, from official wijk scores
    where they cover the gemeente (column `source`; see core.weighting.official_trend)."""
    return _derived_trend(_db_key(), tuple(gemeente_codes) if gemeente_codes is not None else None)


@st.cache_data(show_spinner=False)
def _derivations_compared(db_key):
    from core.weighting import derivations_compared
    return derivations_compared(_series(db_key, "wijk"), _series(db_key, "pc4"))


def derivations_compared():
    """Per gemeente: the postcode-area trend against the official-wijk trend (core.weighting)."""
    return _derivations_compared(_db_key())


@st.cache_data(show_spinner=False, max_entries=8)
def _spread(db_key, year: int):
    from core.inequality import spread_by_gemeente
    return spread_by_gemeente(queries.level_scores(_connection(*db_key), "buurt", year))


def spread(year: int):
    """Per gemeente: the household-weighted spread of its buurten and its households in weak
    buurten (core.inequality), computed once per database (0.15 s each time before: Start,
    Vergelijken and Over de data all show it)."""
    return _spread(_db_key(), year)


@st.cache_resource(show_spinner=False, max_entries=8)  # shared (read only): see `shared`
def _gemeente_table(db_key, year: int):
    from core.compare import gemeente_table
    con = _connection(*db_key)
    return gemeente_table(queries.level_scores(con, "gemeente", year), queries.level_scores(con, "buurt", year))


def gemeente_table(year: int):
    """All gemeenten with scores, spread and ranks (core.compare), once per database."""
    return _gemeente_table(_db_key(), year)


@st.cache_resource(show_spinner=False, max_entries=512)
def _national_change(db_key, year_from: int, year_to: int, level: str) -> float:
    from core.signals import national_change as change
    return change(_series(db_key, level), year_from, year_to)


def national_change(year_from: int, year_to: int, level: str = "pc4") -> float:
    """Change of the national mean of one series between two years (the reference of its signals);
    once per database and period (a weighted mean over the whole series: 20 ms a call)."""
    return _national_change(_db_key(), year_from, year_to, level)


@st.cache_resource(show_spinner=False, max_entries=8)
def _group_profiles(db_key, year: int):
    from core.compare import group_means, means_by_urbanity
    from core.groups import GROUPS
    buurten = _query(queries.level_scores, "core.queries.level_scores", db_key, ("buurt", year))
    by_group = group_means(buurten, "city_group").set_index("city_group").reindex(list(GROUPS)).dropna(subset=["afw"])
    return by_group.reset_index(), means_by_urbanity(buurten, _gemeente_table(db_key, year))


@st.cache_resource(show_spinner=False, max_entries=512)
def _similar(db_key, year: int, code: str, n: int):
    from core.compare import most_similar
    return most_similar(_gemeente_table(db_key, year), code, n=n)


def similar_gemeenten(year: int, code: str, n: int = 4):
    """The n gemeenten with the most similar five-dimension profile (core.compare), once per gemeente."""
    return _similar(_db_key(), year, code, n)


def group_profiles(year: int):
    """Household-weighted means per G4/G40/rest and per urbanity class (shared: read only)."""
    return _group_profiles(_db_key(), year)


@st.cache_data(show_spinner=False, max_entries=1024)
def _level_mean(db_key, level: str, year: int, gemeente_code: str | None):
    from core.weighting import mean_of
    frame = queries.level_scores(_connection(*db_key), level, year)
    if gemeente_code:
        frame = frame[frame["gemeente_code"] == gemeente_code]
    return mean_of(frame)


def level_mean(level: str, year: int, gemeente_code: str | None = None) -> dict:
    """Household-weighted mean scores of one level's areas in one year (the country or a gemeente)."""
    return _level_mean(_db_key(), level, year, gemeente_code)


@st.cache_resource(show_spinner=False, max_entries=48)
def _map_collection(db_key, level, year, measure, palette, lang, from_year, gemeente, province):
    from core.maps import choropleth
    from core.maps import THEME_LAYERS, theme_choropleth
    con = _connection(*db_key)
    df = queries.map_data(con, level, year, gemeente)
    if province and not gemeente:
        df = df[df["province_name"] == province]
    if measure in THEME_LAYERS:
        values = queries.indicator_values(con, THEME_LAYERS[measure]["indicator"], level)
        return theme_choropleth(df, values, measure, lang), df["code"].tolist()
    before = queries.scores_in_year(con, level, from_year) if from_year else None
    return choropleth(df, measure, palette, lang, before), df["code"].tolist()


def map_collection(level: str, year: int, measure: str, palette: str, lang: str,
                   from_year: int | None = None, gemeente: str | None = None, province: str | None = None):
    """The map's GeoJSON, built once per view and shared by all sessions (never mutated).

    Parsing 12,000 outlines costs about a second; a cached view comes back in microseconds.
    """
    return _map_collection(_db_key(), level, year, measure, palette, lang, from_year, gemeente, province)


@st.cache_resource(show_spinner=False, max_entries=48)
def _map_spec(db_key, level, year, measure, palette, lang, from_year, gemeente, province, with_provinces):
    from core import maps
    collection, codes = _map_collection(db_key, level, year, measure, palette, lang, from_year, gemeente, province)
    con = _connection(*db_key)
    if codes:
        box = queries.bbox_of(con, codes)
    else:
        box = {"min_lon": 3.3, "min_lat": 50.75, "max_lon": 7.25, "max_lat": 53.6}
    view = {"longitude": (box["min_lon"] + box["max_lon"]) / 2, "latitude": (box["min_lat"] + box["max_lat"]) / 2,
            "zoom": maps.zoom_for(box["min_lon"], box["min_lat"], box["max_lon"], box["max_lat"], px=430)}
    outlines = maps.outline_collection(queries.province_outlines(con)) if with_provinces else None
    plain = from_year is not None or measure in maps.THEME_LAYERS  # no dimension scores in the tooltip
    deck = maps.national_map(collection, outlines, view, lang, plain)
    return maps.compact_json(deck), maps.tooltip(lang, plain)


def map_deck(level: str, year: int, measure: str, palette: str, lang: str, from_year: int | None = None,
             gemeente: str | None = None, province: str | None = None, height: int = 640):
    """The whole map as a ready-made deck: its JSON is built once per view and shared. A
    national view points at the level's static geometry file (a few kB per rerun); a province
    or gemeente view carries its own, smaller, outlines."""
    from core.maps import SpecDeck
    if gemeente is None and province is None and _static_urls(_db_key()) is not None:
        spec, tooltip = _static_spec(_db_key(), level, year, measure, palette, lang, from_year, height)
    else:
        spec, tooltip = _map_spec(_db_key(), level, year, measure, palette, lang, from_year, gemeente, province,
                                  not gemeente)
    return SpecDeck(spec, tooltip, height)


@st.cache_resource(show_spinner=False, max_entries=4)
def _static_urls(db_key) -> dict[str, str] | None:
    """Every level's geometry file, written once per build (usually already by `make data`);
    None where they cannot be written (a read-only disk without them): maps then carry their
    geometry inline, as before."""
    from core import geo_files
    con = _connection(*db_key)
    try:
        return geo_files.write_all(con)
    except OSError:
        return None


def static_urls() -> dict[str, str] | None:
    """URLs of the static geometry files (level -> URL, and 'provinces'), or None."""
    return _static_urls(_db_key())


@st.cache_resource(show_spinner=False, max_entries=256)
def _static_spec(db_key, level, year, measure, palette, lang, from_year, height):
    from core import maps
    box = maps.NETHERLANDS_BOX
    view = {"longitude": (box[0] + box[2]) / 2, "latitude": (box[1] + box[3]) / 2, "zoom": maps.zoom_for(*box, px=430)}
    urls = _static_urls(db_key)
    return maps.static_map(urls[level], urls["provinces"], measure, year, palette,
                           lang, view, from_year, height, level=level)


def _joined(db_key, indicator: str, level: str, weight: str):
    from core.themes import join
    con = _connection(*db_key)
    scores = queries.level_scores(con, level, max(queries.years_of(con, level)))
    joined, _ = join(queries.indicator_values(con, indicator, level), scores)
    if weight == "pupils":  # school advice: each area counts with the pupils behind its share
        pupils = queries.indicator_values(con, indicator, level).set_index("code")["n_pupils"]
        joined = joined.assign(households=joined["code"].map(pupils).astype(float))
    return joined


@st.cache_data(show_spinner=False, max_entries=256)
def _class_ends(db_key, indicator: str, level: str, weight: str) -> dict:
    from core.themes import weak_to_best_ratio
    return weak_to_best_ratio(_joined(db_key, indicator, level, weight), "klasse")


def class_ends(indicator: str, level: str, weight: str = "households") -> dict:
    """An indicator's mean where liveability is onvoldoende or lower and where it is
    uitstekend, in the latest year of `level`, weighted by households (or, for school advice,
    "pupils"); computed once per database."""
    return _class_ends(_db_key(), indicator, level, weight)


@st.cache_data(show_spinner=False, max_entries=64)
def _class_profile(db_key, indicator: str, level: str):
    from core.themes import mean_per_class
    return mean_per_class(_joined(db_key, indicator, level, "households"), "klasse")


def class_profile(indicator: str, level: str):
    """An indicator's household-weighted mean per liveability class (core.themes.mean_per_class)."""
    return _class_profile(_db_key(), indicator, level)


@st.cache_data(show_spinner=False, max_entries=64)
def _gemeente_profile(db_key, code: str):
    from core import gemeente_profile, signals
    from core.signals import DEFAULT_M, DEFAULT_N, UNDER_PRESSURE_CLASS
    con = _connection(*db_key)
    year = max(queries.years_of(con, "buurt"))
    table = _gemeente_table(db_key, year)
    level = "wijk"  # named areas a council memo's readers know, 2002–2022
    series_ = _series(db_key, level)
    years = sorted(int(y) for y in series_["year"].unique())
    period = (queries.years_with_dimensions(con, level)[0], years[-1])
    changes = _signal(signals.risers_and_fallers, "risers_and_fallers", db_key, code,
                      (period[0], period[1], signals.DEFAULT_MIN_CHANGE, signals.WEAK_CLASS, signals.DEFAULT_RELATIVE),
                      level)
    pressure = _signal(signals.under_pressure, "under_pressure", db_key, code,
                       (DEFAULT_N, DEFAULT_M, UNDER_PRESSURE_CLASS), level)
    named = series_.drop_duplicates("code")
    names = dict(zip(named["code"], named["name"]))
    return gemeente_profile.collect(
        code, table, _query(queries.level_scores, "core.queries.level_scores", db_key, ("buurt", year)),
        _level_mean(db_key, "buurt", year, None),
        _derived_trend(db_key, (code,)), queries.class_boundaries(con, "total"), level, period, changes, pressure,
        years[-DEFAULT_M:], names)


def gemeente_profile(code: str):
    """Everything the gemeente profile (PDF) shows, for one gemeente code of the latest year."""
    return _gemeente_profile(_db_key(), code)
