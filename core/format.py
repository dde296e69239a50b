"""Numbers as each language writes them (issue 29): 763.825, 9,2% and +0,049 in Dutch;
763,825, 9.2% and +0.049 in English. The one formatter of the app: sentences, cards, tables
(`styled` keeps the cells numeric, so they still sort), chart texts and map tooltips, slides
and PDFs all go through it; Plotly's own ticks and hovers follow `plotly_separators`.
"""
from __future__ import annotations

import contextvars
import math
import re

from core.i18n import t

# The language of this script run (ui.setup sets it; each session runs in a thread of its own).
_lang: contextvars.ContextVar[str] = contextvars.ContextVar("format_lang", default="nl")
SEPARATORS = {"nl": ",.", "en": ".,"}  # Plotly's `separators`: decimal, then thousands


def set_language(lang: str) -> None:
    _lang.set(lang if lang in SEPARATORS else "nl")


def language() -> str:
    return _lang.get()


def plotly_separators(lang: str | None = None) -> str:
    return SEPARATORS.get(lang or _lang.get(), ",.")


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value, lang: str | None = None, round_to: int = 0) -> str:
    """A count with thousands separators; `round_to` -3 rounds to thousands (estimates)."""
    if _missing(value):
        return "–"
    rounded = round(float(value), round_to)
    digits = max(round_to, 0)
    return _localise(f"{rounded:,.{digits}f}", lang)


def decimal(value, lang: str | None = None, places: int = 3, signed: bool = False) -> str:
    """A score such as +0,005 (nl) or +0.005 (en)."""
    if _missing(value):
        return "–"
    return _localise(f"{float(value):{'+' if signed else ''},.{places}f}", lang)


def score(value, lang: str | None = None) -> str:
    """A deviation from the national reference, always signed, three decimals."""
    return decimal(value, lang, 3, signed=True)


def percent(share, lang: str | None = None, decimals: int = 1) -> str:
    """A share 0..1 as a percentage."""
    if _missing(share):
        return "–"
    return _localise(f"{100 * float(share):,.{decimals}f}", lang) + "%"


def large(value, lang: str | None = None) -> str:
    """A count that can run into millions, written out: 852.000, 2,4 mln (nl); 852,000, 2.4 m
    (en). Never "k", which a Dutch reader takes for thousandths of a thousand."""
    if _missing(value):
        return "–"
    if abs(float(value)) >= 1_000_000:
        return t("fmt.million", lang or _lang.get(), n=decimal(float(value) / 1_000_000, lang, 1))
    return number(value, lang, -3 if abs(float(value)) >= 10_000 else 0)


def rank(position: int, total: int, lang: str | None = None) -> str:
    """"plaats 117 van 342" / "rank 117 of 342" (never "#117/342")."""
    return t("fmt.rank", lang or _lang.get(), position=number(position, lang), total=number(total, lang))


def day(d, lang: str | None = None) -> str:
    """A date as a reader writes it: '4 december 2026' / '4 December 2026'."""
    return f"{d.day} {t(f'fmt.month.{d.month}', lang or _lang.get())} {d.year}"


def when(iso: str | None, lang: str | None = None) -> str:
    """A moment as a reader writes it: '4 december 2026, 17:18 (UTC)' / '4 December 2026, 17:18 (UTC)'."""
    from datetime import datetime
    try:
        moment = datetime.fromisoformat(str(iso))
    except ValueError:
        return "–"
    month = t(f"fmt.month.{moment.month}", lang or _lang.get())
    return f"{moment.day} {month} {moment.year}, {moment:%H:%M} (UTC)"


def styled(frame, lang: str | None = None, places: dict | None = None, signed: tuple = (), percent_of: tuple = (),
           default_places: int = 3, years: tuple = ()):
    """A table whose numbers show as `lang` writes them while the cells stay numbers (they sort
    as numbers in st.dataframe): floats with `places[column]` decimals (else `default_places`),
    `signed` columns with a sign, `percent_of` columns (0–100) with a % sign; integers with
    thousands separators, except `years` ("2022", never "2.022")."""
    import pandas as pd
    lang = lang or _lang.get()
    places = places or {}
    formats = {}
    for column in frame.columns:
        dtype = frame[column].dtype
        if pd.api.types.is_bool_dtype(dtype) or not pd.api.types.is_numeric_dtype(dtype):
            continue
        if column in years:
            formats[column] = lambda v: "–" if _missing(v) else str(int(v))
        elif pd.api.types.is_integer_dtype(dtype) and column not in places:
            formats[column] = lambda v, lang=lang: number(v, lang)
        elif column in percent_of:
            formats[column] = lambda v, n=places.get(column, 1), lang=lang: (
                "–" if _missing(v) else decimal(v, lang, n) + "%")
        else:
            formats[column] = lambda v, n=places.get(column, default_places), s=column in signed, lang=lang: (
                decimal(v, lang, n, s))
    return frame.style.format(formats, na_rep="–")


def csv_bytes(frame, lang: str | None = None) -> bytes:
    """A table as the reader's spreadsheet opens it with a double click: Excel in Dutch expects a
    semicolon between fields and a decimal comma (a comma-separated file landed in one column,
    its 0.062 read as 62), English a comma and a decimal point; both read UTF-8 only after a byte
    order mark ("Súdwest-Fryslân", not "SÃºdwest-FryslÃ¢n")."""
    if (lang or _lang.get()) == "nl":
        text = frame.to_csv(index=False, sep=";", decimal=",")
    else:
        text = frame.to_csv(index=False)
    return ("\ufeff" + text).encode("utf-8")


def unit(text, lang: str | None = None) -> str:
    """An indicator's unit as the catalogue stores it (Dutch: "per 1.000", "× €1.000"), written as
    the reader writes numbers ("per 1,000" on an English page)."""
    text = "" if _missing(text) else str(text)
    if (lang or _lang.get()) == "en":
        return re.sub(r"(\d)\.(\d{3})\b", r"\1,\2", text)
    return text


def _localise(text: str, lang: str | None) -> str:
    if (lang or _lang.get()) == "nl":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
