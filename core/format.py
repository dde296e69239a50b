"""Numbers as each language writes them: 763.825 and 9,2% in Dutch, 763,825 and 9.2% in English."""
from __future__ import annotations

import math


def number(value, lang: str, round_to: int = 0) -> str:
    """A count with thousands separators; `round_to` -3 rounds to thousands (estimates)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    rounded = round(float(value), round_to)
    digits = max(round_to, 0)
    text = f"{rounded:,.{digits}f}"
    return _localise(text, lang)


def decimal(value, lang: str, places: int = 3, signed: bool = False) -> str:
    """A score such as +0,005 (nl) or +0.005 (en)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return _localise(f"{float(value):{'+' if signed else ''},.{places}f}", lang)


def percent(share, lang: str, decimals: int = 1) -> str:
    """A share 0..1 as a percentage."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return _localise(f"{100 * float(share):,.{decimals}f}", lang) + "%"


def _localise(text: str, lang: str) -> str:
    if lang == "nl":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
