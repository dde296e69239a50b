"""Read each open-data file into a plain DataFrame with our column names.

Readers only parse; rules live in `validate.py`, geometry work in `geo.py`.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from etl.validate import ValidationError, require_columns
from core.scale import DIMENSIONS

OFFICIAL_DIM_CLASS = {"fys": "kfys", "won": "kwon", "vrz": "kvrz", "soc": "ksoc", "onv": "konv"}


def read_pc4_series(path: Path) -> pd.DataFrame:
    """Leefbaarometer PC4 series: one row per (PC4, year); `NA` marks missing dimensions."""
    df = pd.read_csv(path, dtype={"PC4": str}, na_values=["NA", ""], keep_default_na=False)
    require_columns(df, ["PC4", "jaar", "lbm", "afw", *DIMENSIONS], path.name)
    df = df.rename(columns={"PC4": "pc4", "jaar": "year"})
    for col in ["lbm", "afw", *DIMENSIONS]:
        df[col] = _numeric(df, col, path.name)
    df["year"] = _numeric(df, "year", path.name).astype("Int64")
    df["pc4"] = df["pc4"].astype(str).str.strip()
    return df


def read_wijk_series(path: Path) -> pd.DataFrame:
    """Leefbaarometer wijk series: one row per (wijk, year), 2022 wijk codes and names."""
    df = pd.read_csv(path, dtype={"wk_code": str, "wk_naam": str}, na_values=["NA", ""], keep_default_na=False)
    require_columns(df, ["wk_code", "wk_naam", "jaar", "lbm", "afw", *DIMENSIONS], path.name)
    df = df.rename(columns={"wk_code": "wijk", "wk_naam": "name", "jaar": "year"})
    for col in ["lbm", "afw", *DIMENSIONS]:
        df[col] = _numeric(df, col, path.name)
    df["year"] = _numeric(df, "year", path.name).astype("Int64")
    df["wijk"] = df["wijk"].astype(str).str.strip()
    df["name"] = df["name"].fillna("").astype(str).str.strip()
    return df


def read_score_features(paths: list[Path], level: str) -> pd.DataFrame:
    """Leefbaarometer 2024 features (gemeente or buurt): official scores plus GeoJSON geometry."""
    rows = []
    for path in paths:
        data = _load_json(path)
        features = data.get("features") if isinstance(data, dict) else None
        if not isinstance(features, list):
            raise ValidationError(path.name, None, "not a GeoJSON FeatureCollection")
        for i, feature in enumerate(features):
            props = feature.get("properties") or {}
            raw = props.get("raw")
            if not isinstance(raw, dict):
                raise ValidationError(path.name, f"feature {i}", "required field missing", "raw")
            row = {
                "code": props.get("code"),
                "name": props.get("naam"),
                "gemeente_name": props.get("gemeente"),
                "province_name": props.get("provincie"),
                "province_code": str(props.get("provincie_code") or "") or None,
                "year": _int_or_none(raw.get("year")),
                "afw": raw.get("afw"),
                "kscore": raw.get("kscore"),
                "geometry": feature.get("geometry"),
                "_file": path.name,
                "_feature": i,
            }
            for dim in DIMENSIONS:
                row[dim] = raw.get(dim)
                row[f"official_k{dim}"] = raw.get(OFFICIAL_DIM_CLASS[dim])
            rows.append(row)
    df = pd.DataFrame(rows)
    if df.empty:
        raise ValidationError(", ".join(p.name for p in paths), None, "no features")
    for col in ["code", "name", "year", "afw", "kscore", "geometry"]:
        missing = df[col].isna()
        if missing.any():
            i = int(np.flatnonzero(missing.to_numpy())[0])
            raise ValidationError(
                df["_file"].iloc[i], f"feature {df['_feature'].iloc[i]}", "required field missing", col
            )
    for col in ["afw", "kscore", *DIMENSIONS, *(f"official_k{d}" for d in DIMENSIONS)]:
        df[col] = pd.to_numeric(df[col], errors="coerce")
    df["level"] = level
    return df


def read_class_boundaries(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path)
    require_columns(df, ["scale", "lower_class", "upper_class", "boundary"], path.name)
    if {"max_of_lower", "min_of_upper"} <= set(df.columns):
        # The `boundary` column is rounded to 4 decimals, which misclassifies official scores
        # that lie within 5e-5 of it (BU19001903: 0.089511 is class 7, not 8); the exact
        # midpoint of the two observed extremes does not.
        exact = (df["max_of_lower"] + df["min_of_upper"]) / 2
        df["boundary"] = exact.where(exact.notna(), df["boundary"])
    totals = df[df["scale"] == "total"].sort_values("lower_class")
    if list(totals["lower_class"]) != list(range(1, 9)):
        raise ValidationError(path.name, None, "total scale needs the eight boundaries 1|2 … 8|9")
    if not totals["boundary"].is_monotonic_increasing:
        raise ValidationError(path.name, None, "total boundaries must increase with the class")
    return df


def read_polygons_named(path: Path, code_field: str, name_field: str) -> list[tuple[str, str, dict]]:
    """(code, name, geometry) triples from a boundary file."""
    data = _load_json(path)
    out = []
    for i, feature in enumerate(data.get("features", [])):
        props = feature.get("properties") or {}
        code, geom = props.get(code_field), feature.get("geometry")
        if code is None or geom is None:
            raise ValidationError(path.name, f"feature {i}", "required field missing", code_field)
        out.append((str(code), str(props.get(name_field) or code), geom))
    return out


def read_polygons(path: Path, code_field: str) -> list[tuple[str, dict]]:
    """(code, geometry) pairs from a boundary file."""
    data = _load_json(path)
    out = []
    for i, feature in enumerate(data.get("features", [])):
        code = (feature.get("properties") or {}).get(code_field)
        geom = feature.get("geometry")
        if code is None or geom is None:
            raise ValidationError(path.name, f"feature {i}", "required field missing", code_field)
        out.append((str(code), geom))
    return out


def read_kwb2024_population(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, dtype={"code": str})
    require_columns(df, ["code", "naam", "soort_regio", "aantal_inwoners"], path.name)
    df["aantal_inwoners"] = pd.to_numeric(df["aantal_inwoners"], errors="coerce")
    return df


def read_kwb2024_households(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, dtype={"WijkenEnBuurten": str})
    require_columns(
        df, ["WijkenEnBuurten", "AantalInwoners_5", "HuishoudensTotaal_29", "MateVanStedelijkheid_122"],
        path.name,
    )
    return df.rename(columns={
        "WijkenEnBuurten": "code", "AantalInwoners_5": "inhabitants",
        "HuishoudensTotaal_29": "households", "MateVanStedelijkheid_122": "urbanity",
    })


def read_xlsx_plain(path: Path, required: list[str]) -> pd.DataFrame:
    """The first sheet of a StatLine export saved as .xlsx (every cell text, padded): stripped text."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook is one clear validation error
        raise ValidationError(path.name, None, "not a readable .xlsx file", str(exc)[:80]) from exc
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(c).strip() if c is not None else "" for c in next(rows)]
        data = [["" if c is None else str(c).strip() for c in row] for row in rows]
    finally:
        book.close()
    df = pd.DataFrame(data, columns=header)
    require_columns(df, required, path.name)
    return df


def read_csv_plain(path: Path, required: list[str], sep: str = ",") -> pd.DataFrame:
    """A CBS export: strips the BOM and padding StatLine leaves in names and values."""
    df = pd.read_csv(path, sep=sep, encoding="utf-8-sig", dtype=str)
    df.columns = [c.strip() for c in df.columns]
    require_columns(df, required, path.name)
    return df.apply(lambda s: s.str.strip())


def _numeric(df: pd.DataFrame, column: str, file: str) -> pd.Series:
    values = pd.to_numeric(df[column], errors="coerce")
    bad = values.isna() & df[column].notna()
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ValidationError(file, i + 2, f"{column} is not a number", repr(df[column].iloc[i]))
    return values


def _load_json(path: Path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise ValidationError(path.name, None, "not valid JSON", str(exc)) from exc


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_woonplaatsen(path: Path) -> pd.DataFrame:
    """CBS woonplaatsen with their gemeente and COROP region: place, gemeente_code (GMdddd),
    corop_code (CRdd), corop_name. Codes come without their prefix and are padded here."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    require_columns(df, ["Woonplaats", "Gemeentecode", "COROP-gebiedcode", "COROP-gebied"], path.name)
    return pd.DataFrame({
        "place": df["Woonplaats"].str.strip(),
        "gemeente_code": "GM" + df["Gemeentecode"].str.strip().str.zfill(4),
        "corop_code": "CR" + df["COROP-gebiedcode"].str.strip().str.zfill(2),
        "corop_name": df["COROP-gebied"].str.strip(),
    })


def read_aliases(path: Path) -> pd.DataFrame:
    """The app's own list of names people use for gemeenten (data/gemeente_aliases.csv)."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    require_columns(df, ["alias", "gemeente_code", "kind", "source", "source_en"], path.name)
    return df[["alias", "gemeente_code", "kind", "source", "source_en"]].apply(lambda c: c.str.strip())
