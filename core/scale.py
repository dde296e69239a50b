"""The Leefbaarometer's nine classes, the five dimensions, and the colours that carry them.

One module, so a class means the same label and the same colour on every page (the words
themselves are in the text catalogue, core.i18n: class.N, dimclass.N, change.N).

Class thresholds come from the database (built from `class_boundaries_derived_2024.csv`);
the constants here are only the names and colours, which the source files do not carry.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from core.i18n import t

DIMENSIONS: tuple[str, ...] = ("fys", "won", "vrz", "soc", "onv")

# The Leefbaarometer map legend runs from deep purple (zeer onvoldoende) through a pale
# neutral (voldoende) to deep green (uitstekend). The source files carry no colour codes,
# so these hex values are our reading of the published legend, not an official file.
PALETTES: dict[str, tuple[str, ...]] = {
    "official": (
        "#4B0F5E", "#7B2D86", "#A966AD", "#D6B1D3", "#EFE9D2",
        "#C7E2A8", "#8CC47A", "#3F9345", "#14582A",
    ),
    # Colour-blind safe alternative: orange (low) to blue (high), after ColorBrewer PuOr/RdBu.
    "colourblind": (
        "#7F3B08", "#B35806", "#E08214", "#FDB863", "#F2F0F7",
        "#B2ABD2", "#8073AC", "#542788", "#2D004B",
    ),
}

# One colour per dimension, the same in every chart (Okabe-Ito, distinguishable for most
# forms of colour blindness).
DIMENSION_COLOURS = {
    "fys": "#009E73",
    "won": "#E69F00",
    "vrz": "#56B4E9",
    "soc": "#CC79A7",
    "onv": "#D55E00",
}

# Change maps: nine symmetric bins of the change in deviation between two years, on the same
# purple (worse) to green (better) colours. Edges chosen so the middle bin is "about the same"
# (|change| < 0.01, a quarter of a dimension class width) and the outer bins hold the few
# areas that moved more than a total-score class width.
CHANGE_EDGES = (-0.10, -0.05, -0.025, -0.01, 0.01, 0.025, 0.05, 0.10)
WEAK_CLASS = 4  # "zwak": the reports count households in areas of this class or lower
SUFFICIENT_CLASS = 5


@dataclass(frozen=True)
class ClassScale:
    """Upper boundaries between classes 1|2 … 8|9 for one score (total or a dimension)."""

    boundaries: tuple[float, ...]

    def classify(self, value: float | None) -> int | None:
        """Class 1–9 of a score; None for a missing score.

        A value exactly on a boundary goes to the upper class (boundaries are midpoints
        between the highest official score of the lower class and the lowest of the upper).
        """
        if value is None or value != value:  # NaN
            return None
        return bisect.bisect_right(self.boundaries, value) + 1

    def band(self, klasse: int) -> tuple[float | None, float | None]:
        """The (lower, upper) score range of a class; None where it is open-ended."""
        lower = self.boundaries[klasse - 2] if klasse > 1 else None
        upper = self.boundaries[klasse - 1] if klasse < 9 else None
        return lower, upper


# The one symmetric scale the dimensions share (PROVENANCE.md: 0.0392 × 1, 2, 4, 6).
_STEP = 0.0392
DIMENSION_SCALE = ClassScale(tuple(s * _STEP for s in (-6, -4, -2, -1, 1, 2, 4, 6)))


CHANGE_SCALE = ClassScale(CHANGE_EDGES)


def change_label(klasse: int | None, lang: str = "nl") -> str:
    """The words for a change class (1 sharply down … 9 sharply up)."""
    return "–" if klasse is None else t(f"change.{int(klasse)}", lang)


def class_label(klasse: int | None, lang: str = "nl", dimension: bool = False) -> str:
    """The words for a class, in the interface language. Dimension scores are deviations on
    one symmetric scale (class 5 is "about average"), so they get relative words."""
    if klasse is None:
        return "–"
    return t(f"dimclass.{int(klasse)}", lang) if dimension else t(f"class.{int(klasse)}", lang)


def legend_labels(kind: str, lang: str) -> list[str]:
    """The nine words of a legend: kind is 'total', 'dimension' or 'change'."""
    if kind == "change":
        return [change_label(k, lang) for k in range(1, 10)]
    return [class_label(k, lang, dimension=kind == "dimension") for k in range(1, 10)]


def class_colour(klasse: int | None, palette: str = "official") -> str:
    """The fill colour of a class (grey for a missing score)."""
    if klasse is None:
        return "#BDBDBD"
    return PALETTES.get(palette, PALETTES["official"])[int(klasse) - 1]


def text_colour_on(background_hex: str) -> str:
    """Black or white, whichever contrasts more with the background (WCAG relative luminance)."""
    lum = relative_luminance(background_hex)
    contrast_black = (lum + 0.05) / 0.05
    contrast_white = 1.05 / (lum + 0.05)
    return "#000000" if contrast_black >= contrast_white else "#FFFFFF"


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    h = hex_colour.lstrip("#")
    channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(fg_hex: str, bg_hex: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    a, b = sorted((relative_luminance(fg_hex), relative_luminance(bg_hex)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def hex_to_rgb(hex_colour: str) -> list[int]:
    """[r, g, b] for pydeck, which wants numbers."""
    h = hex_colour.lstrip("#")
    return [int(h[i : i + 2], 16) for i in (0, 2, 4)]

