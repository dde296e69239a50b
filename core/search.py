"""Finding an area from what a person types: a postcode, a code, or a name with typos.

Pure functions on the area index (code, level, name, gemeente_name), so the ranking can be
tested without a page.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

import pandas as pd

from core.i18n import t

POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*(?:[a-zA-Z]{2})?\s*$")
AREA_CODE = re.compile(r"^\s*(?:(PC4)[-_ ]?([1-9][0-9]{3})|(BU)([0-9]{4}[0-9A-Z]{4})|(GM)([0-9]{4})"
                       r"|(WK)([0-9]{4}[0-9A-Z]{2}))\s*$", re.IGNORECASE)
LEVEL_ORDER = {"gemeente": 0, "pc4": 1, "wijk": 2, "buurt": 3}
MAX_QUERY = 100  # nobody types a longer place name; longer input is cut, not searched


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, single spaces: 'Súdwest-Fryslân' -> 'sudwest fryslan'."""
    text = unicodedata.normalize("NFKD", str(text)[:MAX_QUERY])
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return text.strip()


def parse_postcode(text: str) -> str | None:
    """'1011', '1011 AB' and '1011ab' all mean PC4 1011."""
    m = POSTCODE.match(str(text)[:MAX_QUERY])
    return m.group(1) if m else None


def wijk_of(buurt_code: str) -> str:
    """The wijk a buurt lies in: BUggggwwbb -> WKggggww (CBS codes nest)."""
    return "WK" + buurt_code[2:8]


def parse_code(text: str) -> str | None:
    """Canonical area code from 'pc4-1011', 'bu07430101', 'wk036300', 'GM0363'; None if it is not one."""
    m = AREA_CODE.match(str(text)[:MAX_QUERY])
    if not m:
        return None
    if m.group(1):
        return f"PC4-{m.group(2)}"
    if m.group(3):
        return f"BU{m.group(4).upper()}"
    if m.group(7):
        return f"WK{m.group(8).upper()}"
    return f"GM{m.group(6)}"


def prepare_index(index: pd.DataFrame) -> pd.DataFrame:
    """Add the normalised names the matcher compares against (once, then cached by the page)."""
    out = index.copy()
    out["norm_name"] = out["name"].map(normalise)
    out["norm_full"] = (out["name"] + " " + out["gemeente_name"].fillna("")).map(normalise)
    out["level_rank"] = out["level"].map(LEVEL_ORDER).fillna(9)
    return out


def search(index: pd.DataFrame, query: str, limit: int = 10) -> pd.DataFrame:
    """Areas that best match `query`, best first; empty when nothing is close.

    Order: an exact code or postcode; names equal to the query (gemeente before postcode
    before buurt, bigger first); names starting with it; names containing it; then close
    spellings (difflib ratio ≥ 0.75) for typos.
    """
    if not isinstance(query, str) or not query.strip():
        return index.head(0)
    code = parse_code(query) or (f"PC4-{parse_postcode(query)}" if parse_postcode(query) else None)
    if code:
        return index[index["code"] == code].head(limit)

    q = normalise(query)
    if not q:
        return index.head(0)
    scored = []
    name, full = index["norm_name"], index["norm_full"]
    tiers = [
        name == q,
        full == q,
        name.str.startswith(q),
        full.str.startswith(q),
        name.str.contains(q, regex=False),
        full.str.contains(q, regex=False),
    ]
    taken = pd.Series(False, index=index.index)
    for tier, mask in enumerate(tiers):
        hit = mask & ~taken
        if hit.any():
            scored.append(index[hit].assign(_tier=tier))
            taken |= hit
    if sum(len(s) for s in scored) < limit:
        names = index.loc[~taken, "norm_name"].unique().tolist()
        close = difflib.get_close_matches(q, names, n=limit, cutoff=0.75)
        if close:
            rank = {n: i for i, n in enumerate(close)}
            near = index[~taken & index["norm_name"].isin(close)]
            scored.append(near.assign(_tier=10 + near["norm_name"].map(rank)))
    if not scored:
        return index.head(0)
    result = pd.concat(scored)
    result = result.sort_values(["_tier", "level_rank", "households"], ascending=[True, True, False])
    return result.rename(columns={"_tier": "match_tier"}).head(limit)


def resolve(index: pd.DataFrame, text: str, limit: int = 8) -> tuple[str | None, pd.DataFrame]:
    """What a search box entry means: one area to open, or the candidates to choose from.

    A code, a postcode or a single match opens the area; several matches (many buurten are
    called "Centrum") are returned to choose from; nothing close returns an empty frame.
    """
    if isinstance(text, str) and text in set(index["code"]):
        return text, index[index["code"] == text]
    hits = search(index, text, limit=limit)
    is_code = bool(parse_code(text) or parse_postcode(text))
    if len(hits) == 1 or (is_code and len(hits)):
        return hits["code"].iloc[0], hits
    exact = hits[hits["match_tier"] == 0] if "match_tier" in hits else hits.head(0)
    if len(exact) == 1:  # 'Hoogveld' is one buurt, even if 'Hoogveld-Noord' also starts with it
        return exact["code"].iloc[0], hits
    return None, hits


def closest_codes(index: pd.DataFrame, text: str, limit: int = 5) -> pd.DataFrame:
    """Areas whose code looks like a mistyped code (a digit missing or swapped)."""
    raw = str(text)[:MAX_QUERY].strip().upper()
    if not raw:
        return index.head(0)
    codes = index["code"].tolist()
    close = difflib.get_close_matches(raw, codes, n=limit, cutoff=0.8)
    return index.set_index("code").loc[close].reset_index() if close else index.head(0)


def area_label(row, lang: str = "nl") -> str:
    """How an area appears in lists: ambiguous names carry their gemeente."""
    level, name, gm = row["level"], row["name"], row.get("gemeente_name")
    if level == "gemeente" or not isinstance(gm, str):
        return t(f"label.{level}", lang, name=name)
    return t(f"label.{level}.in", lang, name=name, gemeente=gm)
