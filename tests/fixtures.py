"""A tiny open-data folder in the real formats, written by the tests themselves.

Two gemeenten, three wijken, three buurten, three postcode areas: small enough to reason about by hand,
shaped like the real files so the real build code runs on it.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

DIMS = ("fys", "onv", "soc", "vrz", "won")

# Total-scale boundaries 1|2 … 8|9 (the real values' shape; any increasing list works).
TOTAL_BOUNDS = [-0.4283, -0.3538, -0.2815, -0.1640, -0.1030, 0.0101, 0.0895, 0.1680]


def square(x0: float, y0: float, size: float) -> dict:
    return {"type": "Polygon", "coordinates": [[
        [x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]]}


def _dims(afw: float) -> dict:
    """Five dimension scores that sum exactly to afw (most of it in vrz)."""
    parts = {"fys": 0.01, "onv": -0.02, "soc": 0.005, "won": 0.0}
    parts["vrz"] = afw - sum(parts.values())
    return parts


def klasse(afw: float) -> int:
    return sum(afw >= b for b in TOTAL_BOUNDS) + 1


GEMEENTEN = [
    # code, name, province, province code, polygon, afw
    ("GM0363", "Amsterdam", "Noord-Holland", "27", square(4.80, 52.30, 0.20), 0.0624),
    ("GM0599", "Rotterdam", "Zuid-Holland", "28", square(4.40, 51.85, 0.20), -0.0800),
]
BUURTEN = [
    # code, name, gemeente, province code, polygon, afw
    ("BU03630001", "Centrum-Oost", "Amsterdam", "27", square(4.81, 52.31, 0.02), 0.12),
    ("BU03630002", "Centrum", "Amsterdam", "27", square(4.85, 52.31, 0.02), -0.20),
    ("BU05990001", "Centrum", "Rotterdam", "28", square(4.41, 51.86, 0.02), -0.30),
]
PC4 = {
    # code: polygon, {year: afw}
    "1011": (square(4.805, 52.305, 0.03), {2002: 0.11, 2014: 0.23, 2022: 0.25}),
    "1012": (square(4.845, 52.305, 0.03), {2002: -0.30, 2014: -0.20, 2022: -0.05}),
    "3072": (square(4.405, 51.855, 0.03), {2002: -0.31, 2014: -0.14, 2022: -0.02}),
}
HOUSEHOLDS = {"BU03630001": 1200, "BU03630002": 800, "BU05990001": 500}
WIJKEN = {
    # code: name, CBS 2022 households, {year: afw}. WK036300 and WK059900 hold the 2024 buurten;
    # WK036399 exists only in the 2022 division (no 2024 buurt carries its code).
    "WK036300": ("Centrum", 1500, {2002: 0.05, 2014: 0.10, 2022: 0.12}),
    "WK036399": ("Oud-Noord", 500, {2002: -0.10, 2014: -0.05, 2022: -0.02}),
    "WK059900": ("Centrum", 480, {2002: -0.20, 2014: -0.15, 2022: -0.10}),
}
REFERENCE = 4.102265  # lbm - afw in the 2022 edition
# The 2024 wijken (CBS kerncijfers 2024): the same names and sizes as in 2022, so a code is the
# same area (etl.wijken.same_area); `add_reused_wijk_code` adds one that is not.
WIJKEN_2024 = {"WK036300": ("Centrum", 3000), "WK059900": ("Centrum", 960)}


def feature(code, name, gemeente, province, province_code, polygon, afw, **raw_overrides) -> dict:
    raw = {"kscore": klasse(afw), "afw": afw, "year": "2024", **_dims(afw)}
    for dim in DIMS:
        raw[f"k{dim}"] = 5
    raw.update(raw_overrides)
    return {"type": "Feature", "geometry": polygon, "properties": {
        "code": code, "naam": name, "gemeente": gemeente, "provincie": province,
        "provincie_code": province_code, "raw": raw}}


def write_sources(root: Path) -> Path:
    """Write the fixture folder; returns its path. Tests then break one file at a time."""
    lbm = root / "leefbaarometer"
    bnd = root / "boundaries"
    cbs = root / "cbs"
    for d in (lbm, bnd, cbs):
        d.mkdir(parents=True, exist_ok=True)

    with open(lbm / "lbm3_pc4_2002_2022.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["PC4", "jaar", "lbm", "afw", *DIMS])
        for code, (_, series) in PC4.items():
            for year, afw in series.items():
                dims = _dims(afw) if year >= 2014 else dict.fromkeys(DIMS, "NA")
                w.writerow([code, year, 4.10226 + afw, afw, *(dims[d] for d in DIMS)])

    with open(lbm / "lbm3_wijken_2002_2022.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["wk_code", "wk_naam", "jaar", "lbm", "afw", *DIMS])
        for code, (name, _, series) in WIJKEN.items():
            for year, afw in series.items():
                dims = _dims(afw) if year >= 2014 else dict.fromkeys(DIMS, "NA")
                w.writerow([code, name, year, REFERENCE + afw, afw, *(dims[d] for d in DIMS)])

    gm_features = [feature(c, n, n, p, pc, poly, afw) for c, n, p, pc, poly, afw in GEMEENTEN]
    write_json(lbm / "lbm3_2024_gemeenten.geojson", {"type": "FeatureCollection", "features": gm_features})
    by_province: dict[str, list] = {}
    province_name = {"27": "Noord-Holland", "28": "Zuid-Holland"}
    for c, n, g, pc, poly, afw in BUURTEN:
        by_province.setdefault(pc, []).append(feature(c, n, g, province_name[pc], pc, poly, afw))
    for pc, feats in by_province.items():
        write_json(lbm / f"lbm3_2024_buurten_pv{pc}.geojson", {"type": "FeatureCollection", "features": feats})

    with open(lbm / "class_boundaries_derived_2024.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["scale", "lower_class", "upper_class", "max_of_lower", "min_of_upper", "boundary"])
        for i, b in enumerate(TOTAL_BOUNDS, start=1):
            w.writerow(["total", i, i + 1, b - 1e-4, b + 1e-4, b])

    write_json(bnd / "pc4_2018.geojson", {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": poly, "properties": {"PC4CODE": int(code)}}
        for code, (poly, _) in PC4.items()]})

    with open(cbs / "kwb2024_buurt_households_85984NED_subset.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["kwb_year", "WijkenEnBuurten", "AantalInwoners_5", "HuishoudensTotaal_29",
                    "MateVanStedelijkheid_122"])
        for code, hh in HOUSEHOLDS.items():
            w.writerow([2024, code, hh * 2, hh, 1])
    # CBS kerncijfers 2021/2022 (wijk households of 2022, education of 2021), in its own columns.
    with open(cbs / "kwb_2021_2022_gemeente_wijk.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["kwb_year", "gwb_code", "regio", "gm_naam", "recs", "a_inw", "a_hh", "a_opl_lg", "a_opl_md",
                    "a_opl_hg", "g_ink_pi", "p_hh_lkk", "ste_mvs"])
        for year in ("2021", "2022"):
            for code, name, *_ in GEMEENTEN:
                w.writerow([year, code, name, name, "Gemeente", 4000, 2000, 300, 400, 300, 30.0, 8.0, 1])
            for code, (name, hh, _) in WIJKEN.items():
                gm_name = "Amsterdam" if code.startswith("WK0363") else "Rotterdam"
                w.writerow([year, code, name, gm_name, "Wijk", 2 * hh, hh, hh // 5, hh // 3, hh // 4, 28.0, 9.0, 1])
    with open(cbs / "kwb2024_population_all_levels_85984NED.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "naam", "soort_regio", "aantal_inwoners"])
        for code, hh in HOUSEHOLDS.items():
            w.writerow([code, code, "Buurt", hh * 2])
        for code, (name, inhabitants) in WIJKEN_2024.items():
            w.writerow([code, name, "Wijk", inhabitants])
        w.writerow(["GM0363", "Amsterdam", "Gemeente", 4000])
        w.writerow(["GM0599", "Rotterdam", "Gemeente", 1000])
    return root


def add_reused_wijk_code(root: Path) -> Path:
    """Schiedam's case in small (issue 33): Rotterdam's wijk code WK059901 was "Nieuw
    Mathenesse", an industrial area of 5 households, in the 2022 series; in 2024 the same code
    is "Kethel", 2,765 inhabitants, with its buurt BU05990101 "Kethel-dorp"."""
    lbm, cbs = root / "leefbaarometer", root / "cbs"
    with open(lbm / "lbm3_wijken_2002_2022.csv", "a", newline="") as fh:
        w = csv.writer(fh)
        for year, afw in {2002: -0.40, 2014: -0.35, 2022: -0.30}.items():
            dims = _dims(afw) if year >= 2014 else dict.fromkeys(DIMS, "NA")
            w.writerow(["WK059901", "Wijk 01 Nieuw Mathenesse", year, REFERENCE + afw, afw, *(dims[d] for d in DIMS)])
    with open(cbs / "kwb_2021_2022_gemeente_wijk.csv", "a", newline="") as fh:
        w = csv.writer(fh)
        for year in ("2021", "2022"):
            w.writerow([year, "WK059901", "Wijk 01 Nieuw Mathenesse", "Rotterdam", "Wijk", 10, 5, 1, 1, 1, 28.0, 9.0, 1])
    with open(cbs / "kwb2024_population_all_levels_85984NED.csv", "a", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["BU05990101", "Kethel-dorp", "Buurt", 2765])
        w.writerow(["WK059901", "Wijk 01 Kethel", "Wijk", 2765])
    with open(cbs / "kwb2024_buurt_households_85984NED_subset.csv", "a", newline="") as fh:
        csv.writer(fh).writerow([2024, "BU05990101", 2765, 1200, 2])
    path = lbm / "lbm3_2024_buurten_pv28.geojson"
    data = read_json(path)
    data["features"].append(feature("BU05990101", "Kethel-dorp", "Rotterdam", "Zuid-Holland", "28",
                                    square(4.45, 51.86, 0.02), 0.05))
    write_json(path, data)
    return root


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))
