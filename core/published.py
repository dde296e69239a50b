"""The figures the letters to parliament publish, and ours beside them with the reasons.

A policy officer who holds the ministry's letter next to this explorer should find every
figure the data can reach, our own number for the same question, the difference, and why
they differ. The published values are those quoted in the project's data notes
(shared/data/PROVENANCE.md) and issues; each row names the letter.
"""
from __future__ import annotations

import pandas as pd

from core.format import decimal, number
from core.i18n import t

# Households (or dwellings) in parts of weak buurten that rose or fell substantially, per
# period, as the letters on each measurement report them.
LETTER_RISERS_FALLERS = (
    # (year_from, year_to, risers, fallers, unit)
    (2014, 2020, 26_000, 75_000, "households"),
    (2020, 2022, 60_000, 125_000, "households"),
    (2022, 2024, 42_000, 122_000, "dwellings"),
)
LETTER_WEAK_HOUSEHOLDS_2024 = 963_000
LETTER_WEAK_HOUSEHOLDS_CHANGE = 43_000  # more than in 2022
LETTER_PRESSURE = {"buurten": 431, "gemeenten": 46, "households": 495_000}
LETTER_INDICATORS = 94
G4_CODES = ("GM0363", "GM0599", "GM0518", "GM0344")

# The 2022 letter on health: where liveability is onvoldoende, against uitstekend. `indicator`
# is the RIVM estimate closest to the letter's words (None: not in these files); a figure is a
# factor, or the two percentages.
LETTER_HEALTH = (
    {"key": "longterm", "indicator": "health_severely_limited", "factor": 2.8},
    {"key": "mental", "indicator": "health_anxiety_depression", "factor": 3.5},
    {"key": "stress", "indicator": "health_stress", "weak": 16.0, "best": 3.6},
    {"key": "resilience", "indicator": None, "weak": 15.0, "best": 4.0},
    {"key": "poor", "indicator": None, "weak": 14.0, "best": 4.0},
)


def _row(lang: str, topic: str, published: str, ours: str, difference: str, why: str) -> dict:
    return {t("rec.col.topic", lang): topic, t("rec.col.published", lang): published,
            t("rec.col.ours", lang): ours, t("rec.col.difference", lang): difference,
            t("rec.col.why", lang): why}


def _signed(value: float, lang: str) -> str:
    return ("+" if value > 0 else "") + number(value, lang, -3)


def _rf_sums(found: pd.DataFrame | None) -> tuple[float, float] | None:
    if found is None:
        return None
    up = found["direction"] == "riser"
    return float(found.loc[up, "households"].sum()), float(found.loc[~up, "households"].sum())


def _topic(text: str, level: str | None, lang: str) -> str:
    """A row's topic, naming the level of our series where the table shows more than one."""
    return t("rec.by_level", lang, topic=text, level=t(f"rec.level.{level}", lang)) if level else text


def risers_fallers_rows(ours: dict[tuple[int, int], pd.DataFrame | None], lang: str,
                        level: str | None = None) -> list[dict]:
    """One row per period the letters report; `ours` holds our risers/fallers (or None where
    our series cannot reach the period); `level` (pc4, wijk) names the series in the topic."""
    rows = []
    for a, b, risers, fallers, unit in LETTER_RISERS_FALLERS:
        sums = _rf_sums(ours.get((a, b)))
        published = t("rec.rf.published", lang, risers=number(risers, lang), fallers=number(fallers, lang),
                      unit=t(f"rec.unit.{unit}", lang), b=b)
        if sums is None:
            mine, diff = t("rec.unreachable", lang), "–"
        else:
            mine = t("rec.rf.ours", lang, risers=number(sums[0], lang, -3), fallers=number(sums[1], lang, -3))
            diff = t("rec.rf.diff", lang, risers=_signed(sums[0] - risers, lang), fallers=_signed(sums[1] - fallers, lang))
        # Whole areas count more households than the changed cells, but also average part of a
        # change away: say "larger" only where both of our numbers are (the stranger's walk found
        # "daarom zijn onze aantallen groter" beside smaller ones).
        larger = sums is not None and sums[0] > risers and sums[1] > fallers
        why = t(("rec.rf.why_unreachable.wijk" if level == "wijk" else "rec.rf.why_unreachable") if sums is None
                else ("rec.rf.why" + ("" if larger else ".mixed") + (".wijk" if level == "wijk" else "")), lang)
        rows.append(_row(lang, _topic(t("rec.rf.topic", lang, a=a, b=b), level, lang), published, mine, diff, why))
    return rows


def beside_signals(ours: dict[tuple[int, int], pd.DataFrame | None], lang: str,
                   by_level: dict[str, dict] | None = None) -> pd.DataFrame:
    """The letters' stijgers/dalers beside ours; with `by_level` (level -> ours), one block per level."""
    if by_level:
        return pd.DataFrame([r for lv, found in by_level.items() for r in risers_fallers_rows(found, lang, lv)])
    return pd.DataFrame(risers_fallers_rows(ours, lang))


# The 2024 letter's thematic links, stated as directions: which end has more. `higher` is the
# end the letter says has more of the indicator ("weak": onvoldoende or lower; "best": uitstekend).
LETTER_DIRECTIONS = (
    {"key": "vwo", "indicator": "advice_vwo", "higher": "best"},
    {"key": "vmbo", "indicator": "advice_vmbo_bk_pro", "higher": "weak"},
    {"key": "heat", "indicator": "heat_island_heatwave", "higher": "weak"},
    {"key": "green", "indicator": "green_percent", "higher": "best"},
)


def _against_the_direction(profile: pd.DataFrame | None, higher: str) -> list[tuple[int, float, int, float]]:
    """Neighbouring classes where the class means run against the letter's direction
    (`higher`: the end with more): the statement holds between the ends, not step by step."""
    if profile is None or len(profile) < 2:
        return []
    p = profile.sort_values("klasse")
    out = []
    for (ka, va), (kb, vb) in zip(zip(p["klasse"], p["mean"]), list(zip(p["klasse"], p["mean"]))[1:]):
        if (higher == "weak" and vb > va) or (higher == "best" and vb < va):
            out.append((int(ka), float(va), int(kb), float(vb)))
    return out


def direction_rows(ours: dict[str, dict], units: dict[str, str], lang: str, only: str | None = None,
                   profiles: dict[str, pd.DataFrame] | None = None,
                   by_pupils: dict[str, dict] | None = None) -> list[dict]:
    """The letter's statements on school advice, heat and green beside the same comparison in
    these data: the household-weighted mean where liveability is onvoldoende or lower against
    uitstekend (core.themes.weak_to_best_ratio). With `profiles` (indicator -> mean per class,
    core.themes.mean_per_class) the verdict says where the classes in between run the other
    way; with `by_pupils` (indicator -> the same ends weighted by pupils) the school-advice rows
    give that alternative weighting too."""
    rows = []
    for item in LETTER_DIRECTIONS:
        if only and item["indicator"] != only:
            continue
        mine = ours.get(item["indicator"])
        unit = units.get(item["indicator"], "")

        def value(x):
            return f"{decimal(x, lang, 1)} {unit}".strip()

        if not mine or mine["ratio"] != mine["ratio"]:
            ours_text, verdict = t("rec.unreachable", lang), "–"
        else:
            ours_text = t("rec.dir.ours", lang, weak=value(mine["weak"]), best=value(mine["best"]))
            higher = "weak" if mine["weak"] > mine["best"] else "best"
            verdict = t("rec.dir.same" if higher == item["higher"] else "rec.dir.opposite", lang)
            steps = _against_the_direction((profiles or {}).get(item["indicator"]), item["higher"])
            if higher == item["higher"] and steps:
                verdict = t("rec.dir.same_ends", lang, exceptions="; ".join(
                    t("rec.dir.step", lang, a=a, va=value(va), b=b, vb=value(vb)) for a, va, b, vb in steps))
        pupils = (by_pupils or {}).get(item["indicator"])
        pupils_text = (t("rec.dir.pupils", lang, weak=value(pupils["weak"]), best=value(pupils["best"]))
                       if pupils and pupils["weak"] == pupils["weak"] else "–")
        rows.append(_row(lang, t(f"rec.dir.topic.{item['key']}", lang), t(f"rec.dir.published.{item['key']}", lang),
                         ours_text, verdict, t(f"rec.dir.why.{item['key']}", lang, pupils=pupils_text)))
    return rows


def health_rows(ours: dict[str, dict], lang: str, only: str | None = None) -> list[dict]:
    """The letter's health figures beside ours: `ours` maps an indicator to its
    weak_to_best_ratio (core.themes); `only` keeps the row of one indicator."""
    rows = []
    for item in LETTER_HEALTH:
        if only and item["indicator"] != only:
            continue
        if "factor" in item:
            published = t("rec.health.factor", lang, factor=decimal(item["factor"], lang, 1))
        else:
            published = t("rec.health.pair", lang, weak=decimal(item["weak"], lang, 1), best=decimal(item["best"], lang, 1))
        mine = ours.get(item["indicator"]) if item["indicator"] else None
        if not mine or mine["ratio"] != mine["ratio"]:
            ours_text, diff = t("rec.unreachable", lang), "–"
        else:
            ours_text = t("rec.health.ours", lang, factor=decimal(mine["ratio"], lang, 1),
                          weak=decimal(mine["weak"], lang, 1), best=decimal(mine["best"], lang, 1))
            diff = (t("rec.health.diff_factor" if mine["ratio"] < item["factor"] else "rec.health.diff_factor_larger",
                      lang, ours=decimal(mine["ratio"], lang, 1), published=decimal(item["factor"], lang, 1))
                    if "factor" in item else t("rec.health.diff_pair", lang,
                                               weak=decimal(mine["weak"] - item["weak"], lang, 1, signed=True),
                                               best=decimal(mine["best"] - item["best"], lang, 1, signed=True)))
        why = t(f"rec.health.why.{item['key']}", lang)
        rows.append(_row(lang, t(f"rec.health.topic.{item['key']}", lang), published, ours_text, diff, why))
    return rows


def pressure_row(areas: int, gemeenten: int, households: float, rule: dict, lang: str,
                 level: str | None = None) -> dict:
    """`rule`: label (class name), n and years of our definition, as used for `areas`."""
    p = LETTER_PRESSURE
    return _row(
        lang, _topic(t("rec.up.topic", lang), level, lang),
        t("rec.up.published", lang, buurten=p["buurten"], gemeenten=p["gemeenten"],
          households=number(p["households"], lang)),
        t("rec.up.ours.wijk" if level == "wijk" else "rec.up.ours", lang, areas=areas, gemeenten=gemeenten,
          households=number(households, lang, -3), **rule),
        t("rec.up.diff", lang, households=_signed(households - p["households"], lang),
          gemeenten=f"{gemeenten - p['gemeenten']:+d}"),
        t("rec.up.why.wijk" if level == "wijk" else "rec.up.why", lang))


def beside_pressure(areas: int, gemeenten: int, households: float, rule: dict, lang: str,
                    by_level: dict[str, tuple] | None = None) -> pd.DataFrame:
    """The letter's 'structureel onder druk' beside ours; with `by_level` (level -> (areas,
    gemeenten, households)), one row per level."""
    if by_level:
        return pd.DataFrame([pressure_row(*found, rule, lang, lv) for lv, found in by_level.items()])
    return pd.DataFrame([pressure_row(areas, gemeenten, households, rule, lang)])


def g4_spread_ranks(spread: pd.DataFrame, column: str = "iqr") -> dict[str, int]:
    """Rank (1 = widest) of each G4 gemeente by household-weighted IQR among the gemeenten
    whose spread is reliable (enough buurten: see core.inequality); `column` "iqr_step" ranks
    by the IQR of quartiles without interpolation."""
    usable = spread[spread["spread_reliable"]].sort_values(column, ascending=False).reset_index(drop=True)
    ranks = {code: i + 1 for i, code in enumerate(usable["gemeente_code"])}
    return {code: ranks.get(code, 0) for code in G4_CODES}


def reconciliation(weak_households: float, pressure: tuple[int, int, float, dict],
                   risers_fallers: dict[tuple[int, int], pd.DataFrame | None], g4_ranks: dict[str, int],
                   g4_names: dict[str, str], trend: pd.DataFrame, health: dict[str, dict], lang: str,
                   themes: dict[str, dict] | None = None, units: dict[str, str] | None = None,
                   wijk_pressure: tuple[int, int, float, dict] | None = None,
                   wijk_risers_fallers: dict[tuple[int, int], pd.DataFrame | None] | None = None,
                   g4_ranks_step: dict[str, int] | None = None, profiles: dict[str, pd.DataFrame] | None = None,
                   by_pupils: dict[str, dict] | None = None) -> pd.DataFrame:
    """The table on Over de data: every published figure the data can reach, ours beside it
    (postcode areas, and wijken where given)."""
    by_level = wijk_pressure is not None or wijk_risers_fallers is not None
    rows = [_row(
        lang, t("rec.weak.topic", lang),
        t("rec.weak.published", lang, hh=number(LETTER_WEAK_HOUSEHOLDS_2024, lang)),
        t("rec.weak.ours", lang, hh=number(weak_households, lang)),
        _signed(weak_households - LETTER_WEAK_HOUSEHOLDS_2024, lang), t("rec.weak.why", lang))]
    rows.append(_row(lang, t("rec.weakchange.topic", lang),
                     t("rec.weakchange.published", lang, hh=number(LETTER_WEAK_HOUSEHOLDS_CHANGE, lang)),
                     t("rec.unreachable", lang), "–", t("rec.weakchange.why", lang)))
    rows.append(pressure_row(*pressure, lang, "pc4" if by_level else None))
    if wijk_pressure is not None:
        rows.append(pressure_row(*wijk_pressure, lang, "wijk"))
    rows.extend(risers_fallers_rows(risers_fallers, lang, "pc4" if by_level else None))
    if wijk_risers_fallers is not None:
        rows.extend(risers_fallers_rows(wijk_risers_fallers, lang, "wijk"))
    in_top5 = sum(1 for r in g4_ranks.values() if 0 < r <= 5)
    rows.append(_row(
        lang, t("rec.g4.topic", lang), t("rec.g4.published", lang),
        t("rec.g4.ours", lang, ranks=", ".join(f"{g4_names.get(c, c)} {r or '–'}" for c, r in g4_ranks.items())),
        t("rec.g4.diff", lang, n=in_top5),
        t("rec.g4.why", lang, step=sum(1 for r in (g4_ranks_step or g4_ranks).values() if 0 < r <= 5))))
    by_year = trend.set_index("year")["afw"]
    steps = by_year.diff().dropna()
    rows.append(_row(
        lang, t("rec.trend.topic", lang), t("rec.trend.published", lang),
        t("rec.trend.ours", lang, first=int(by_year.index[0]), last=int(by_year.index[-1]),
          up=int((steps > 0).sum()), steps=len(steps), last_step=decimal(steps.iloc[-1], lang, 3, signed=True)),
        t("rec.trend.diff", lang),
        t(f"rec.trend.why.{trend['source'].iloc[0] if 'source' in trend and len(trend) else 'pc4'}", lang)))
    rows.extend(health_rows(health, lang))
    rows.extend(direction_rows(themes or {}, units or {}, lang, profiles=profiles, by_pupils=by_pupils))
    rows.append(_row(lang, t("rec.ind.topic", lang), t("rec.ind.published", lang, n=LETTER_INDICATORS),
                     t("rec.ind.ours", lang), "–", t("rec.ind.why", lang)))
    return pd.DataFrame(rows)
