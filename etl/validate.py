"""Rules a source must pass before it may reach the database.

Each failure names the file, the row and the rule, so whoever refreshes the data can fix
the input instead of debugging the app.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from core.scale import DIMENSIONS

CODE_PATTERNS = {
    "pc4": re.compile(r"^[1-9][0-9]{3}$"),
    "buurt": re.compile(r"^BU[0-9]{4}[0-9A-Z]{4}$"),
    "gemeente": re.compile(r"^GM[0-9]{4}$"),
    "wijk": re.compile(r"^WK[0-9]{4}[0-9A-Z]{2}$"),
}

# Observed ranges are about ±1.15 (afw) and ±0.5 (dimensions); anything far outside is
# a unit or parsing error (e.g. a decimal comma read as thousands).
SANE_RANGE = {"afw": (-2.0, 2.0), "lbm": (2.0, 6.5), **{d: (-1.5, 1.5) for d in DIMENSIONS}}
SUM_TOLERANCE = 1e-5
# lbm = reference + afw with one fixed national reference (4.102265 in the 2022 edition).
REFERENCE_TOLERANCE = 1e-5


class ValidationError(ValueError):
    """A source broke a rule; the message names file, row and rule."""

    def __init__(self, file: str, row: int | str | None, rule: str, detail: str = ""):
        self.file, self.row, self.rule = file, row, rule
        where = f"{file}, row {row}" if row is not None else file
        super().__init__(f"{where}: {rule}" + (f" ({detail})" if detail else ""))


def require_columns(df: pd.DataFrame, columns: list[str] | tuple[str, ...], file: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValidationError(file, None, "required columns missing", ", ".join(missing))


def check_codes(df: pd.DataFrame, column: str, level: str, file: str, row_of=None) -> None:
    """Every code well formed for its level."""
    pattern = CODE_PATTERNS[level]
    bad = ~df[column].astype(str).map(lambda s: bool(pattern.match(s)))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ValidationError(
            file, _row(df, i, row_of), f"malformed {level} code", repr(df[column].iloc[i])
        )


def check_unique(df: pd.DataFrame, keys: list[str], file: str, row_of=None) -> None:
    """No area scored twice in one year."""
    dup = df.duplicated(keys, keep="first")
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        values = ", ".join(f"{k}={df[k].iloc[i]}" for k in keys)
        raise ValidationError(file, _row(df, i, row_of), "duplicate (area, year)", values)


def check_ranges(df: pd.DataFrame, file: str, row_of=None) -> None:
    for column, (low, high) in SANE_RANGE.items():
        if column not in df.columns:
            continue
        values = pd.to_numeric(df[column], errors="coerce")
        bad = values.notna() & ((values < low) | (values > high))
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise ValidationError(
                file, _row(df, i, row_of), f"{column} outside the sane range [{low}, {high}]",
                str(values.iloc[i]),
            )


def check_dimension_sum(df: pd.DataFrame, file: str, row_of=None) -> None:
    """afw equals the sum of the five dimensions where all five are present."""
    dims = df[list(DIMENSIONS)].astype(float)
    complete = dims.notna().all(axis=1) & df["afw"].notna()
    diff = (dims.sum(axis=1) - df["afw"].astype(float)).abs()
    bad = complete & (diff > SUM_TOLERANCE)
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ValidationError(
            file, _row(df, i, row_of), "afw is not the sum of the five dimensions",
            f"difference {diff.iloc[i]:.2e} > {SUM_TOLERANCE:g}",
        )


def check_reference_constant(df: pd.DataFrame, file: str, row_of=None) -> float | None:
    """`lbm - afw` is the same on every row (one fixed national reference); returns it."""
    both = df["lbm"].notna() & df["afw"].notna()
    if not both.any():
        return None
    reference = (df["lbm"].astype(float) - df["afw"].astype(float)).where(both)
    first = float(reference[both].iloc[0])
    bad = both & ((reference - first).abs() > REFERENCE_TOLERANCE)
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ValidationError(
            file, _row(df, i, row_of), "lbm - afw differs from the national reference of the first row",
            f"{reference.iloc[i]:.6f} vs {first:.6f}",
        )
    return first


def check_series(df: pd.DataFrame, code_column: str, level: str, file: str) -> float | None:
    """Every rule a 2002–2022 series (PC4 or wijk) must pass; returns its national reference."""
    check_codes(df, code_column, level, file)
    check_unique(df, [code_column, "year"], file)
    check_ranges(df, file)
    check_dimension_sum(df, file)
    return check_reference_constant(df, file)


def check_official_class(df: pd.DataFrame, derived: str, official: str, file: str, row_of=None) -> None:
    """Our class (from the thresholds) agrees with the official class where one is given."""
    both = df[official].notna() & df[derived].notna()
    bad = both & (df[official].astype("Int64") != df[derived].astype("Int64"))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ValidationError(
            file, _row(df, i, row_of), f"derived class disagrees with official {official}",
            f"derived {df[derived].iloc[i]}, official {df[official].iloc[i]}",
        )


def _row(df: pd.DataFrame, i: int, row_of) -> int | str:
    """The row a person finds in the file: a CSV line number or a GeoJSON feature index."""
    if row_of is not None:
        return row_of(df, i)
    return i + 2  # CSV: header is line 1


def geojson_feature(df: pd.DataFrame, i: int) -> str:
    """Row locator for GeoJSON sources: the feature's file and index."""
    src = df["_file"].iloc[i] if "_file" in df.columns else ""
    idx = df["_feature"].iloc[i] if "_feature" in df.columns else i
    return f"feature {idx}" + (f" of {src}" if src else "")
