"""Every SQL statement the app runs, parameterised, one function per question.

Functions take a DuckDB connection and plain values and return DataFrames or dicts; each
opens its own cursor so concurrent Streamlit sessions never share one.
"""
from __future__ import annotations

import duckdb
import pandas as pd

from core import provenance
from core.caching import cached
from core.scale import DIMENSIONS

DIM_COLS = ", ".join(DIMENSIONS)
K_COLS = ", ".join(f"k_{d}" for d in DIMENSIONS)


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    cur = con.cursor()
    try:
        return cur.execute(sql, params or []).df()
    finally:
        cur.close()


# ------------------------------------------------------------------ about the data

@cached
def sources(con, lang: str = "nl") -> pd.DataFrame:
    """The source register, each source's title in the reader's language (Dutch first)."""
    return _df(con, """SELECT * EXCLUDE (title, title_en),
                              CASE WHEN ? = 'en' THEN coalesce(title_en, title) ELSE title END AS title
                       FROM sources ORDER BY source_id""", [lang])


@cached
def build_info(con) -> dict[str, str]:
    return dict(_df(con, "SELECT key, value FROM build_info").itertuples(index=False))


@cached
def coverage(con) -> pd.DataFrame:
    """Areas and years per level, for the data page."""
    return _df(con, """
        SELECT level, edition, min(year) AS first_year, max(year) AS last_year,
               count(DISTINCT year) AS years, count(DISTINCT code) AS areas, count(*) AS rows
        FROM scores GROUP BY level, edition ORDER BY edition, level""")


@cached
def class_boundaries(con, scale: str = "total") -> list[float]:
    df = _df(con, "SELECT boundary FROM class_boundaries WHERE scale = ? ORDER BY lower_class", [scale])
    return df["boundary"].tolist()


# ------------------------------------------------------------------ areas

@cached
def search_index(con) -> pd.DataFrame:
    """Everything a person can look up: code, level, name, gemeente (and a sortable size)."""
    return _df(con, """
        SELECT code, level, name, gemeente_code, gemeente_name, province_name, coalesce(households, 0) AS households
        FROM areas WHERE level IN ('pc4', 'buurt', 'wijk', 'gemeente') ORDER BY level, name""")


@cached
def places(con) -> pd.DataFrame:
    """CBS woonplaatsen with their gemeente and COROP region (search, the region lens)."""
    return _df(con, "SELECT * FROM places ORDER BY place")


@cached
def aliases(con) -> pd.DataFrame:
    """Names people use for gemeenten (data/gemeente_aliases.csv, with their sources)."""
    return _df(con, "SELECT * FROM aliases ORDER BY alias")


@cached
def pc4_buurten(con) -> pd.DataFrame:
    """Per postcode area, the 2024 buurten it overlaps and their share of its households."""
    return _df(con, "SELECT pc4, buurt, households, share FROM pc4_buurten ORDER BY pc4, share DESC")


@cached(max_entries=2048)
def area(con, code: str) -> dict | None:
    df = _df(con, "SELECT * FROM areas WHERE code = ?", [code])
    return None if df.empty else df.iloc[0].to_dict()


@cached(max_entries=2048)
@provenance.sourced(lambda con, code: provenance.scores(provenance.level_of_code(code)))
def scores_of(con, code: str) -> pd.DataFrame:
    """Every measurement of one area, oldest first."""
    return _df(con, f"""
        SELECT code, level, year, edition, lbm, afw, {DIM_COLS}, klasse, kscore, {K_COLS}
        FROM scores WHERE code = ? ORDER BY year""", [code])


@cached(max_entries=2048)
def neighbourhood(con, code: str, margin: float = 0.6) -> pd.DataFrame:
    """Areas of the same level around one area (its box widened by `margin` of its size), with outlines."""
    return _df(con, """
        WITH me AS (SELECT * FROM areas WHERE code = ?),
        box AS (
            SELECT level,
                   min_lon - greatest(max_lon - min_lon, 0.01) * ? AS x0,
                   max_lon + greatest(max_lon - min_lon, 0.01) * ? AS x1,
                   min_lat - greatest(max_lat - min_lat, 0.006) * ? AS y0,
                   max_lat + greatest(max_lat - min_lat, 0.006) * ? AS y1,
                   (SELECT max(year) FROM scores s WHERE s.code = me.code) AS year
            FROM me)
        SELECT a.code, a.name, a.level, a.gemeente_name, o.detail AS outline,
               s.afw, s.klasse, a.code = ? AS is_selected, a.lon, a.lat, a.households
        FROM areas a, box
        JOIN outlines o ON o.code = a.code
        LEFT JOIN scores s ON s.code = a.code AND s.year = box.year
        WHERE a.level = box.level
          AND a.max_lon >= box.x0 AND a.min_lon <= box.x1
          AND a.max_lat >= box.y0 AND a.min_lat <= box.y1""",
        [code, margin, margin, margin, margin, code])


@cached
@provenance.sourced(lambda con, level="buurt", year=2024: provenance.weighted_scores(level))
def households_by_class(con, level: str = "buurt", year: int = 2024) -> pd.DataFrame:
    """Households, inhabitants and areas per class (CBS weights on Leefbaarometer classes)."""
    return _df(con, """
        SELECT s.klasse, count(*) AS areas, sum(a.households) AS households,
               sum(a.inhabitants) AS inhabitants
        FROM scores s JOIN areas a USING (code)
        WHERE s.level = ? AND s.year = ?
        GROUP BY s.klasse ORDER BY s.klasse""", [level, year])


@cached(max_entries=2048)
def share_below(con, level: str, year: int, afw: float) -> float:
    """Share of areas of the same level and year that score lower (for "better than X%")."""
    df = _df(con, """
        SELECT avg(CASE WHEN afw < ? THEN 1.0 ELSE 0.0 END) AS share
        FROM scores WHERE level = ? AND year = ? AND afw IS NOT NULL""", [afw, level, year])
    return float(df["share"].iloc[0])


@cached
@provenance.sourced(lambda con, level, year: provenance.weighted_scores(level))
def level_scores(con, level: str, year: int) -> pd.DataFrame:
    """Every area of one level in one year, with its place, weights and group."""
    return _df(con, f"""
        SELECT a.code, a.name, a.gemeente_code, a.gemeente_name, a.province_name, a.city_group,
               a.urbanity, a.households, a.inhabitants, s.year, s.afw, {', '.join('s.' + d for d in DIMENSIONS)},
               s.klasse, s.kscore
        FROM scores s JOIN areas a USING (code)
        WHERE s.level = ? AND s.year = ?
        ORDER BY a.code""", [level, year])


@cached
def years_of(con, level: str) -> list[int]:
    """Measurement years of one level, oldest first."""
    return _df(con, "SELECT DISTINCT year FROM scores WHERE level = ? ORDER BY year", [level])["year"].tolist()


@cached
def years_with_dimensions(con, level: str) -> list[int]:
    """Years in which this level has dimension scores (PC4: 2014, 2018, 2020, 2022; not 2016)."""
    return _df(con, "SELECT DISTINCT year FROM scores WHERE level = ? AND fys IS NOT NULL ORDER BY year",
               [level])["year"].tolist()


@cached
@provenance.sourced(lambda con, level, year, gemeente=None: provenance.map_of(level))
def map_data(con, level: str, year: int, gemeente: str | None = None) -> pd.DataFrame:
    """Everything the map draws for one level and year: scores, classes and an outline.

    The whole country uses the thinned national outline; one gemeente, drawn at a zoom where
    the thinning would show, gets the detailed outline."""
    outline = "o.detail" if gemeente else "o.national"
    return _df(con, f"""
        SELECT a.code, a.name, a.gemeente_code, a.gemeente_name, a.province_name,
               s.afw, {', '.join('s.' + d for d in DIMENSIONS)}, s.klasse, {K_COLS}, {outline} AS outline
        FROM scores s JOIN areas a USING (code) JOIN outlines o USING (code)
        WHERE s.level = ? AND s.year = ? AND (CAST(? AS VARCHAR) IS NULL OR a.gemeente_code = ?)""",
               [level, year, gemeente, gemeente])


@cached
def level_outlines(con, level: str) -> pd.DataFrame:
    """Every area of a level that has an outline (the thinned national one), with its names."""
    return _df(con, """SELECT a.code, a.name, a.gemeente_name, a.province_name, o.national AS outline
                       FROM areas a JOIN outlines o USING (code) WHERE a.level = ? ORDER BY a.code""", [level])


@cached
def level_all_years(con, level: str) -> pd.DataFrame:
    """Every score of a level in every year, with total and dimension classes."""
    return _df(con, f"""SELECT code, year, afw, {DIM_COLS}, klasse, {K_COLS} FROM scores
                        WHERE level = ? ORDER BY code, year""", [level])


@cached(max_entries=2048)
@provenance.sourced(lambda con, level, year, gemeente=None, province=None: provenance.scores(level))
def map_listing(con, level: str, year: int, gemeente: str | None = None, province: str | None = None) -> pd.DataFrame:
    """The areas a map view draws with a value (those with an outline and a score that year),
    without their outlines: for the count, the keyboard list and the CSV."""
    return _df(con, f"""
        SELECT a.code, a.name, a.gemeente_name, a.province_name, s.afw, {', '.join('s.' + d for d in DIMENSIONS)},
               s.klasse
        FROM scores s JOIN areas a USING (code)
        WHERE s.level = ? AND s.year = ? AND EXISTS (SELECT 1 FROM outlines o WHERE o.code = a.code)
          AND (CAST(? AS VARCHAR) IS NULL OR a.gemeente_code = ?)
          AND (CAST(? AS VARCHAR) IS NULL OR a.province_name = ?)
        ORDER BY a.name""", [level, year, gemeente, gemeente, province, province])


@cached
def area_households(con, level: str) -> pd.DataFrame:
    """Every area of a level with its gemeente, COROP region (through its gemeente: CBS's 2024
    division, from the woonplaatsen table) and households (the weights of core.weighting)."""
    return _df(con, """
        SELECT a.code, a.gemeente_code, r.corop_code, r.corop_name, a.households FROM areas a
        LEFT JOIN (SELECT DISTINCT gemeente_code, corop_code, corop_name FROM places) r USING (gemeente_code)
        WHERE a.level = ?""", [level])


@cached
def corop_regions(con) -> pd.DataFrame:
    """The 40 COROP regions with their gemeenten (code, name), from CBS's 2024 division."""
    return _df(con, """
        SELECT DISTINCT p.corop_code, p.corop_name, p.gemeente_code, a.name AS gemeente_name
        FROM places p JOIN areas a ON a.code = p.gemeente_code ORDER BY p.corop_name, a.name""")


@cached
def scores_in_year(con, level: str, year: int) -> pd.DataFrame:
    return _df(con, f"SELECT code, afw, {DIM_COLS} FROM scores WHERE level = ? AND year = ?", [level, year])


@cached
def province_outlines(con) -> pd.DataFrame:
    return _df(con, "SELECT code, national AS outline FROM outlines WHERE level = 'provincie'")


@cached(max_entries=2048)
def bbox_of(con, codes: list[str]) -> dict | None:
    """The box around the areas' outlines; None when none of them has one (a 2022 wijk split or
    renamed since: the caller shows the whole country rather than a box of NaN, a blank map)."""
    placeholders = ", ".join("?" for _ in codes) or "NULL"
    df = _df(con, f"""SELECT min(min_lon) AS min_lon, min(min_lat) AS min_lat, max(max_lon) AS max_lon,
                             max(max_lat) AS max_lat FROM areas WHERE code IN ({placeholders})""", list(codes))
    box = df.iloc[0].to_dict()
    return None if any(pd.isna(v) for v in box.values()) else box


@cached(max_entries=16)
def label_points(con, level: str, gemeente: str | None = None, province: str | None = None) -> pd.DataFrame:
    """Where an area's name goes on a map (a point inside it, from the build) and its weight
    for thinning (households): code, name, lon, lat, weight."""
    return _df(con, """
        SELECT code, name, lon, lat, coalesce(households, 0) AS weight FROM areas
        WHERE level = ? AND lon IS NOT NULL
          AND (CAST(? AS VARCHAR) IS NULL OR gemeente_code = ?)
          AND (CAST(? AS VARCHAR) IS NULL OR province_name = ?)""", [level, gemeente, gemeente, province, province])


@cached
@provenance.sourced(lambda con, level="pc4": provenance.scores(level))
def class_distribution(con, level: str = "pc4") -> pd.DataFrame:
    """Number of areas per class per year."""
    return _df(con, """
        SELECT year, klasse, count(*) AS areas FROM scores WHERE level = ?
        GROUP BY year, klasse ORDER BY year, klasse""", [level])


SERIES_LEVELS = ("pc4", "wijk")  # the levels measured 2002–2022 (the 2022 edition)


@cached(max_entries=4)
@provenance.sourced(lambda con, level="pc4": provenance.trend([level]))
def series(con, level: str = "pc4") -> pd.DataFrame:
    """A whole 2002–2022 series (PC4: about 32,000 rows; wijk: 26,000) with each area's
    gemeente, province and households (the weight of every derived figure: core.weighting)."""
    if level not in SERIES_LEVELS:
        raise ValueError(f"no series at level {level!r}")
    return _df(con, f"""
        SELECT s.code, s.year, s.afw, {', '.join('s.' + d for d in DIMENSIONS)}, s.klasse,
               a.name, a.gemeente_code, a.gemeente_name, a.province_name, a.households
        FROM scores s JOIN areas a USING (code) WHERE s.level = ? ORDER BY s.code, s.year""", [level])


@cached(max_entries=4)
def pc4_series(con) -> pd.DataFrame:
    """The PC4 series (see `series`)."""
    return series(con, "pc4")


@cached
def wijken_without_outline(con) -> pd.DataFrame:
    """Wijken of the 2022 division whose code no 2024 buurt carries, so no outline could be
    dissolved (re-coded or merged gemeenten)."""
    return _df(con, """SELECT code, name, gemeente_name, gemeente_link FROM areas a
                       WHERE level = 'wijk' AND NOT EXISTS (SELECT 1 FROM outlines o WHERE o.code = a.code)
                       ORDER BY code""")


@cached(max_entries=2048)
def wijk_identity(con, code: str) -> dict | None:
    """A wijk code's 2022 and 2024 names and sizes and whether they are one area (or None when
    the code is not in both divisions)."""
    df = _df(con, "SELECT * FROM wijk_identity WHERE code = ?", [code])
    return None if df.empty else df.iloc[0].to_dict()


@cached(max_entries=2048)
def indicator_coverage_in(con, indicator: str, gemeente_code: str, level: str = "buurt") -> dict:
    """How many areas of a level in one gemeente have a value of an indicator, of how many."""
    df = _df(con, """SELECT count(*) AS areas, count(v.value) AS with_value
                     FROM areas a LEFT JOIN indicator_values v ON v.code = a.code AND v.indicator = ?
                     WHERE a.level = ? AND a.gemeente_code = ?""", [indicator, level, gemeente_code])
    return {k: int(v) for k, v in df.iloc[0].to_dict().items()}


@cached
def wijk_codes_not_same(con) -> pd.DataFrame:
    """Wijk codes of both divisions that name another area in 2024 than in 2022 (issue 33: a
    code is no identity), with both names and sizes and the reason (etl.wijken.same_area)."""
    return _df(con, """SELECT i.*, a.gemeente_name FROM wijk_identity i LEFT JOIN areas a USING (code)
                       WHERE NOT i.same ORDER BY a.gemeente_name, i.code""")


@cached
def indicator_catalogue(con) -> pd.DataFrame:
    """Indicators offered somewhere (an indicator that joins at no level is not offered)."""
    return _df(con, "SELECT * FROM indicators WHERE levels <> '' ORDER BY theme, indicator")


@cached(max_entries=2048)
def indicator_value(con, indicator: str, code: str) -> float | None:
    """One area's value of one indicator (the country is code NL01), or None."""
    df = _df(con, "SELECT value FROM indicator_values WHERE indicator = ? AND code = ?", [indicator, code])
    return None if df.empty else float(df["value"].iloc[0])


@cached(max_entries=2048)
def indicator_row(con, indicator: str, code: str) -> dict | None:
    """One area's value with its counts (n_pupils, n_schools) and its place among the areas of
    its level: `share_below` = share of those areas with a lower value."""
    df = _df(con, """
        WITH me AS (SELECT * FROM indicator_values WHERE indicator = ? AND code = ?)
        SELECT me.value, me.n_pupils, me.n_schools, me.level,
               (SELECT avg(CASE WHEN o.value < me.value THEN 1.0 ELSE 0.0 END) FROM indicator_values o
                WHERE o.indicator = me.indicator AND o.level = me.level) AS share_below
        FROM me""", [indicator, code])
    return None if df.empty else df.iloc[0].to_dict()


@cached
def indicator_coverage(con) -> pd.DataFrame:
    """Per indicator and level: values, how many join, and whether the level is offered."""
    return _df(con, """SELECT c.*, i.label_nl, i.label_en, i.year FROM indicator_coverage c
                       JOIN indicators i USING (indicator) ORDER BY i.theme, c.indicator, c.level""")


@cached
def gemeente_mergers(con) -> pd.DataFrame:
    """Gemeenten merged since 2021 and the 2024 gemeente each went into (found in the data)."""
    return _df(con, "SELECT * FROM gemeente_mergers ORDER BY new_code, old_code")


@cached
@provenance.sourced(lambda con, indicator, level: provenance.indicator(_indicator_source(con, indicator)))
def indicator_values(con, indicator: str, level: str) -> pd.DataFrame:
    """One indicator at one level; n_pupils and n_schools where a share rests on counts."""
    return _df(con, """SELECT code, value, year, n_pupils, n_schools FROM indicator_values
                       WHERE indicator = ? AND level = ?""", [indicator, level])


def _indicator_source(con, indicator: str) -> str:
    row = con.cursor().execute("SELECT source_id FROM indicators WHERE indicator = ?", [indicator]).fetchone()
    return row[0] if row else ""
