"""Areas with few households, whose score is better not read on its own (issue 31).

The official viewer warns that areas with very few inhabitants (business parks, ports,
polders) show extreme scores. The data say where that starts: the spread of the total score
(standard deviation of afw) is about 0.09–0.13 in every band from 25 households up, 0.12–0.15
between 10 and 25, and 0.15–0.27 below 10 (buurten 2024, postcode areas and wijken 2022).
Below 25 households, then, a score is shaky: 43 buurten, 195 postcode areas, 97 wijken. They
are few, but they are the extremes of the signals: three of the five largest postcode-area
risers of 2014–2022 and the largest wijk riser and faller have at most 10 households. So the
signals leave them out by default (a reader can take them back), and Mijn buurt says so.
"""
from __future__ import annotations

import pandas as pd

FEW_HOUSEHOLDS = 25
FEW_LEVELS = ("wijk", "buurt", "pc4")  # levels with such areas (no gemeente has fewer than 25)


def is_few(households) -> bool:
    """True for fewer than FEW_HOUSEHOLDS households (missing counts as none)."""
    return pd.isna(households) or float(households) < FEW_HOUSEHOLDS


def split(frame: pd.DataFrame, include: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows a signal shows and those it leaves out for their few households (none left out
    when `include`)."""
    few = frame["households"].map(is_few).astype(bool)
    if include:
        return frame, frame.iloc[0:0]
    return frame[~few], frame[few]
