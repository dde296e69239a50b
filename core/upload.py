"""A user's own indicator from a CSV: checked line by line, kept in memory, never stored.

Accepted: a header with a code column (code, gwb_code, gemeentecode, buurtcode, regio, pc4,
postcode) and a value column (value, waarde, or the only other numeric column), optionally
year/jaar and label/naam. Separators `,` or `;`; decimal commas are read.
"""
from __future__ import annotations

import csv
import io
import re

import pandas as pd

MAX_BYTES = 5 * 1024 * 1024  # a national buurt table is ~0.5 MB; anything far bigger is not an indicator
CODE_NAMES = ("code", "gwb_code", "gemeentecode", "buurtcode", "wijkcode", "regio", "regios", "pc4", "postcode")
VALUE_NAMES = ("value", "waarde", "indicator")
LEVEL_OF = [(re.compile(r"^GM\d{4}$"), "gemeente"), (re.compile(r"^WK\d{4}[0-9A-Z]{2}$"), "wijk"),
            (re.compile(r"^BU\d{4}[0-9A-Z]{4}$"), "buurt"), (re.compile(r"^PC4-[1-9]\d{3}$"), "pc4")]


class UploadError(ValueError):
    """What is wrong with the file, in words for the user (key into the text catalogue + details)."""

    def __init__(self, key: str, **details):
        self.key, self.details = key, details
        super().__init__(f"{key}: {details}")


def normalise_code(raw: str) -> str:
    s = str(raw).strip().upper().replace(" ", "")
    if re.fullmatch(r"[1-9]\d{3}([A-Z]{2})?", s):
        return f"PC4-{s[:4]}"
    if re.fullmatch(r"PC4-?[1-9]\d{3}", s):
        return f"PC4-{s[-4:]}"
    return s


def level_of(code: str) -> str | None:
    for pattern, level in LEVEL_OF:
        if pattern.match(code):
            return level
    return None


def parse(data: bytes, known_codes: set[str]) -> tuple[pd.DataFrame, dict]:
    """(code, level, value[, year, label]) and a report: rows read, unknown codes, level.

    Raises UploadError for a file that cannot be used at all; unknown codes are reported, not
    fatal, so a partly matching file still gives a chart.
    """
    if not data:
        raise UploadError("upload.empty")
    if len(data) > MAX_BYTES:
        raise UploadError("upload.too_big", mb=round(len(data) / 1e6, 1), max_mb=MAX_BYTES // (1024 * 1024))
    if b"\x00" in data[:4096]:
        raise UploadError("upload.binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes any byte
            raise UploadError("upload.binary") from None
    if not text.strip():
        raise UploadError("upload.empty")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        sep = dialect.delimiter
    except csv.Error:
        sep = ";" if text.count(";") > text.count(",") else ","
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise UploadError("upload.unreadable", detail=str(exc).splitlines()[0][:120]) from None
    df.columns = [str(c).strip().lower() for c in df.columns]
    code_col = next((c for c in df.columns if c in CODE_NAMES), None)
    if code_col is None:
        raise UploadError("upload.no_code", columns=", ".join(df.columns[:8]))
    value_col = next((c for c in df.columns if c in VALUE_NAMES), None)
    if value_col is None:
        others = [c for c in df.columns if c != code_col and c not in ("year", "jaar", "label", "naam")]
        if len(others) == 1:
            value_col = others[0]
        else:
            raise UploadError("upload.no_value", columns=", ".join(df.columns[:8]))
    if df.empty:
        raise UploadError("upload.empty")
    out = pd.DataFrame({"code": df[code_col].fillna("").map(normalise_code)})
    raw_values = df[value_col].fillna("").str.strip()
    out["value"] = pd.to_numeric(raw_values.str.replace(",", ".", regex=False), errors="coerce")
    bad = out["value"].isna() & (raw_values != "")
    if bad.any():
        lines = (bad[bad].index[:10] + 2).tolist()
        raise UploadError("upload.not_numeric", lines=", ".join(map(str, lines)), count=int(bad.sum()))
    for name, col in (("year", ("year", "jaar")), ("label", ("label", "naam"))):
        found = next((c for c in col if c in df.columns), None)
        if found:
            out[name] = df[found]
    dupes = out["code"][out["code"].duplicated()]
    if len(dupes):
        raise UploadError("upload.duplicates", codes=", ".join(dupes.unique()[:10]), count=int(dupes.nunique()))
    out["level"] = out["code"].map(level_of)
    levels = out["level"].dropna().value_counts()
    if levels.empty:
        raise UploadError("upload.no_known_codes", examples=", ".join(out["code"].head(5)))
    level = levels.index[0]
    unknown = out.loc[(out["level"] != level) | ~out["code"].isin(known_codes), "code"].tolist()
    out = out[(out["level"] == level) & out["code"].isin(known_codes)].dropna(subset=["value"])
    return out.reset_index(drop=True), {"rows": len(df), "level": level, "unknown": unknown}
