"""Independent recomputations of key figures, straight from the raw open-data files.

Nothing here imports the app's `core` package: a bug in the build cannot hide in the check.
Run as `python -m tests.independent` from the project root for a self-check and a printout.
"""
from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import shape

from tests.conftest import real_source_dir

TOL = 1e-12


def _path(rel: str):
    """A file in the open-data source folder."""
    return real_source_dir() / rel


@lru_cache(maxsize=None)
def _buurten() -> pd.DataFrame:
    """All 2024 Leefbaarometer buurten: code, gemeente code ('GM' + code[2:6]), kscore, afw, geometry."""
    rows = []
    for f in sorted((real_source_dir() / "leefbaarometer").glob("lbm3_2024_buurten_pv*.geojson")):
        for ft in json.loads(f.read_text(encoding="utf-8"))["features"]:
            p = ft["properties"]
            rows.append((p["code"], "GM" + p["code"][2:6], p["raw"]["kscore"], p["raw"]["afw"],
                         shapely.make_valid(shape(ft["geometry"]))))
    return pd.DataFrame(rows, columns=["code", "gm", "kscore", "afw", "geom"])


@lru_cache(maxsize=None)
def _gemeenten() -> pd.DataFrame:
    """The 342 gemeenten of 2024: code, naam, geometry (made valid)."""
    feats = json.loads(_path("leefbaarometer/lbm3_2024_gemeenten.geojson").read_text(encoding="utf-8"))
    return pd.DataFrame([(ft["properties"]["code"], ft["properties"]["naam"],
                          shapely.make_valid(shape(ft["geometry"]))) for ft in feats["features"]],
                        columns=["code", "naam", "geom"])


@lru_cache(maxsize=None)
def _pc4_polygons() -> pd.DataFrame:
    """The PC4 polygons of 2018: PC4 as a 4-character string, geometry (made valid)."""
    feats = json.loads(_path("boundaries/pc4_2018.geojson").read_text(encoding="utf-8"))
    return pd.DataFrame([(str(ft["properties"]["PC4CODE"]).zfill(4),
                          shapely.make_valid(shape(ft["geometry"]))) for ft in feats["features"]],
                        columns=["pc4", "geom"])


@lru_cache(maxsize=None)
def buurt_households() -> dict[str, float]:
    """Code -> CBS 2024 `HuishoudensTotaal_29`, for the 12,147 Leefbaarometer 2024 buurten (missing = 0)."""
    kwb = pd.read_csv(_path("cbs/kwb2024_buurt_households_85984NED_subset.csv"))
    hh = dict(zip(kwb["WijkenEnBuurten"], kwb["HuishoudensTotaal_29"]))
    return {c: float(0.0 if pd.isna(hh.get(c)) else hh[c]) for c in _buurten()["code"]}


@lru_cache(maxsize=None)
def pc4_households() -> dict[str, float]:
    """PC4 -> households: each buurt's households split over PC4 polygons by overlap area (planar,
    degrees), normalised over the buurt's total overlap; a buurt overlapping none goes to the nearest."""
    bu, pc = _buurten(), _pc4_polygons()
    bgeom, pgeom = bu["geom"].to_numpy(), pc["geom"].to_numpy()
    hh = np.array([buurt_households()[c] for c in bu["code"]])
    tree = shapely.STRtree(pgeom)
    bi, pj = tree.query(bgeom, predicate="intersects")
    area = shapely.area(shapely.intersection(bgeom[bi], pgeom[pj]))
    total = np.bincount(bi, weights=area, minlength=len(bu))
    out = np.zeros(len(pc))
    keep = total[bi] > 0
    np.add.at(out, pj[keep], hh[bi[keep]] * area[keep] / total[bi[keep]])
    for i in np.flatnonzero(total <= 0):  # no overlap: the nearest polygon (first one on a tie)
        out[tree.query_nearest(bgeom[i])[0]] += hh[i]
    return dict(zip(pc["pc4"], out))


@lru_cache(maxsize=None)
def pc4_scores() -> pd.DataFrame:
    """The PC4 series 2002-2022: PC4 (4-char string), jaar, afw, fys, onv, soc, vrz, won (NA -> NaN)."""
    df = pd.read_csv(_path("leefbaarometer/lbm3_pc4_2002_2022.csv"), dtype={"PC4": str}, na_values=["NA"])
    df["PC4"] = df["PC4"].str.zfill(4)
    return df[["PC4", "jaar", "afw", "fys", "onv", "soc", "vrz", "won"]]


def _mean_per_year(df: pd.DataFrame, code_col: str, weights: dict[str, float], codes=None) -> pd.Series:
    """Household-weighted mean afw per year of a series (optionally over a subset of its codes);
    rows with weight 0 or no afw are left out."""
    if codes is not None:
        df = df[df[code_col].isin(set(codes))]
    w = df[code_col].map(weights).fillna(0.0)
    ok = (w > 0) & df["afw"].notna()
    d = pd.DataFrame({"jaar": df["jaar"][ok], "wx": (w * df["afw"])[ok], "w": w[ok]})
    g = d.groupby("jaar")[["wx", "w"]].sum()
    return (g["wx"] / g["w"]).rename("afw")


def _weighted_trend(pc4s=None) -> pd.Series:
    """Household-weighted mean PC4 afw per year (optionally over a subset of PC4)."""
    return _mean_per_year(pc4_scores(), "PC4", pc4_households(), pc4s)


@lru_cache(maxsize=None)
def national_trend() -> pd.Series:
    """Year -> household-weighted mean PC4 afw (weights pc4_households; weight 0 or missing afw left out)."""
    return _weighted_trend()


@lru_cache(maxsize=None)
def pc4_gemeente() -> dict[str, str]:
    """PC4 -> 2024 gemeente code: the gemeente polygon holding the PC4's representative point,
    else the nearest one within 0.02 degrees, else no entry."""
    pc, gm = _pc4_polygons(), _gemeenten()
    tree = shapely.STRtree(gm["geom"].to_numpy())
    out = {}
    for code, geom in zip(pc["pc4"], pc["geom"]):
        pt = geom.representative_point()
        hits = tree.query(pt, predicate="within")
        if len(hits) == 0:
            hits = tree.query_nearest(pt, max_distance=0.02)
        if len(hits):
            out[code] = gm["code"].iat[int(min(hits))]
    return out


def gemeente_trend(gm_code: str) -> pd.Series:
    """Year -> household-weighted mean PC4 afw over the PC4 areas of one gemeente (pc4_gemeente)."""
    return _weighted_trend([p for p, g in pc4_gemeente().items() if g == gm_code])


@lru_cache(maxsize=None)
def _boundaries() -> np.ndarray:
    """The 8 class boundaries of the total score: exact midpoints of max_of_lower and min_of_upper."""
    cb = pd.read_csv(_path("leefbaarometer/class_boundaries_derived_2024.csv"))
    cb = cb[cb["scale"] == "total"].sort_values("lower_class")
    return np.sort(((cb["max_of_lower"] + cb["min_of_upper"]) / 2).to_numpy())


def classify(afw: float) -> int:
    """Class 1..9 of a total afw score: 1 + the number of boundaries <= afw."""
    if pd.isna(afw):
        raise ValueError("classify: afw is missing")
    return 1 + int(np.searchsorted(_boundaries(), afw, side="right"))


def households_in_weak_buurten_2024() -> float:
    """Households (buurt_households) in 2024 buurten whose official kscore <= 4 (zwak or lower)."""
    bu, hh = _buurten(), buurt_households()
    return float(sum(hh[c] for c in bu["code"][bu["kscore"] <= 4]))


def _afw_wide() -> pd.DataFrame:
    """PC4 x year table of afw."""
    return pc4_scores().pivot(index="PC4", columns="jaar", values="afw")


def risers_fallers_households(year_from, year_to, min_change=0.04, start_max_class=4, relative=True) -> dict:
    """PC4 measured in both years, starting in class <= start_max_class; change = afw_to - afw_from
    (minus the national change when relative); riser if >= min_change, faller if <= -min_change."""
    wide = _afw_wide()
    a, b = wide[year_from], wide[year_to]
    ok = a.notna() & b.notna()
    ok &= a.where(ok, 0.0).map(classify) <= start_max_class
    change = (b - a)[ok]
    if relative:
        nt = national_trend()
        change = change - (nt[year_to] - nt[year_from])
    hh = pc4_households()
    risers = change.index[change >= min_change - TOL]
    fallers = change.index[change <= -min_change + TOL]
    return {"risers": len(risers), "fallers": len(fallers),
            "risers_households": float(sum(hh.get(p, 0.0) for p in risers)),
            "fallers_households": float(sum(hh.get(p, 0.0) for p in fallers))}


def under_pressure(max_class=4, n=4, m=4) -> dict:
    """PC4 areas in class <= max_class in at least n of the last m measurement years (only measured
    years count): number of areas, their households and the number of distinct gemeenten."""
    wide = _afw_wide()
    last = sorted(wide.columns)[-m:]
    low = wide[last].apply(lambda col: col.map(lambda v: pd.notna(v) and classify(v) <= max_class))
    areas = low.index[low.sum(axis=1) >= n]
    hh, gm = pc4_households(), pc4_gemeente()
    return {"areas": len(areas), "households": float(sum(hh.get(p, 0.0) for p in areas)),
            "gemeenten": len({gm[p] for p in areas if p in gm})}


def weak_household_share_by_gemeente() -> dict[str, float]:
    """Gemeente -> share (0..1) of its households living in 2024 buurten with kscore <= 4."""
    bu = _buurten().copy()
    bu["hh"] = bu["code"].map(buurt_households())
    bu["weak"] = bu["hh"].where(bu["kscore"] <= 4, 0.0)
    g = bu.groupby("gm")[["weak", "hh"]].sum()
    share = (g["weak"] / g["hh"].where(g["hh"] > 0)).to_dict()
    return {code: float(share.get(code, np.nan)) for code in _gemeenten()["code"]}


def weighted_iqr(values, weights) -> float:
    """Weighted q75 - q25: sorted values at (cumsum(w) - w/2) / sum(w), linear interpolation between
    those positions; pairs with NaN or weight <= 0 dropped."""
    v, w = np.asarray(values, dtype=float), np.asarray(weights, dtype=float)
    ok = ~np.isnan(v) & ~np.isnan(w) & (w > 0)
    v, w = v[ok], w[ok]
    if len(v) == 0:
        return float("nan")
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    pos = (np.cumsum(w) - 0.5 * w) / w.sum()
    q25, q75 = np.interp([0.25, 0.75], pos, v)
    return float(q75 - q25)


if __name__ == "__main__":
    import time

    t0 = time.time()
    pd.set_option("display.width", 120)
    weak = households_in_weak_buurten_2024()
    ph, bh = pc4_households(), buurt_households()
    print(f"pc4_households total {sum(ph.values()):,.1f} vs buurt_households total {sum(bh.values()):,.1f}")
    print("PC4 areas with weight > 0:", sum(v > 0 for v in ph.values()))
    print("national_trend:\n" + national_trend().to_string())
    print("gemeente_trend('GM0363'):\n" + gemeente_trend("GM0363").to_string())
    print(f"households_in_weak_buurten_2024: {weak:,.0f}")
    print("risers_fallers_households(2020, 2022):", risers_fallers_households(2020, 2022))
    print("under_pressure():", under_pressure())
    bu, names = _buurten(), dict(zip(_gemeenten()["code"], _gemeenten()["naam"]))
    bu_hh = bu["code"].map(bh)
    iqr = {gm: weighted_iqr(bu["afw"][idx], bu_hh[idx])
           for gm, idx in bu.groupby("gm").groups.items() if len(idx) >= 10}
    print("largest household-weighted IQR of 2024 buurt afw (gemeenten with >= 10 buurten):")
    for gm, val in sorted(iqr.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  {gm} {names.get(gm, '?')}: {val:.4f}")
    print(f"(ran in {time.time() - t0:.1f} s)")


# ------------------------------------------------------------------ RIVM health estimates

def _rivm_value(text) -> float | None:
    text = "" if text is None else str(text).strip()
    return None if text in ("", ".") else float(text)


@lru_cache(maxsize=None)
def rivm_2020(column: str) -> dict[str, float]:
    """code (stripped) -> value of one column of the 2020 RIVM workbook, adults, central estimate."""
    import openpyxl
    book = openpyxl.load_workbook(_path("health/rivm_gezondheid_wijk_buurt_2020_18plus_50090NED.xlsx"), read_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = [str(h).strip() for h in next(rows)]
    i_code, i_age, i_marg, i_val = (header.index(c) for c in ("WijkenEnBuurten", "Leeftijd", "Marges", column))
    out = {}
    for row in rows:
        if str(row[i_age]).strip() == "20300" and str(row[i_marg]).strip() == "MW00000":
            value = _rivm_value(row[i_val])
            if value is not None:
                out[str(row[i_code]).strip()] = value
    book.close()
    return out


@lru_cache(maxsize=None)
def rivm_2022() -> dict[str, float]:
    """code -> perceived health good/very good 2022 (adults, central estimate)."""
    df = pd.read_csv(_path("health/rivm_ervaren_gezondheid_wijk_buurt_2022_18plus.csv"), sep=";", dtype=str,
                     encoding="utf-8-sig")
    df = df[(df["Leeftijd"].str.strip() == "20300") & (df["Marges"].str.strip() == "MW00000")]
    values = df["ErvarenGezondheidGoedZeerGoed_4"].map(_rivm_value)
    return {c.strip(): v for c, v in zip(df["WijkenEnBuurten"], values) if v is not None}


def _valued_buurten(values: dict[str, float]) -> pd.DataFrame:
    """2024 buurten with a value (matched by code): official class k, value v, households w (> 0)."""
    bu = _buurten()
    frame = pd.DataFrame({"code": bu["code"], "k": bu["kscore"]})
    frame["v"] = frame["code"].map(values)
    frame["w"] = frame["code"].map(buurt_households()).fillna(0.0)
    return frame[frame["v"].notna() & (frame["w"] > 0)]


def class_means_2024(values: dict[str, float]) -> dict[int, float]:
    """Household-weighted mean per official 2024 class (kscore) over buurten matched by code."""
    frame = _valued_buurten(values)
    return {int(k): float(np.average(g["v"], weights=g["w"])) for k, g in frame.groupby("k")}


def weak_to_best(values: dict[str, float]) -> tuple[float, float]:
    """Household-weighted mean over buurten of class <= 3 and over class 9."""
    frame = _valued_buurten(values)
    weak, best = frame[frame["k"] <= 3], frame[frame["k"] == 9]
    return float(np.average(weak["v"], weights=weak["w"])), float(np.average(best["v"], weights=best["w"]))


# ------------------------------------------------------------------ heat and school advice

@lru_cache(maxsize=None)
def _heat_polygons() -> list[tuple[object, dict]]:
    feats = json.loads(_path("heat/summerinthecity_uhi_buurt_2012.geojson").read_text(encoding="utf-8"))["features"]
    return [(shapely.make_valid(shape(f["geometry"])), f["properties"]) for f in feats
            if f.get("geometry") and f["properties"].get("bu_naam") is not None]


@lru_cache(maxsize=None)
def _heat_tree():
    return shapely.STRtree([g for g, _ in _heat_polygons()])


def heat_of_buurt(code: str, field: str = "uhi95p") -> float:
    """A 2024 buurt's heat value: the 2012 model buurten it overlaps, weighted by area of overlap (°C)."""
    bu = _buurten().set_index("code").loc[code, "geom"]
    total = weighted = 0.0
    polygons = _heat_polygons()
    for i in _heat_tree().query(bu):
        geom, props = polygons[i]
        if geom.intersects(bu):
            area = geom.intersection(bu).area
            if area > 0 and props.get(field) is not None:
                total += area
                weighted += area * float(props[field])
    return weighted / total / 100


ADVICE_ORDER = ("VSO", "PRO", "VMBO_B", "VMBO_B_K", "VMBO_K", "VMBO_K_GT", "VMBO_GT", "VMBO_GT_HAVO", "HAVO",
                "HAVO_VWO", "VWO", "ADVIES_NIET_MOGELIJK")


def national_vwo_share(years=("2019-2020", "2020-2021", "2021-2022")) -> float:
    """VWO advice over all advice of all schools in the given school years (%)."""
    counts = json.loads(_path("education/duo_schooladvies_counts_2019_2025.json").read_text(encoding="utf-8"))
    vwo = total = 0
    for per_year in counts.values():
        for year in years:
            row = per_year.get(year)
            if row:
                vwo += row[ADVICE_ORDER.index("VWO")]
                total += sum(row[:12])
    return 100 * vwo / total


# ------------------------------------------------------------------ the official wijk series

@lru_cache(maxsize=None)
def wijk_scores() -> pd.DataFrame:
    """The wijk series 2002-2022 as published: wk_code, wk_naam, jaar, lbm, afw, five dimensions (NA -> NaN)."""
    return pd.read_csv(_path("leefbaarometer/lbm3_wijken_2002_2022.csv"), na_values=["NA"])


@lru_cache(maxsize=None)
def wijk_households() -> dict[str, float]:
    """Wijk code -> CBS kerncijfers 2022 households (`a_hh` of the 2022 wijk rows)."""
    k = pd.read_csv(_path("cbs/kwb_2021_2022_gemeente_wijk.csv"), dtype=str)
    rows = k[(k["kwb_year"].str.strip() == "2022") & (k["recs"].str.strip() == "Wijk")]
    return dict(zip(rows["gwb_code"].str.strip(), pd.to_numeric(rows["a_hh"], errors="coerce").fillna(0.0)))


@lru_cache(maxsize=None)
def wijk_gemeente() -> dict[str, str]:
    """Wijk code -> 2024 gemeente: 'GM' + digits 3-6 when a 2024 buurt carries the wijk code or the
    gemeente code still exists in 2024; otherwise the 2024 gemeente holding the representative
    point of the 2022 gemeente polygon (a merger)."""
    gm24 = _gemeenten()
    codes24 = set(gm24["code"])
    wijken_2024 = {"WK" + c[2:8] for c in _buurten()["code"]}
    feats = json.loads(_path("boundaries/gemeenten_2022.geojson").read_text(encoding="utf-8"))["features"]
    tree = shapely.STRtree(gm24["geom"].to_numpy())
    moved = {}
    for ft in feats:
        code = ft["properties"]["statcode"]
        if code not in codes24:
            pt = shapely.make_valid(shape(ft["geometry"])).representative_point()
            hits = tree.query(pt, predicate="within")
            if len(hits):
                moved[code] = gm24["code"].iat[int(hits[0])]
    out = {}
    for wk in wijk_scores()["wk_code"].unique():
        gm = "GM" + wk[2:6]
        if wk in wijken_2024 or gm in codes24:
            out[wk] = gm
        elif gm in moved:
            out[wk] = moved[gm]
    return out


def _wijk_trend(wijken=None) -> pd.Series:
    """Household-weighted mean wijk afw per year (optionally over a subset of wijken)."""
    return _mean_per_year(wijk_scores(), "wk_code", wijk_households(), wijken)


@lru_cache(maxsize=None)
def official_national_trend() -> pd.Series:
    """Year -> household-weighted mean of all official wijk scores (weights: CBS 2022 households)."""
    return _wijk_trend()


def official_gemeente_trend(gm_code: str) -> pd.Series:
    """Year -> household-weighted mean of the official scores of the wijken in one 2024 gemeente."""
    return _wijk_trend([w for w, g in wijk_gemeente().items() if g == gm_code])


def wijk_under_pressure(max_class=4, n=4, m=4, gemeente: str | None = None) -> dict:
    """Wijken in class <= max_class in at least n of the last m measurement years (measured years
    only): number, households (CBS 2022) and distinct 2024 gemeenten; only one gemeente's if given."""
    wide = wijk_scores().pivot(index="wk_code", columns="jaar", values="afw")
    last = sorted(wide.columns)[-m:]
    low = wide[last].apply(lambda col: col.map(lambda v: pd.notna(v) and classify(v) <= max_class))
    areas = low.index[low.sum(axis=1) >= n]
    hh, gm = wijk_households(), wijk_gemeente()
    if gemeente:
        areas = [w for w in areas if gm.get(w) == gemeente]
    return {"areas": len(areas), "households": float(sum(hh.get(w, 0.0) for w in areas)),
            "gemeenten": len({gm[w] for w in areas if w in gm})}


def _bare_wijk_name(name: str) -> str:
    """Lower case, letters and digits only, without a leading 'wijk 05'."""
    import re
    text = "".join(c for c in __import__("unicodedata").normalize("NFKD", str(name)) if c.isascii()).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^wijk \d+ ?", "", text).strip()


@lru_cache(maxsize=None)
def wijk_codes_naming_another_area() -> dict[str, str]:
    """Wijk codes of the 2022 series whose 2024 namesake (a wijk holding 2024 buurten) is another
    area, with the reason, by the identity rule of issue 33 written out again: names agree when
    equal without the 'Wijk 05' prefix or when one's words are (nearly) all in the other's
    (rapidfuzz token-set ratio ≥ 80); sizes (inhabitants: kerncijfers 2022 against 2024) are
    comparable within a factor two or 250 people; a numbered placeholder ('Wijk 03') that got a
    name at a size within 25% or 100 people is the same area renamed."""
    from rapidfuzz import fuzz
    series = wijk_scores().sort_values("jaar").drop_duplicates("wk_code", keep="last").set_index("wk_code")["wk_naam"]
    k = pd.read_csv(_path("cbs/kwb_2021_2022_gemeente_wijk.csv"), dtype=str)
    k = k[(k["kwb_year"].str.strip() == "2022") & (k["recs"].str.strip() == "Wijk")]
    before = dict(zip(k["gwb_code"].str.strip(), pd.to_numeric(k["a_inw"], errors="coerce")))
    p = pd.read_csv(_path("cbs/kwb2024_population_all_levels_85984NED.csv"), dtype=str)
    p = p[p["soort_regio"].str.strip() == "Wijk"]
    now = dict(zip(p["code"].str.strip(), zip(p["naam"].str.strip(), pd.to_numeric(p["aantal_inwoners"], errors="coerce"))))
    held = {"WK" + c[2:8] for c in _buurten()["code"]}

    def close(a, b, factor, slack):
        return a != a or b != b or abs(a - b) <= slack or max(a, b) <= factor * min(a, b)

    out = {}
    for code, name in series.items():
        if code not in held or code not in now:
            continue
        name24, i24 = now[code]
        i22 = before.get(code, float("nan"))
        a, b = _bare_wijk_name(name), _bare_wijk_name(name24)
        agree = a == b or (a and b and fuzz.token_set_ratio(a, b) >= 80)
        if agree:
            if not close(i22, i24, 2.0, 250):
                out[code] = "other_size"
        elif not (a == "" and close(i22, i24, 1.25, 100)):
            out[code] = "other_name"
    return out


@lru_cache(maxsize=None)
def corop_of_gemeente() -> dict[str, str]:
    """Gemeente code -> COROP code, from CBS's woonplaatsen file ('GM' + 4 digits, 'CR' + 2 digits)."""
    places = pd.read_csv(_path("regions/cbs_woonplaatsen_gemeente_corop_2024.csv"), dtype=str)
    return {"GM" + g.zfill(4): "CR" + c.zfill(2) for g, c in zip(places["Gemeentecode"], places["COROP-gebiedcode"])}


def buurt_in_corop_2024(code: str) -> dict:
    """A 2024 buurt in its COROP region: the household-weighted mean afw of the region's buurten
    (households > 0, afw present), the buurt's deviation from it, and the share of the region's
    other buurten with a score that score lower."""
    b = _buurten().assign(corop=lambda d: d["gm"].map(corop_of_gemeente()),
                          w=lambda d: d["code"].map(buurt_households()))
    me = b[b["code"] == code].iloc[0]
    region = b[(b["corop"] == me["corop"]) & b["afw"].notna()]
    weighted = region[region["w"] > 0]
    mean = float((weighted["afw"] * weighted["w"]).sum() / weighted["w"].sum())
    others = region[region["code"] != code]
    return {"corop": me["corop"], "mean": mean, "deviation": float(me["afw"]) - mean,
            "share_below": float((others["afw"] < me["afw"]).mean()), "others": len(others)}
