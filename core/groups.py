"""Which gemeenten the government's reports compare: the G4, the G40 and the rest.

G40 membership is not in any of our data files, so it is written down here with its source.
Source: Stedennetwerk G40 (g40stedennetwerk.nl), membership after Amstelveen joined on
1 July 2022 (41 cities; the network kept its name). Checked against the list of
"gruttestêdebelied" cities on Wikipedia (fy), read on 2026-11-22. Names are the 2024 CBS
gemeente names; the build records any that do not match (build_info `groups_unmatched`)
and a test on the real data requires none, so a renamed or merged gemeente is noticed
instead of silently falling into "rest".
"""
from __future__ import annotations

G4 = ("Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht")

G40 = (
    "Alkmaar", "Almelo", "Almere", "Alphen aan den Rijn", "Amersfoort", "Amstelveen", "Apeldoorn",
    "Arnhem", "Assen", "Breda", "Delft", "Deventer", "Dordrecht", "Ede", "Eindhoven", "Emmen",
    "Enschede", "Gouda", "Groningen", "Haarlem", "Haarlemmermeer", "Heerlen", "Helmond", "Hengelo (O.)",
    "'s-Hertogenbosch", "Hilversum", "Hoorn", "Leeuwarden", "Leiden", "Lelystad", "Maastricht",
    "Nijmegen", "Oss", "Roosendaal", "Schiedam", "Sittard-Geleen", "Tilburg", "Venlo", "Zaanstad",
    "Zoetermeer", "Zwolle",
)

GROUPS = ("G4", "G40", "overig")
SOURCE = "Stedennetwerk G40, leden per 1 juli 2022 (41 steden)"


def group_of(name: str) -> str:
    if name in G4:
        return "G4"
    if name in G40:
        return "G40"
    return "overig"


def unmatched(names: set[str]) -> list[str]:
    """Group members that are not among the given gemeente names."""
    return sorted(n for n in (*G4, *G40) if n not in names)
