"""Every URL parameter of every page, declared once: name, kind, default, allowed values.

A page reads its parameters with `read(page, raw, allowed)`: one step that parses,
normalises (codes in upper case: `?gm=gm0599` works on every page) and validates, and returns
the values with a list of problems for the page helper to show. Writing goes through
`url_values(page, values)`, which leaves defaults out so shared links stay short. The
hostile-input tests and the README's parameter table are checked against `PAGES`.

Streamlit's `bind="query-params"` is not used: a bound widget drops an invalid value
silently, and a shared link with nonsense in it must say what was wrong.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from core.scale import DIMENSIONS
from core.signals import DEFAULT_MIN_CHANGE, DEFAULT_RELATIVE

LEVELS_MAP = ("gemeente", "wijk", "buurt", "pc4")
MEASURES = ("afw", *DIMENSIONS)
MAP_MEASURES = (*MEASURES, "heat", "green")  # the last two: thematic layers (core.maps.THEME_LAYERS)
MAX_RAW = 2000  # characters of one raw value that are ever looked at
MAX_COMPARED = 6  # gemeenten side by side on Vergelijken


@dataclass(frozen=True)
class Param:
    """One URL parameter. `kind` says how it is parsed:
    choice (one of `choices`, or of the values the page passes), choice_list (comma-separated
    choices, each at most once: a table's filters), int (one of the allowed
    integers), float (between `low` and `high`), gemeente (one GM code), gemeente_list
    (comma-separated GM codes, at most `max_items`), area (any area code), text (free text, cut
    to core.search.MAX_QUERY characters)."""
    name: str
    kind: str
    default: Any = None
    choices: tuple | None = None
    low: float | None = None
    high: float | None = None
    max_items: int | None = None
    about: str = ""  # for the README table


@dataclass
class Problem:
    name: str
    raw: str
    allowed: str = ""  # what would have been accepted, for the message
    kind: str = "invalid"  # invalid, unknown_codes, duplicates, truncated


COMMON = (
    Param("lang", "choice", "nl", ("nl", "en"), about="interface language"),
    Param("palette", "choice", "official", ("official", "colourblind"), about="class colours"),
    Param("present", "choice", None, ("1",), about="presenter mode"),
)

PAGES: dict[str, tuple[Param, ...]] = {
    "start": (),
    "buurt": (Param("area", "area", about="area code: PC4-1011, BU07430101, WK036300, GM0363 (any case)"),
              Param("q", "text", about="a search as a resident types it: 3072 AP, Den Haag, Voorburg, Utrecht Centrum "
                                       "(opens the clear answer, else lists the candidates)"),
              Param("section", "choice", "score", ("score", "trend", "map", "living"),
                    about="the part shown: score (why, compared), trend (development, change), map, "
                          "living (health, heat and green, school advice)")),
    "vergelijk": (Param("gm", "gemeente_list", max_items=MAX_COMPARED, about="2–6 gemeente codes, comma-separated"),
                  Param("section", "choice", "compare", ("compare", "ranking", "groups"),
                        about="the part shown: compare (the chosen gemeenten side by side, spread, development, "
                              "profile), ranking (all gemeenten, with filters), groups (G4, G40, the rest; urbanity)"),
                  # The ranking's filters, so that a shared link opens the same list (a stranger's walk).
                  Param("pv", "choice_list", about="ranking: provinces, comma-separated (Utrecht,Zeeland)"),
                  Param("corop", "choice_list", about="ranking: COROP regions, comma-separated"),
                  Param("grp", "choice_list", choices=("G4", "G40", "overig"), about="ranking: G4, G40, overig"),
                  Param("urb", "choice_list", choices=("1", "2", "3", "4", "5"),
                        about="ranking: urbanity classes 1 (very strongly urban) to 5 (not urban)"),
                  Param("few", "choice", None, ("1",),
                        about="ranking: 1 also shows the spread of gemeenten with fewer than 10 buurten")),
    "kaart": (
        Param("level", "choice", "gemeente", LEVELS_MAP, about="gemeente, wijk, buurt or pc4"),
        Param("measure", "choice", "afw", MAP_MEASURES, about="afw (total), a dimension, or heat / green (buurt, gemeente)"),
        Param("year", "int", about="measurement year (pc4, wijk: 2002–2022)"),
        Param("from", "int", about="start year of a change map (pc4, wijk)"),
        Param("gm", "gemeente", about="one gemeente code"),
        Param("pv", "choice", about="province name"),
        Param("names", "choice", "1", ("1", "0"), about="place names on the map (0: off)"),
        Param("lens", "choice", None, ("corop", "gemeente"),
              about="total score as the deviation from the mean of the area's COROP region or gemeente"),
    ),
    "signalen": (
        Param("from", "int", about="start year (default: the first with dimension scores)"),
        Param("to", "int", about="end year (default: the last)"),
        Param("min_change", "float", DEFAULT_MIN_CHANGE, low=0.0, high=1.0, about="threshold on the deviation"),
        Param("ref", "choice", "nat" if DEFAULT_RELATIVE else "abs", ("nat", "abs"),
              about="change relative to the national change, or absolute"),
        Param("gm", "gemeente", about="one gemeente code"),
        Param("pv", "choice", about="province name"),
        Param("level", "choice", "pc4", ("pc4", "wijk"), about="series: pc4 (postcode areas) or wijk (official wijken)"),
        Param("few", "choice", None, ("1",), about="1: include areas with fewer than 25 households"),
        Param("section", "choice", "rf", ("rf", "up", "ew"),
              about="the signal shown: rf (risers and fallers), up (under persistent pressure), ew (early warning)"),
    ),
    "themas": (
        Param("ind", "choice", about="indicator id"),
        Param("level", "choice", about="level the indicator is offered at"),
        Param("measure", "choice", "afw", MEASURES, about="afw (total) or a dimension"),
    ),
    "over": (Param("section", "choice", "about", ("about", "sources", "wijk", "letters"),
                   about="the part shown: about (what it measures, classes), sources (sources and coverage), "
                         "wijk (the wijk series, codes, search names), letters (our figures beside the letters')"),),
}

GEMEENTE = re.compile(r"^GM\d{4}$")

# Names a page used before, and the name that replaced them: a link shared with an old name still
# opens the same view, and its share link uses the new name (issue 30: one name per concept).
RENAMED: dict[str, dict[str, str]] = {
    "kaart": {"dim": "measure"},  # the same values are `measure` on Thema's
}


def migrate(page: str, raw: dict[str, list[str]]) -> dict[str, list[str]]:
    """The raw parameters with old names moved to their new ones (a new name given too wins)."""
    renamed = RENAMED.get(page, {})
    if not any(old in raw for old in renamed):
        return raw
    out = {k: v for k, v in raw.items() if k not in renamed}
    for old, new in renamed.items():
        if old in raw and new not in raw:
            out[new] = raw[old]
    return out


def declared(page: str) -> tuple[Param, ...]:
    """The page's own parameters followed by those every page has."""
    return PAGES[page] + COMMON


def last(raw: dict[str, list[str]] | None, name: str) -> str | None:
    """A parameter's last value (repeated parameters: the last one wins)."""
    values = (raw or {}).get(name) or []
    return str(values[-1])[:MAX_RAW] if values else None


def read(page: str, raw: dict[str, list[str]], allowed: dict[str, Iterable] | None = None,
         defaults: dict[str, Any] | None = None, common: bool = True
         ) -> tuple[dict[str, Any], list[Problem]]:
    """Parse, normalise and validate the page's parameters. `allowed` gives, per name, the
    values known only at run time (years, gemeente codes, provinces, indicators); `defaults`
    the defaults known only at run time (the last measurement year); `common=False` leaves
    out the parameters every page has (the page helper reads those)."""
    allowed = allowed or {}
    raw = migrate(page, raw)
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for p in _with_defaults(page, defaults):
        if not common and p in COMMON:
            continue
        choices = tuple(allowed[p.name]) if p.name in allowed else p.choices
        if p.kind == "gemeente_list":
            values[p.name], found = _code_list(raw.get(p.name) or [], set(choices or ()), p.max_items or 6)
            problems.extend(Problem(p.name, text, kind=kind) for kind, text in found)
            continue
        if p.kind == "choice_list":
            values[p.name], unknown = _choice_list(raw.get(p.name) or [], choices or ())
            if unknown:
                problems.append(Problem(p.name, ", ".join(unknown), _allowed_text(p, choices)))
            continue
        text = last(raw, p.name)
        if text is None or text == "":
            values[p.name] = p.default
            continue
        value = _parse(p, text, choices)
        if value is None:
            problems.append(Problem(p.name, text, _allowed_text(p, choices)))
            value = p.default
        values[p.name] = value
    return values, problems


def read_common(raw: dict[str, list[str]]) -> tuple[dict[str, Any], list[Problem]]:
    """Only the parameters every page has (lang, palette, present), for the page helper."""
    values, problems = read("start", raw)
    return {p.name: values[p.name] for p in COMMON}, problems


def _parse(p: Param, text: str, choices) -> Any:
    text = text.strip()
    if p.kind == "choice":
        return text if choices is not None and text in choices else None
    if p.kind == "int":
        try:
            value = int(text[:10])
        except ValueError:
            return None
        return value if choices is None or value in choices else None
    if p.kind == "float":
        try:
            value = float(text[:20])
        except ValueError:
            return None
        if value != value or not (p.low <= value <= p.high):
            return None
        return value
    if p.kind == "gemeente":
        code = text.upper()
        return code if GEMEENTE.match(code) and (choices is None or code in choices) else None
    if p.kind == "area":
        from core.search import parse_code
        return parse_code(text)
    if p.kind == "text":  # free text, searched and shown escaped; only its length is bounded
        from core.search import MAX_QUERY
        return text[:MAX_QUERY]
    raise ValueError(f"unknown parameter kind {p.kind}")


def _allowed_text(p: Param, choices) -> str:
    if p.kind == "float":
        return f"{p.low:g} – {p.high:g}"
    if choices is not None and p.kind in ("choice", "choice_list", "int") and len(choices) <= 40:
        return ", ".join(map(str, choices))
    return ""


def _choice_list(raw_values: list[str], choices) -> tuple[list[str], list[str]]:
    """'Utrecht,Zeeland' (or repeated parameters) into known choices, in order, each once; and the
    unknown ones (at most ten, each cut short) for the message."""
    known = {str(c): c for c in choices}
    values: list = []
    unknown: list[str] = []
    for raw in raw_values:
        for part in (p.strip() for p in str(raw)[:MAX_RAW].split(",")):
            if part in known:
                if known[part] not in values:
                    values.append(known[part])
            elif part and part[:40] not in unknown and len(unknown) < 10:
                unknown.append(part[:40])
    return values, unknown


def _code_list(raw_values: list[str], known: set[str], max_n: int) -> tuple[list[str], list[tuple[str, str]]]:
    """'GM0363,gm0599' (or repeated parameters) into known codes, in order, without repeats."""
    parts: list[str] = []
    for raw in raw_values:
        parts.extend(p.strip().upper() for p in str(raw)[:MAX_RAW].split(",") if p.strip())
    seen: list[str] = []
    unknown: list[str] = []
    dupes = False
    for code in parts:
        if code not in known:
            if code[:20] not in unknown:
                unknown.append(code[:20])
        elif code in seen:
            dupes = True
        else:
            seen.append(code)
    problems = []
    if unknown:
        problems.append(("unknown_codes", ", ".join(unknown[:10])))
    if dupes:
        problems.append(("duplicates", ""))
    if len(seen) > max_n:
        problems.append(("truncated", ""))
    return seen[:max_n], problems


def _with_defaults(page: str, defaults: dict[str, Any] | None) -> list[Param]:
    from dataclasses import replace
    return [replace(p, default=defaults[p.name]) if defaults and p.name in defaults else p for p in declared(page)]


def url_values(page: str, values: dict[str, Any], defaults: dict[str, Any] | None = None) -> dict[str, str | None]:
    """The URL form of a page's values: None (remove) where a value is its default or empty."""
    out: dict[str, str | None] = {}
    for p in _with_defaults(page, defaults):
        if p.name not in values:
            continue
        if p.kind == "text":  # free text: kept as typed (stripped), empty removed
            out[p.name] = str(values[p.name]).strip() or None if values[p.name] is not None else None
            continue
        value = values[p.name]
        if p.kind in ("gemeente_list", "choice_list"):
            out[p.name] = ",".join(map(str, value)) if value else None
        elif value is None or value == p.default:
            out[p.name] = None
        elif isinstance(value, float):
            out[p.name] = f"{value:g}"
        else:
            out[p.name] = str(value)
    return out


def readme_table() -> str:
    """The README's parameter table, generated from the declaration (a test keeps them equal)."""
    lines = ["| Page | Parameter | Default | Meaning |", "|---|---|---|---|"]
    for page, declared_params in PAGES.items():
        for p in declared_params:
            default = "" if p.default is None else f"`{p.default}`"
            lines.append(f"| {page} | `{p.name}` | {default} | {p.about} |")
    for p in COMMON:
        default = "" if p.default is None else f"`{p.default}`"
        lines.append(f"| every page | `{p.name}` | {default} | {p.about} |")
    return "\n".join(lines)
