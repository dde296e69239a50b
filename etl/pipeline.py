"""Build `leefbaarometer.duckdb` from the open-data folder: read, derive, validate, then swap in.

The database is written to a temporary file next to the target and renamed into place only
after every rule passed, so a failed or killed build never replaces a good database.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
import shapely

from core import config
from core import groups
from etl import geo, indicators, mergers, readers, validate, wijken
from core.scale import DIMENSIONS, DIMENSION_SCALE, ClassScale
from core.search import wijk_of

REQUIRED = ("lbm_pc4", "lbm_gemeenten", "lbm_buurten", "lbm_classes")


class BuildError(RuntimeError):
    """The build cannot go on; the message says why and what to do."""


def load_manifest(path: Path = config.SOURCES_MANIFEST) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def build(source_dir: Path, out_path: Path, log=None, manifest: dict | None = None) -> dict:
    """Build the database; returns a summary (seconds, bytes, rows per table)."""
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    manifest = manifest or load_manifest()
    started = time.perf_counter()
    source_dir = Path(source_dir)
    out_path = Path(out_path)
    files = _resolve_sources(source_dir, manifest)

    tables, provenance, extra_info = _assemble(files, manifest, log)

    out_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(out_path)
    tmp = out_path.with_name(f".{out_path.name}.building-{os.getpid()}")
    try:
        _write(tmp, tables, provenance, started, extra_info)
        os.replace(tmp, out_path)  # atomic on one filesystem
    finally:
        for leftover in (tmp, Path(str(tmp) + ".wal")):
            if leftover.exists():
                leftover.unlink()
    seconds = time.perf_counter() - started
    summary = {
        "seconds": round(seconds, 1),
        "bytes": out_path.stat().st_size,
        "rows": {name: len(df) for name, df in tables.items()},
    }
    log(f"done: {out_path} ({summary['bytes'] / 1e6:.1f} MB) in {seconds:.1f} s")
    return summary


def _remove_stale_temporaries(out_path: Path) -> None:
    """Temporary files of builds that were killed (their process is gone) are only clutter."""
    for tmp in out_path.parent.glob(f".{out_path.name}.building-*"):
        pid = tmp.name.rsplit("-", 1)[-1].split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --------------------------------------------------------------------------- sources

def _resolve_sources(source_dir: Path, manifest: dict) -> dict[str, list[Path]]:
    """Map source id to its files; stop with a helpful message when required ones are missing."""
    if not source_dir.is_dir():
        raise BuildError(_missing_message(source_dir, manifest, "the source folder does not exist"))
    files: dict[str, list[Path]] = {}
    for src in manifest["sources"]:
        found = sorted(Path(p) for p in glob.glob(str(source_dir / src["path"])))
        files[src["id"]] = found
    missing = [s for s in REQUIRED if not files.get(s)]
    if missing:
        raise BuildError(_missing_message(source_dir, manifest, f"missing: {', '.join(missing)}"))
    return files


def _missing_message(source_dir: Path, manifest: dict, why: str) -> str:
    pages = manifest.get("download_pages", {})
    expected = "\n".join(f"  {s['path']}  ({s['title']})" for s in manifest["sources"])
    return (
        f"Cannot build the database from {source_dir}: {why}.\n"
        f"Point --source (or $LBM_SOURCE) at a folder with these files:\n{expected}\n"
        f"Official downloads: Leefbaarometer open data {pages.get('leefbaarometer', '')}, "
        f"CBS StatLine {pages.get('cbs', '')}."
    )


def _checksum(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


# --------------------------------------------------------------------------- assembly

def _assemble(files: dict[str, list[Path]], manifest: dict, log):
    """Read, derive and validate every source; returns (tables, provenance rows)."""
    meta = {s["id"]: s for s in manifest["sources"]}
    rows_read: dict[str, int] = {}
    ids = [s["id"] for s in manifest["sources"]]
    step = iter(range(1, len(ids) + 1))

    def progress(source_id: str, n: int, t0: float, note: str = ""):
        rows_read[source_id] = n
        log(f"[{next(step):2d}/{len(ids)}] {source_id:<20} {n:>7,} rows  {time.perf_counter() - t0:5.1f} s {note}")

    # Class thresholds first: every score is classified with them.
    t0 = time.perf_counter()
    bounds = readers.read_class_boundaries(files["lbm_classes"][0])
    total_scale = ClassScale(tuple(bounds[bounds["scale"] == "total"].sort_values("lower_class")["boundary"]))
    progress("lbm_classes", len(bounds), t0)

    # PC4 series.
    t0 = time.perf_counter()
    pc4_file = files["lbm_pc4"][0].name
    pc4 = readers.read_pc4_series(files["lbm_pc4"][0])
    validate.check_series(pc4, "pc4", "pc4", pc4_file)
    progress("lbm_pc4", len(pc4), t0)

    # 2024 gemeenten and buurten with geometry.
    t0 = time.perf_counter()
    gm = readers.read_score_features(files["lbm_gemeenten"], "gemeente")
    _validate_features(gm, "gemeente", total_scale)
    progress("lbm_gemeenten", len(gm), t0)
    t0 = time.perf_counter()
    bu = readers.read_score_features(files["lbm_buurten"], "buurt")
    _validate_features(bu, "buurt", total_scale)
    progress("lbm_buurten", len(bu), t0)

    # Geometry: shapes, outlines, points.
    gm_shapes = {c: geo.to_shape(g) for c, g in zip(gm["code"], gm["geometry"])}
    bu_shapes = {c: geo.to_shape(g) for c, g in zip(bu["code"], bu["geometry"])}

    t0 = time.perf_counter()
    pc4_shapes: dict[str, object] = {}
    if files.get("pc4_boundaries"):
        pc4_shapes = {
            c: geo.to_shape(g) for c, g in readers.read_polygons(files["pc4_boundaries"][0], "PC4CODE")
        }
    progress("pc4_boundaries", len(pc4_shapes), t0)

    t0 = time.perf_counter()
    n_prov = 0
    province_outlines = []
    if files.get("provinces"):
        for name, g in readers.read_polygons(files["provinces"][0], "name"):
            shp = geo.to_shape(g)
            province_outlines.append({"code": f"PV-{name}", "level": "provincie",
                                      "detail": geo.outline_json(shp, 0.0005),
                                      "national": geo.outline_json(shp, 0.002)})
            n_prov += 1
    progress("provinces", n_prov, t0)

    # CBS weights: inhabitants and households.
    t0 = time.perf_counter()
    population = pd.DataFrame(columns=["code", "inhabitants"])
    wijken_2024 = pd.DataFrame(columns=["code", "name"])  # 2024 wijk names, to match re-coded wijken
    if files.get("kwb2024_population"):
        pop = readers.read_kwb2024_population(files["kwb2024_population"][0])
        population = pop[["code", "aantal_inwoners"]].rename(columns={"aantal_inwoners": "inhabitants"})
        is_wijk = pop["soort_regio"].astype(str).str.strip().str.lower() == "wijk"
        wijken_2024 = pd.DataFrame({"code": pop.loc[is_wijk, "code"].astype(str).str.strip(),
                                    "name": pop.loc[is_wijk, "naam"].astype(str).str.strip(),
                                    "inhabitants": pd.to_numeric(pop.loc[is_wijk, "aantal_inwoners"], errors="coerce")})
    progress("kwb2024_population", len(population), t0)
    t0 = time.perf_counter()
    households = pd.DataFrame(columns=["code", "households", "urbanity"])
    if files.get("kwb2024_households"):
        hh = readers.read_kwb2024_households(files["kwb2024_households"][0])
        households = hh[["code", "households", "urbanity"]]
    progress("kwb2024_households", len(households), t0)

    areas, outlines, pc4_buurten = _areas(pc4, gm, bu, gm_shapes, bu_shapes, pc4_shapes, population, households,
                                          total_scale)
    kwb_full = (readers.read_csv_plain(files["kwb2021"][0], ["gwb_code", "kwb_year", "ste_mvs", "regio", "recs"])
                if files.get("kwb2021") else None)
    kwb2021 = kwb_full

    # Places (woonplaatsen) and the names people use for gemeenten, for search (issue 28); the
    # COROP region of each gemeente comes with the places.
    t0 = time.perf_counter()
    places = pd.DataFrame(columns=["place", "gemeente_code", "corop_code", "corop_name"])
    if files.get("woonplaatsen"):
        places = readers.read_woonplaatsen(files["woonplaatsen"][0])
        places = places[places["gemeente_code"].isin(set(gm["code"]))]
    progress("woonplaatsen", len(places), t0)
    aliases = readers.read_aliases(config.ALIASES)
    aliases_unknown = sorted(set(aliases["gemeente_code"]) - set(gm["code"]))  # reported in build_info; a test
    aliases = aliases[aliases["gemeente_code"].isin(set(gm["code"]))]     # keeps it empty on the real data

    # Gemeente mergers since 2021, from the data (for notes on older gemeente figures, and to
    # follow a 2022-only wijk to the gemeente it lies in now).
    t0 = time.perf_counter()
    successors, gm2022 = pd.DataFrame(columns=mergers.COLUMNS), {}
    if files.get("gemeenten2022"):
        gm2022 = {code: (name, geo.to_shape(g)) for code, name, g in
                  readers.read_polygons_named(files["gemeenten2022"][0], "statcode", "statnaam")}
        by_kwb = mergers.from_kwb(kwb_full) if kwb_full is not None else pd.DataFrame(columns=mergers.COLUMNS)
        successors = mergers.successors(mergers.from_polygons(gm2022, gm_shapes), by_kwb)
    progress("gemeenten2022", len(gm2022), t0, f"({len(successors)} mergers found)")

    # The official wijk series 2002–2022 (2022 division), linked to the 2024 gemeenten.
    t0 = time.perf_counter()
    wijk_series = pd.DataFrame(columns=["wijk", "name", "year", "lbm", "afw", *DIMENSIONS])
    wijk_info: dict[str, str] = {}
    wijk_identity = wijken.identity(wijk_series, wijken_2024.iloc[:0], pd.DataFrame(columns=["code", "inhabitants"]))
    identical: set[str] = set()
    wijk_of_buurt: dict[str, str] = {}
    if files.get("lbm_wijken"):
        wijk_file = files["lbm_wijken"][0].name
        wijk_series = readers.read_wijk_series(files["lbm_wijken"][0])
        reference = validate.check_series(wijk_series, "wijk", "wijk", wijk_file)
        codes = sorted(set(wijk_series["wijk"]))
        links = wijken.link_gemeenten(codes, bu["code"], gm["code"], successors)
        held = {wijk_of(b) for b in bu["code"]}
        sizes_2022 = wijken.households_2022(kwb_full)
        wijk_identity = wijken.identity(wijk_series, wijken_2024[wijken_2024["code"].isin(held)], sizes_2022)
        identical = set(wijk_identity.loc[wijk_identity["same"], "code"])
        exact = wijken.dissolve(identical, bu_shapes)
        by_name = wijken.outlines_by_name(wijk_series, links, set(exact), wijken_2024[wijken_2024["code"].isin(held)],
                                          taken=identical, sizes_2022=sizes_2022)
        shapes = {**exact, **wijken.dissolve(set(by_name.values()), bu_shapes)}
        wijk_of_buurt = {b: w for w, bs in wijken.members(bu["code"], identical, by_name).items() for b in bs}
        wijk_areas, wijk_outlines = wijken.areas_and_outlines(
            wijk_series, links, gm.set_index("code")[["name", "province_code", "province_name"]],
            shapes, sizes_2022, by_name)
        areas = pd.concat([areas, wijk_areas], ignore_index=True)
        outlines = pd.concat([outlines, pd.DataFrame(wijk_outlines)], ignore_index=True)
        wijk_info = {**wijken.report(areas, wijk_series), "wijk_reference": f"{reference:.6f}",
                     "wijk_codes_shared": str(len(wijk_identity)),
                     "wijk_codes_not_same": str(int((~wijk_identity["same"]).sum()))}
    progress("lbm_wijken", len(wijk_series), t0, f"({wijk_info.get('wijk_with_outline', 0)} wijken with an outline)")
    for column in ("gemeente_link", "outline_source", "outline_from"):
        if column not in areas.columns:
            areas[column] = None
    # Each buurt's official wijk, where the series has its code and it is the same area (its
    # history comes from there); never through a name match.
    wijk_codes = set(wijk_series["wijk"])
    is_bu = areas["level"] == "buurt"
    areas.loc[is_bu, "wijk"] = areas.loc[is_bu, "code"].map(lambda c: wijk_of(c) if wijk_of(c) in identical else None)

    unmatched = _add_groups_and_urbanity(areas, kwb2021)
    if unmatched:
        log(f"       note: G4/G40 names not found among the gemeenten: {', '.join(unmatched)}")
    outlines = pd.concat([outlines, pd.DataFrame(province_outlines)], ignore_index=True)
    scores = _scores(pc4, gm, bu, total_scale, wijk_series)

    # Thematic indicators.
    built: list[indicators.Indicator] = []
    inhabitants = population.dropna().astype({"inhabitants": float})
    for source_id, make in (
        ("kwb2021", lambda p: indicators.from_kwb2021(p)),
        ("income2024", lambda p: indicators.from_income2024(p)),
        ("crime2024", lambda p: indicators.from_crime2024(p, inhabitants)),
        ("health2020", lambda p: indicators.from_health2020(p)),
        ("rivm2020", lambda p: indicators.from_rivm2020(p)),
        ("rivm2022", lambda p: indicators.from_rivm2022(p)),
        ("kea_sample", lambda p: indicators.from_kea_sample(p)),
        ("ses_amsterdam", lambda p: indicators.from_ses_amsterdam(p)),
    ):
        t0 = time.perf_counter()
        if files.get(source_id):
            made = make(files[source_id][0])
            built.extend(made)
            progress(source_id, sum(len(v) for i in made for v in i.values), t0)
        else:
            progress(source_id, 0, t0, "(not found: themes from this source are left out)")
    # Heat and green for the whole country (by geometry), school advice by the school's postcode.
    t0 = time.perf_counter()
    national_reports: dict[str, str] = {}
    if files.get("heat_uhi"):
        made, report = indicators.from_heat(files["heat_uhi"][0], bu_shapes,
                                            areas.loc[areas.level == "buurt", ["code", "households"]], wijk_of_buurt)
        built.extend(made)
        national_reports.update(report)
        progress("heat_uhi", int(report["heat_buurten_2012"]), t0, f"({report['heat_buurten_2024_covered']} of "
                 f"{report['heat_buurten_2024']} buurten of 2024 covered)")
    else:
        progress("heat_uhi", 0, t0, "(not found: heat and green are left out)")
    t0 = time.perf_counter()
    if files.get("duo_advice") and files.get("duo_locations"):
        schools, report = indicators.school_advice_counts(files["duo_advice"][0], files["duo_locations"][0])
        pc4_gemeente = dict(zip(areas.loc[areas.level == "pc4", "code"], areas.loc[areas.level == "pc4", "gemeente_code"]))
        built.extend(indicators.from_school_advice(schools, pc4_gemeente))
        national_reports.update(report)
        progress("duo_advice", int(report["schools"]), t0, f"({report['schools_one_pc4']} schools with one postcode area)")
        progress("duo_locations", len(schools), t0)
    else:
        progress("duo_advice", 0, t0, "(not found: school advice is left out)")
        progress("duo_locations", 0, t0)
    catalogue, values = indicators.to_tables(built)

    # Which indicator joins where: an indicator is offered at a level only where it joins.
    bu_codes = areas.loc[areas.level == "buurt", "code"]
    codes_by_level = {"buurt": set(bu_codes), "gemeente": set(areas.loc[areas.level == "gemeente", "code"]),
                      "wijk": wijk_codes or {wijk_of(c) for c in bu_codes}, "pc4": set(areas.loc[areas.level == "pc4", "code"])}
    coverage = indicators.coverage(values, codes_by_level)
    catalogue = indicators.offered_levels(catalogue, coverage)

    tables = {
        "areas": areas,
        "scores": scores,
        "outlines": outlines,
        "class_boundaries": bounds[["scale", "lower_class", "upper_class", "boundary"]],
        "indicators": catalogue,
        "indicator_values": values,
        "indicator_coverage": coverage,
        "gemeente_mergers": successors,
        "wijk_identity": wijk_identity,
        "places": places,
        "aliases": aliases,
        "pc4_buurten": pc4_buurten,
    }
    provenance = []
    for sid in ids:
        m = meta[sid]
        paths = files.get(sid, [])
        provenance.append({
            "source_id": sid, "path": m["path"], "title": m["title"], "title_en": m.get("title_en", m["title"]),
            "publisher": m["publisher"],
            "licence": m["licence"], "year": m["year"], "via": m.get("via", ""),
            "rows": rows_read.get(sid, 0), "files": len(paths),
            "bytes": sum(p.stat().st_size for p in paths),
            "sha256": _checksum(paths) if paths else None,
        })
    extra_info = {"groups_unmatched": ",".join(unmatched), "aliases_unknown_gemeenten": ",".join(aliases_unknown), **_weight_check(areas), **national_reports, **wijk_info}
    return tables, provenance, extra_info


def _weight_check(areas: pd.DataFrame) -> dict[str, str]:
    """How well the postcode-area weights add up to the buurten's households (shown on Over de data)."""
    buurt_total = float(areas.loc[areas.level == "buurt", "households"].sum())
    pc4 = areas[areas.level == "pc4"]
    return {"households_buurt_total": f"{buurt_total:.0f}",
            "households_pc4_total": f"{float(pc4['households'].sum()):.0f}",
            "pc4_without_households": str(int((pc4["households"].fillna(0) <= 0).sum()))}


def _add_groups_and_urbanity(areas: pd.DataFrame, kwb2021: pd.DataFrame | None) -> list[str]:
    """G4/G40/overig for every area (by its gemeente) and an urbanity class for gemeenten.

    Gemeente urbanity is CBS's own (KWB 2021, `ste_mvs`) where the code still exists; for
    gemeenten merged since 2021 it is the household-weighted median of their buurten's
    urbanity (flagged `urbanity_derived`).
    """
    gm = areas[areas.level == "gemeente"].set_index("code")["name"]
    areas["city_group"] = areas["gemeente_code"].map(lambda c: groups.group_of(gm.get(c, "")))
    areas["urbanity_derived"] = False
    is_gm = areas.level == "gemeente"
    official = {}
    if kwb2021 is not None:
        k = kwb2021[(kwb2021["kwb_year"] == "2021") & kwb2021["gwb_code"].str.startswith("GM", na=False)]
        official = dict(zip(k["gwb_code"], pd.to_numeric(k["ste_mvs"], errors="coerce")))
    bu = areas[(areas.level == "buurt") & areas["urbanity"].notna()]
    derived = {}
    for code, grp in bu.groupby("gemeente_code"):
        g = grp.sort_values("urbanity")
        w = g["households"].fillna(0).cumsum()
        if len(g) and w.iloc[-1] > 0:
            derived[code] = float(g["urbanity"].iloc[int((w >= w.iloc[-1] / 2).to_numpy().argmax())])
    for i in areas.index[is_gm]:
        code = areas.at[i, "code"]
        value = official.get(code)
        if value is not None and value == value:
            areas.at[i, "urbanity"] = value
        elif code in derived:
            areas.at[i, "urbanity"] = derived[code]
            areas.at[i, "urbanity_derived"] = True
    return groups.unmatched(set(gm))


def _validate_features(df: pd.DataFrame, level: str, total_scale: ClassScale) -> None:
    name = "lbm3_2024_gemeenten.geojson" if level == "gemeente" else "lbm3_2024_buurten_pv*.geojson"
    row_of = validate.geojson_feature
    validate.check_codes(df, "code", level, name, row_of)
    validate.check_unique(df, ["code", "year"], name, row_of)
    validate.check_ranges(df, name, row_of)
    validate.check_dimension_sum(df, name, row_of)
    df["klasse"] = df["afw"].map(total_scale.classify)
    validate.check_official_class(df, "klasse", "kscore", name, row_of)


def _areas(pc4, gm, bu, gm_shapes, bu_shapes, pc4_shapes, population, households, total_scale):
    """One row per area (PC4, buurt, gemeente) with its place in the hierarchy and its weights."""
    gm_info = gm.set_index("code")[["name", "province_code", "province_name"]]

    # Each buurt's postcode area: its representative point in the PC4 polygons.
    bu_points = {c: s.representative_point() for c, s in bu_shapes.items()}
    bu_pc4 = geo.locate_points(bu_points, pc4_shapes) if pc4_shapes else {}

    # Each PC4's gemeente: its representative point in the 2024 gemeente polygons.
    pc4_points = {c: s.representative_point() for c, s in pc4_shapes.items()}
    pc4_gm = geo.locate_points(pc4_points, gm_shapes)
    for code, point in pc4_points.items():
        if code not in pc4_gm:
            nearest = geo.nearest_polygon(point, gm_shapes)
            if nearest:
                pc4_gm[code] = nearest

    hh = households.set_index("code")
    pop = population.set_index("code")["inhabitants"]

    rows, outlines = [], []
    for df, shapes in ((gm, gm_shapes), (bu, bu_shapes)):
        for r in df.itertuples(index=False):
            shp = shapes[r.code]
            gm_code = r.code if r.level == "gemeente" else "GM" + r.code[2:6]
            info = gm_info.loc[gm_code] if gm_code in gm_info.index else None
            row = {
                "code": r.code, "level": r.level, "name": r.name,
                "gemeente_code": gm_code,
                "gemeente_name": info["name"] if info is not None else r.gemeente_name,
                "province_code": r.province_code, "province_name": r.province_name,
                "pc4": bu_pc4.get(r.code) if r.level == "buurt" else None,
                "inhabitants": _get(pop, r.code),
                "households": _get(hh["households"], r.code) if r.level == "buurt" else None,
                "urbanity": _get(hh["urbanity"], r.code) if r.level == "buurt" else None,
                "households_derived": False,
                **geo.point_and_box(shp),
            }
            rows.append(row)
            outlines.append({"code": r.code, "level": r.level,
                             "detail": geo.outline_json(shp, geo.DETAIL_TOLERANCE),
                             "national": geo.outline_json(shp, geo.NATIONAL_TOLERANCE_BY_LEVEL.get(
                                 r.level, geo.NATIONAL_TOLERANCE))})
    areas = pd.DataFrame(rows)

    # Gemeente households: the sum of its buurten (CBS 2024), so every weight has one basis.
    gm_hh = areas[areas.level == "buurt"].groupby("gemeente_code")["households"].sum(min_count=1)
    is_gm = areas.level == "gemeente"
    areas.loc[is_gm, "households"] = areas.loc[is_gm, "code"].map(gm_hh)
    areas.loc[is_gm, "households_derived"] = True

    # PC4 households: each buurt's households split over the postcode areas it overlaps, by
    # area of overlap (one definition: see geo.split_by_overlap). Postcode areas without a
    # polygon get none, so they weigh nothing rather than an invented average.
    bu_hh = areas[areas.level == "buurt"].set_index("code")["households"].fillna(0)
    bu_hh_by_pc4: dict[str, float] = {}
    parts = []  # (postcode area, buurt, households of the buurt in it): for full postcodes in search
    for bu_code, shares in geo.split_by_overlap(bu_shapes, pc4_shapes).items():
        for pc4_code, share in shares.items():
            part = float(bu_hh.get(bu_code, 0.0)) * share
            bu_hh_by_pc4[pc4_code] = bu_hh_by_pc4.get(pc4_code, 0.0) + part
            parts.append((f"PC4-{pc4_code}", bu_code, part, share))
    pc4_rows = []
    for code in sorted(set(pc4["pc4"])):
        gm_code = pc4_gm.get(code)
        info = gm_info.loc[gm_code] if gm_code in gm_info.index else None
        shp = pc4_shapes.get(code)
        row = {
            "code": f"PC4-{code}", "level": "pc4", "name": code,
            "gemeente_code": gm_code, "gemeente_name": info["name"] if info is not None else None,
            "province_code": info["province_code"] if info is not None else None,
            "province_name": info["province_name"] if info is not None else None,
            "pc4": code, "inhabitants": None, "households": bu_hh_by_pc4.get(code),
            "urbanity": None, "households_derived": True,
        }
        row.update(geo.point_and_box(shp) if shp is not None else
                   dict.fromkeys(["lon", "lat", "min_lon", "min_lat", "max_lon", "max_lat"]))
        pc4_rows.append(row)
        if shp is not None:
            outlines.append({"code": row["code"], "level": "pc4",
                             "detail": geo.outline_json(shp, 0.0),
                             "national": geo.outline_json(shp, geo.NATIONAL_TOLERANCE)})
    areas = pd.concat([areas, pd.DataFrame(pc4_rows)], ignore_index=True)
    areas["pc4"] = areas["pc4"].map(lambda c: f"PC4-{c}" if isinstance(c, str) else None)
    for col in ("inhabitants", "households", "urbanity"):
        areas[col] = pd.to_numeric(areas[col], errors="coerce")
    pc4_buurten = pd.DataFrame(parts, columns=["pc4", "buurt", "households", "buurt_share"])
    totals = pc4_buurten.groupby("pc4")["households"].transform("sum")
    pc4_buurten["share"] = (pc4_buurten["households"] / totals.where(totals > 0)).fillna(0.0)
    return areas, pd.DataFrame(outlines), pc4_buurten


def _get(series: pd.Series, key):
    try:
        value = series.get(key)
    except Exception:  # noqa: BLE001 - a missing or duplicated label simply has no weight
        return None
    return None if value is None or pd.isna(value) else value


def _scores(pc4, gm, bu, total_scale: ClassScale, wijk_series: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (area, year): scores, derived classes, official classes where published."""
    p = pc4.assign(code="PC4-" + pc4["pc4"], level="pc4", edition="2022", kscore=pd.NA)
    if wijk_series is not None and len(wijk_series):
        w = wijk_series.assign(code=wijk_series["wijk"], level="wijk", edition="2022", kscore=pd.NA)
        p = pd.concat([p, w], ignore_index=True)
    for d in DIMENSIONS:
        p[f"official_k{d}"] = pd.NA
    f = pd.concat([gm, bu], ignore_index=True).assign(edition="2024")
    f["lbm"] = pd.NA  # the 2024 layers publish the deviation, not the total
    cols = ["code", "level", "year", "edition", "lbm", "afw", *DIMENSIONS, "kscore",
            *(f"official_k{d}" for d in DIMENSIONS)]
    out = pd.concat([p[cols], f[cols]], ignore_index=True)
    out["klasse"] = out["afw"].map(total_scale.classify).astype("Int64")
    for d in DIMENSIONS:
        derived = out[d].map(DIMENSION_SCALE.classify).astype("Int64")
        official = pd.to_numeric(out[f"official_k{d}"], errors="coerce").astype("Int64")
        # Prefer the published class; our symmetric scale fills the years without one.
        out[f"k_{d}"] = official.fillna(derived)
    out = out.drop(columns=[f"official_k{d}" for d in DIMENSIONS])
    out["kscore"] = pd.to_numeric(out["kscore"], errors="coerce").astype("Int64")
    out["lbm"] = pd.to_numeric(out["lbm"], errors="coerce")
    out["year"] = out["year"].astype(int)
    return out


# --------------------------------------------------------------------------- writing

SCHEMA = """
CREATE TABLE build_info (key VARCHAR PRIMARY KEY, value VARCHAR);
"""


def _write(path: Path, tables: dict[str, pd.DataFrame], provenance: list[dict], started: float,
           extra_info: dict[str, str]) -> None:
    if path.exists():
        path.unlink()
    con = duckdb.connect(str(path))
    try:
        for name, df in tables.items():
            con.register("incoming", df)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM incoming")
            con.unregister("incoming")
        con.register("incoming", pd.DataFrame(provenance))
        con.execute("CREATE TABLE sources AS SELECT * FROM incoming")
        con.unregister("incoming")
        con.execute(SCHEMA)
        built_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        info = {
            "built_at": built_at,
            "build_seconds": f"{time.perf_counter() - started:.1f}",
            "schema_version": "1",
            "duckdb_version": duckdb.__version__,
            "shapely_version": shapely.__version__,
            **extra_info,
        }
        con.executemany("INSERT INTO build_info VALUES (?, ?)", list(info.items()))
        con.execute("CREATE INDEX scores_code ON scores(code)")
        con.execute("CREATE INDEX areas_code ON areas(code)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
