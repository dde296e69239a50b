"""Which source stands behind which figure: one place, so no page types a source id (issue 30).

The ids are those of the `sources` table (data/sources.json), whose titles and publishers every
footer names (core.web.ui.source_text). A query's result carries its own (`@sourced`, in the
frame's `attrs`), so a footer is written from the figure's data: `ui.source_text(ctx, frame)`.
"""
from __future__ import annotations

import functools
from typing import Callable

# The Leefbaarometer file of each level's scores.
SCORES = {"pc4": ("lbm_pc4",), "wijk": ("lbm_wijken",), "buurt": ("lbm_buurten",), "gemeente": ("lbm_gemeenten",)}
# Where a level's outlines come from when they are not in its own scores file: postcode areas
# from CBS's PC4 boundaries; 2022 wijken put together from the 2024 buurten (core.geo, etl.wijken).
OUTLINES = {"pc4": ("pc4_boundaries",), "wijk": ("lbm_buurten",), "buurt": (), "gemeente": ()}
# The households each series is weighted with, and the year CBS counted them.
HOUSEHOLDS = {"pc4": ("kwb2024_households", 2024), "wijk": ("kwb2021", 2022),
              "buurt": ("kwb2024_households", 2024), "gemeente": ("kwb2024_households", 2024)}
# The sources and the weights behind a trend, by where it came from (weighting.official_trend's `source`).
TREND = {"wijk": ("lbm_wijken", "kwb2021"), "pc4": ("lbm_pc4", "kwb2024_households")}


# Sources that place another's values: school advice is per school, placed by DUO's school addresses.
PLACED_BY = {"duo_advice": ("duo_locations",)}


def indicator(source_id: str) -> list[str]:
    """An indicator's own source (the catalogue's `source_id`) and whatever placed its values."""
    return [source_id, *PLACED_BY.get(source_id, ())]


def scores(level: str) -> list[str]:
    """The scores of one level."""
    return list(SCORES[level])


def weighted_scores(level: str) -> list[str]:
    """The scores of one level and the households that weigh them."""
    return [*SCORES[level], HOUSEHOLDS[level][0]]


def households_year(level: str) -> int:
    """The year CBS counted the households that weigh this level's areas."""
    return HOUSEHOLDS[level][1]


def map_of(level: str, layer_source: str | None = None) -> list[str]:
    """A map of one level: a thematic layer's source (if any), the scores, the outlines."""
    return ([layer_source] if layer_source else []) + [*SCORES[level], *OUTLINES[level]]


REGIONS = "woonplaatsen"  # CBS's gemeente -> COROP region division (2024), through the places table


def lens_map_of(level: str) -> list[str]:
    """A region-lens map (core.regions): the scores and outlines, the households that weigh the
    region's mean, and the region division."""
    return [*map_of(level), HOUSEHOLDS[level][0], REGIONS]


def trend(kinds) -> list[str]:
    """A derived trend drawing on official wijken ('wijk') and/or postcode areas ('pc4')."""
    return [i for k in kinds for i in TREND[k]]


def sourced(ids_of: Callable[..., list[str]]):
    """Decorate a query: its DataFrame carries `ids_of(*arguments)` as `attrs["sources"]`
    (pandas keeps attrs through filtering and copies)."""
    def wrap(fn):
        @functools.wraps(fn)
        def call(*args, **kwargs):
            frame = fn(*args, **kwargs)
            frame.attrs["sources"] = list(ids_of(*args, **kwargs))
            return frame
        return call
    return wrap


def of(*parts) -> list[str]:
    """The sources behind figures: each part a DataFrame (its `attrs["sources"]`), a source id,
    or a list of ids; in order, each once."""
    ids: list[str] = []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, str):
            ids.append(part)
        elif hasattr(part, "attrs"):
            ids.extend(part.attrs.get("sources", []))
        else:
            ids.extend(part)
    return list(dict.fromkeys(ids))


def level_of_code(code: str) -> str:
    """The level an area code belongs to: PC4-1011, BU…, WK…, GM…."""
    return {"PC4": "pc4", "BU": "buurt", "WK": "wijk", "GM": "gemeente"}.get(code[:3] if code.startswith("PC4") else code[:2],
                                                                            "gemeente")
