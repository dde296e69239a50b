"""Finding an area from whatever a person types (issue 28): a code, a postcode of four digits or
a full one, the name of a gemeente as people say it ("Den Haag"), a place (woonplaats), a wijk or
buurt, "place + area" ("Utrecht Centrum"), with typos.

`find(index, text)` is the one search: it returns ranked candidates, each with its kind and why
it matches, and whether one of them is clearly meant (Enter opens it). The index is built once
per database (`build_index`, cached: search_index below) from the areas, the places and the alias
list; matching is pure Python plus rapidfuzz for spelling, a few milliseconds a query.
"""
from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from core.i18n import t
from core import queries
from core.caching import cached

POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*-?\s*([a-zA-Z]{2})?\s*$")
AREA_CODE = re.compile(r"^\s*(?:(PC4)[-_ ]?([1-9][0-9]{3})|(BU)([0-9]{4}[0-9A-Z]{4})|(GM)([0-9]{4})"
                       r"|(WK)([0-9]{4}[0-9A-Z]{2}))\s*$", re.IGNORECASE)
MAX_QUERY = 100  # nobody types a longer place name; longer input is cut, not searched
KIND_ORDER = {"gemeente": 0, "alias": 0, "place": 1, "wijk": 2, "buurt": 3, "pc4": 4}
FUZZY_CUTOFF = 84  # rapidfuzz ratio (0–100) for a spelling to count as meant
REGION_CUTOFF = 88  # stricter for the place part of "place + area"
MIN_POSTCODE_SHARE = 0.02  # buurten holding less of a postcode area's households are left out of its list

# What people call the centre of a town, and what gemeenten name it (Utrecht: "Binnenstad").
SAME_PLACE_WORDS = {"centrum": ("centrum", "binnenstad", "stadscentrum"),
                    "binnenstad": ("binnenstad", "centrum", "stadscentrum")}

# Tiers, best first: how a candidate matched.
CODE, POSTCODE_AREA, EXACT, IN_REGION, IN_REGION_PART, PREFIX, WORDS, SPELLING = range(8)


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, single spaces: 'Súdwest-Fryslân' -> 'sudwest fryslan'."""
    text = unicodedata.normalize("NFKD", str(text)[:MAX_QUERY])
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return text.strip()


def name_keys(name: str) -> set[str]:
    """The forms of a name people type: 's-Gravenhage also as 'gravenhage' and 'sgravenhage',
    Bergen (NH.) also as 'bergen', Sint- also as St."""
    base = normalise(name)
    keys = {base}
    if base.startswith("s "):
        keys |= {base[2:], "s" + base[2:]}
    bare = normalise(re.sub(r"\([^)]*\)", " ", str(name)))
    if bare and bare != base:
        keys.add(bare)
    numbered = re.sub(r"^wijk \d+ ", "", base)  # "Wijk 28 Centrum" is called Centrum
    if numbered != base:
        keys.add(numbered)
    for key in list(keys):
        if key.startswith("sint "):
            keys.add("st " + key[5:])
    return {k for k in keys if k}


def parse_postcode(text: str) -> str | None:
    """'1011', '1011 AB' and '1011ab' all mean PC4 1011."""
    m = POSTCODE.match(str(text)[:MAX_QUERY])
    return m.group(1) if m else None


def full_postcode(text: str) -> str | None:
    """'3072 ap', '3072AP', '3072-AP' -> '3072 AP'; None unless the letters are there."""
    m = POSTCODE.match(str(text)[:MAX_QUERY])
    return f"{m.group(1)} {m.group(2).upper()}" if m and m.group(2) else None


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


# ------------------------------------------------------------------ the index

@dataclass
class SearchIndex:
    """Everything a query is matched against, built once per database (read only)."""
    areas: pd.DataFrame                 # code, level, name, gemeente_code, gemeente_name, households
    names: list[tuple]                  # (key, code, kind, shown name, gemeente_code) for every name form
    by_key: dict[str, list[int]]        # key -> positions in `names`
    keys: list[str]                     # the distinct keys, for spelling
    regions: dict[str, set[str]]        # key of a gemeente, alias or place -> its gemeente codes
    region_names: dict[str, str]        # that key -> the name as written ("Utrecht", "Den Haag")
    region_keys: list[str]
    pc4_buurten: dict[str, list[tuple[str, float]]]  # PC4-dddd -> [(buurt code, share of households)]
    info: dict[str, dict] = field(default_factory=dict)  # code -> row of `areas` as a dict
    padded: list[str] = field(default_factory=list)  # " " + key, in the order of `keys` (word search)
    by_gemeente: dict[str, list[int]] = field(default_factory=dict)  # gemeente -> its wijken' and buurten' names


def build_index(areas: pd.DataFrame, places: pd.DataFrame | None = None, aliases: pd.DataFrame | None = None,
                pc4_buurten: pd.DataFrame | None = None) -> SearchIndex:
    """`areas`: code, level, name, gemeente_code, gemeente_name, households (every level);
    `places`: place, gemeente_code; `aliases`: alias, gemeente_code; `pc4_buurten`: pc4, buurt, share."""
    areas = areas.reset_index(drop=True)
    info = {r["code"]: r for r in areas.to_dict("records")}
    names: list[tuple] = []
    regions: dict[str, set[str]] = {}
    region_names: dict[str, str] = {}
    for r in info.values():
        if r["level"] == "pc4":
            continue  # a postcode area's name is its number: the postcode path finds it
        for key in name_keys(r["name"]):
            names.append((key, r["code"], r["level"], r["name"], r.get("gemeente_code")))
            if r["level"] == "gemeente":
                regions.setdefault(key, set()).add(r["code"])
                region_names.setdefault(key, r["name"])
    for frame, column, kind in ((aliases, "alias", "alias"), (places, "place", "place")):
        if frame is None or frame.empty:
            continue
        for name, gm in zip(frame[column], frame["gemeente_code"]):
            if gm not in info:
                continue
            for key in name_keys(name):
                names.append((key, gm, kind, name, gm))
                regions.setdefault(key, set()).add(gm)
                region_names.setdefault(key, name)
    by_key: dict[str, list[int]] = {}
    for i, row in enumerate(names):
        by_key.setdefault(row[0], []).append(i)
    split: dict[str, list[tuple[str, float]]] = {}
    if pc4_buurten is not None and len(pc4_buurten):
        for pc4, buurt, share in zip(pc4_buurten["pc4"], pc4_buurten["buurt"], pc4_buurten["share"]):
            split.setdefault(pc4, []).append((buurt, float(share)))
        for pc4 in split:
            split[pc4].sort(key=lambda x: -x[1])
    by_gemeente: dict[str, list[int]] = {}
    for i, (_, _, kind, _, gm) in enumerate(names):
        if kind in ("wijk", "buurt") and gm:
            by_gemeente.setdefault(gm, []).append(i)
    keys = sorted(by_key)
    return SearchIndex(areas, names, by_key, keys, regions, region_names, sorted(regions), split, info,
                       [" " + k for k in keys], by_gemeente)


# ------------------------------------------------------------------ candidates

@dataclass(frozen=True)
class Candidate:
    """One answer to a query: the area `code` to open, its `kind` (buurt, wijk, gemeente, pc4;
    how it was found: `why`, with `detail` for the words that say so)."""
    code: str
    kind: str
    why: str            # code, postcode, full_postcode, name, alias, place, region, spelling
    tier: int
    detail: tuple = ()  # (alias) / (place) / (region name) / (share,) for a full postcode

    def sort_key(self, index: SearchIndex):
        r = index.info.get(self.code, {})
        return (self.tier, KIND_ORDER.get(r.get("level"), 9), -(r.get("households") or 0), r.get("name", ""))


@dataclass
class SearchResult:
    query: str
    candidates: list[Candidate]
    open: str | None = None              # the code a person clearly meant (Enter opens it)
    postcode: str | None = None          # '3072 AP' when a full postcode was typed
    postcode_area: str | None = None     # its PC4-dddd


def find(index: SearchIndex, text: str, limit: int = 8, levels: tuple[str, ...] | None = None) -> SearchResult:
    """The areas `text` may mean, best first, and the one it clearly means if any.

    `levels` keeps only those kinds of area (Vergelijken: gemeenten; an alias or a place then
    counts as its gemeente)."""
    text = str(text or "")[:MAX_QUERY]
    result = SearchResult(text, [])
    if not text.strip():
        return result
    allowed = set(levels) if levels else None

    def keep(code: str) -> bool:
        return code in index.info and (allowed is None or index.info[code]["level"] in allowed)

    code = parse_code(text)
    if code:
        if keep(code):
            result.candidates = [Candidate(code, index.info[code]["level"], "code", CODE)]
            result.open = code
        return result
    pc = parse_postcode(text)
    if pc:
        return _postcode(index, text, pc, keep, result)

    q = normalise(text)
    if not q:
        return result
    found: dict[str, Candidate] = {}

    def add(c: Candidate) -> None:
        if keep(c.code) and (c.code not in found or c.sort_key(index) < found[c.code].sort_key(index)):
            found[c.code] = c

    # Names as typed (any level; an alias or a place stands for its gemeente).
    for i in index.by_key.get(q, []):
        key, target, kind, shown, _ = index.names[i]
        why = {"alias": "alias", "place": "place"}.get(kind, "name")
        add(Candidate(target, index.info[target]["level"], why, EXACT, (shown,) if why != "name" else ()))
        if kind == "place":  # the wijken and buurten that carry the place's name, inside its gemeente
            for c in _named_in(index, q, {target}, PREFIX):
                add(c)
    # "place + area": words naming a gemeente, alias or place narrow the rest to that gemeente.
    for region, gemeenten, rest in _regions_in(index, q):
        for wanted in SAME_PLACE_WORDS.get(rest, (rest,)):
            # (region name, what was typed, when another word was looked for: it is called so here)
            for c in _named_in(index, wanted, gemeenten, IN_REGION, (region, rest) if wanted != rest else (region,)):
                add(c)
    # Names that start with it (the keys are sorted: one binary search), then names with its words.
    if len(found) < limit:
        start = bisect.bisect_left(index.keys, q)
        for key in itertools.takewhile(lambda k: k.startswith(q), index.keys[start:]):
            if key == q:
                continue
            for i in index.by_key[key]:
                _, target, kind, shown, _ = index.names[i]
                why = {"alias": "alias", "place": "place"}.get(kind, "name")
                add(Candidate(target, index.info[target]["level"], why, PREFIX, (shown,) if why != "name" else ()))
    if len(found) < limit and len(q) >= 3:
        pattern = " " + q
        for j in [j for j, k in enumerate(index.padded) if pattern in k]:
            key = index.keys[j]
            if key.startswith(q):
                continue
            for i in index.by_key[key]:
                target, kind = index.names[i][1], index.names[i][2]
                if kind not in ("alias", "place"):
                    add(Candidate(target, index.info[target]["level"], "name", WORDS))
    # Spelling: close to a whole name, where nothing matched as typed.
    if len(q) >= 4 and not any(c.tier < PREFIX for c in found.values()) and len(found) < limit:
        from rapidfuzz import fuzz, process
        for key, score, _ in process.extract(q, index.keys, scorer=fuzz.ratio, limit=limit * 2,
                                             score_cutoff=FUZZY_CUTOFF):
            for i in index.by_key[key]:
                _, target, kind, shown, _ = index.names[i]
                add(Candidate(target, index.info[target]["level"], "spelling", SPELLING + (100 - score) / 100,
                              (shown,)))
    ranked = sorted(found.values(), key=lambda c: c.sort_key(index))
    result.candidates = ranked[:limit]
    result.open = _clear(index, ranked)
    return result


def _postcode(index: SearchIndex, text: str, pc: str, keep, result: SearchResult) -> SearchResult:
    area = f"PC4-{pc}"
    full = full_postcode(text)
    if full:  # a full postcode is placed by its postcode area: the buurten that share it
        result.postcode, result.postcode_area = full, area
        for buurt, share in index.pc4_buurten.get(area, []):
            if share >= MIN_POSTCODE_SHARE and keep(buurt):
                result.candidates.append(Candidate(buurt, "buurt", "full_postcode", POSTCODE_AREA, (share,)))
    if keep(area):
        result.candidates.append(Candidate(area, "pc4", "postcode", CODE if not full else POSTCODE_AREA + 1))
    result.open = result.candidates[0].code if result.candidates else None
    return result


def _regions_in(index: SearchIndex, q: str):
    """(region name, its gemeenten, the other words) for every way `q` splits into a gemeente,
    alias or place and the rest, at the front or the back, spelt exactly or nearly."""
    words = q.split()
    out = []
    for n in range(1, len(words)):
        for region, rest in ((" ".join(words[:n]), " ".join(words[n:])), (" ".join(words[-n:]), " ".join(words[:-n]))):
            gemeenten = index.regions.get(region)
            key = region
            if gemeenten is None and len(region) >= 5:
                from rapidfuzz import fuzz, process
                close = process.extractOne(region, index.region_keys, scorer=fuzz.ratio, score_cutoff=REGION_CUTOFF)
                key = close[0] if close else region
                gemeenten = index.regions.get(key) if close else None
            if gemeenten and len(rest) >= 3:
                out.append((index.region_names.get(key, region), gemeenten, rest))
    return out


def _named_in(index: SearchIndex, q: str, gemeenten: set[str], tier: int, detail: tuple = ()):
    """Wijken and buurten of these gemeenten whose name is `q`, starts with it, or holds its words."""
    pattern = " " + q
    for gm in gemeenten:
        for i in index.by_gemeente.get(gm, ()):
            key, target, kind, _, _ = index.names[i]
            if key == q:
                yield Candidate(target, kind, "region" if detail else "name", tier, detail)
            elif pattern in " " + key:
                yield Candidate(target, kind, "region" if detail else "name", tier + 1, detail)


def _clear(index: SearchIndex, ranked: list[Candidate]) -> str | None:
    """The candidate a person clearly meant, or None (then the list is shown):
    one exact answer (a gemeente also named by its places or aliases counts once), or one
    answer inside the gemeente they named, or a single close spelling."""
    if not ranked:
        return None
    best = ranked[0]
    same_tier = [c for c in ranked if int(c.tier) == int(best.tier)]
    targets = {c.code for c in same_tier}
    if best.tier == EXACT:
        if len(targets) > 1 and not (best.kind == "gemeente" and all(
                index.info[c]["gemeente_code"] == best.code for c in targets - {best.code})):
            return None  # many areas of that name (many are called Centrum); a gemeente beats its own areas
        place = next((c for c in same_tier if c.why == "place"), None)
        if place is not None and normalise(place.detail[0]) != normalise(index.info[best.code]["name"]):
            # A place that is not its gemeente's namesake: its gemeente and the areas named after it.
            return None if len(ranked) > 1 else best.code
        return best.code
    if best.tier == IN_REGION:
        return best.code if len(targets) == 1 else None
    if best.tier >= SPELLING:  # one close spelling, or a very close one well ahead of the next
        if len(ranked) == 1:
            return best.code
        close = [c for c in ranked if c.tier < best.tier + 0.06]
        return best.code if len({c.code for c in close}) == 1 and best.tier <= SPELLING + 0.1 else None
    return best.code if len(ranked) == 1 else None


# ------------------------------------------------------------------ words

def area_label(row, lang: str = "nl") -> str:
    """How an area appears in lists: ambiguous names carry their gemeente."""
    level, name, gm = row["level"], row["name"], row.get("gemeente_name")
    if level == "gemeente" or not isinstance(gm, str):
        return t(f"label.{level}", lang, name=name)
    return t(f"label.{level}.in", lang, name=name, gemeente=gm)


def why_text(index: SearchIndex, c: Candidate, lang: str) -> str:
    """Why a candidate is offered, in words ("Den Haag = gemeente 's-Gravenhage")."""
    r = index.info[c.code]
    if c.why == "alias":
        return t("search.why.alias", lang, alias=c.detail[0], name=r["name"])
    if c.why == "place":
        return t("search.why.place", lang, place=c.detail[0], gemeente=r["gemeente_name"] or r["name"])
    if c.why == "region":
        if len(c.detail) > 1:
            return t("search.why.region_as", lang, region=c.detail[0], typed=c.detail[1], name=r["name"])
        return t("search.why.region", lang, region=c.detail[0])
    if c.why == "spelling":
        return t("search.why.spelling", lang)
    if c.why == "contains":
        return t("search.why.contains", lang, name=c.detail[0])
    if c.why == "full_postcode":
        from core.format import percent
        return t("search.why.full_postcode", lang, share=percent(c.detail[0], lang, 0))
    return ""


def find_gemeente(index: SearchIndex, text: str, limit: int = 8) -> SearchResult:
    """`find` for a gemeente picker (Vergelijken): names, aliases and places count as their
    gemeente; a postcode or an area code as the gemeente it lies in."""
    result = find(index, text, limit, levels=("gemeente",))
    if result.candidates or not (parse_postcode(text) or parse_code(text)):
        return result
    anywhere = find(index, text, limit)
    seen: dict[str, Candidate] = {}
    for c in anywhere.candidates:
        gm = c.code if index.info[c.code]["level"] == "gemeente" else index.info[c.code].get("gemeente_code")
        if gm in index.info and gm not in seen:
            seen[gm] = Candidate(gm, "gemeente", "contains", c.tier, (index.info[c.code]["name"],))
    result.candidates = list(seen.values())[:limit]
    result.open = result.candidates[0].code if len(result.candidates) == 1 else None
    return result


def closest_codes(index: SearchIndex, text: str, limit: int = 5) -> list[str]:
    """Area codes that look like a mistyped code (a digit missing or swapped)."""
    from rapidfuzz import fuzz, process
    raw = str(text)[:MAX_QUERY].strip().upper()
    if len(raw) < 4:
        return []
    return [code for code, _, _ in process.extract(raw, list(index.info), scorer=fuzz.ratio, limit=limit,
                                                  score_cutoff=80)]


# ------------------------------------------------------------------ the app's cached recipes
# Shared, not copied: a page's callbacks keep its last run's variables alive while a session
# idles, and Mijn buurt's copies of these cost 6.4 MB per idle session (issue 15). Read only.

@cached(max_entries=2)
def search_index(con) -> SearchIndex:
    """What search matches against (build_index), once per database version."""
    return build_index(queries.search_index(con), queries.places(con), queries.aliases(con), queries.pc4_buurten(con))


@cached(max_entries=4)
def area_labels(con, lang: str) -> dict[str, str]:
    """code -> how the area is named in lists, per language (16,000 labels: built once)."""
    areas = search_index(con).areas
    return {r["code"]: area_label(r, lang) for r in areas[["code", "level", "name", "gemeente_name"]].to_dict("records")}


@cached(max_entries=16)
def area_names(con, level: str, year: int) -> tuple[dict[str, str], list[str]]:
    """"Name (gemeente)" of every area of a level in a year, and the codes in that order."""
    frame = queries.level_scores(con, level, year)
    names = dict(zip(frame["code"], frame["name"] + " (" + frame["gemeente_name"].fillna("") + ")"))
    return names, sorted(names, key=names.get)
