"""Thematic statistics (education, income, crime, health, heat and green, SES) as one long table.

Each indicator is described once here (label, unit, source, year, level, direction), so the
themes page can show where a number comes from without knowing any source file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.readers import read_csv_plain, read_xlsx_plain
from core.format import number

# An indicator is offered at a level only where it joins well: at least this share of its
# values find a 2024 area, or this share of the 2024 areas get a value; and enough areas for a
# correlation (SES-WOA with 2019 codes joined 0 buurten, 0 wijken and 1 gemeente, and was once
# offered anyway).
from core.themes import MIN_JOIN_SHARE, MIN_JOINED  # noqa: E402 - the rule, shared with Over de data

# Crime rates for areas with very few inhabitants (industrial estates, parks) say nothing
# about residents; CBS itself suppresses small counts. Below this we leave the rate out.
MIN_INHABITANTS_FOR_RATE = 100


@dataclass
class Indicator:
    id: str
    theme: str
    label_nl: str
    label_en: str
    unit: str
    source_id: str
    year: str
    higher_is_better: bool
    note_nl: str = ""
    note_en: str = ""
    values: list[pd.DataFrame] = field(default_factory=list)  # columns: code, level, value

    def catalogue_row(self) -> dict:
        levels = sorted({lvl for v in self.values for lvl in v["level"].unique()})
        n = sum(len(v) for v in self.values)
        return {
            "indicator": self.id, "theme": self.theme, "label_nl": self.label_nl,
            "label_en": self.label_en, "unit": self.unit, "source_id": self.source_id,
            "year": self.year, "levels": ",".join(levels), "n_areas": n,
            "higher_is_better": self.higher_is_better, "note_nl": self.note_nl, "note_en": self.note_en,
        }


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.str.replace(",", ".", regex=False), errors="coerce")


def _frame(codes: pd.Series, level, values: pd.Series) -> pd.DataFrame:
    out = pd.DataFrame({"code": codes.to_numpy(), "level": level, "value": values.to_numpy()})
    return out.dropna(subset=["value"])


def from_kwb2021(path: Path) -> list[Indicator]:
    df = read_csv_plain(path, ["kwb_year", "gwb_code", "recs", "a_opl_lg", "a_opl_md", "a_opl_hg",
                                "g_ink_pi", "p_hh_lkk"])
    df = df[(df["kwb_year"] == "2021") & df["recs"].isin(["Gemeente", "Wijk"])].copy()
    level = df["recs"].map({"Gemeente": "gemeente", "Wijk": "wijk"})
    low, mid, high = (_num(df[c]) for c in ("a_opl_lg", "a_opl_md", "a_opl_hg"))
    total = low + mid + high
    note_nl = "Gemeentelijke indeling 2021: gemeenten die daarna zijn samengevoegd, koppelen niet."
    note_en = "2021 municipal boundaries: municipalities merged since then do not join."
    common = dict(source_id="kwb2021", year="2021", note_nl=note_nl, note_en=note_en)
    return [
        Indicator("edu_low_share", "education", "Aandeel laagopgeleiden (15–75 jaar)",
                  "Share with low education (aged 15–75)", "%", higher_is_better=False,
                  values=[_frame(df["gwb_code"], level, 100 * low / total)], **common),
        Indicator("edu_high_share", "education", "Aandeel hoogopgeleiden (15–75 jaar)",
                  "Share with high education (aged 15–75)", "%", higher_is_better=True,
                  values=[_frame(df["gwb_code"], level, 100 * high / total)], **common),
        Indicator("income_per_inhabitant", "income", "Gemiddeld inkomen per inwoner",
                  "Average income per inhabitant", "× €1.000", higher_is_better=True,
                  values=[_frame(df["gwb_code"], level, _num(df["g_ink_pi"]))], **common),
        Indicator("low_income_households", "income", "Huishoudens met een laag inkomen",
                  "Households with a low income", "%", higher_is_better=False,
                  values=[_frame(df["gwb_code"], level, _num(df["p_hh_lkk"]))], **common),
    ]


def from_income2024(path: Path) -> list[Indicator]:
    df = read_csv_plain(path, ["gemeentecode", "gem_gestand_inkomen_x1000eur"])
    df = df[df["gemeentecode"].str.startswith("GM", na=False)]
    return [Indicator(
        "income_standardised_2024", "income", "Gemiddeld gestandaardiseerd huishoudinkomen",
        "Average standardised household income", "× €1.000", "income2024", "2024 (voorlopig)",
        True, "Voorlopige cijfers; voor vijf kleine gemeenten geheimgehouden.",
        "Provisional figures; suppressed for five small municipalities.",
        values=[_frame(df["gemeentecode"], "gemeente", _num(df["gem_gestand_inkomen_x1000eur"]))],
    )]


def from_crime2024(path: Path, inhabitants: pd.DataFrame) -> list[Indicator]:
    """Registered crime per 1,000 inhabitants, buurt and gemeente (inhabitants: code, inhabitants)."""
    df = read_csv_plain(path, ["buurtcode", "gemeentecode", "geregistreerde_misdrijven_totaal_est"])
    # The published total where the extract has it; elsewhere the extract's summed categories
    # halved (the sum counted the total and its parts: median difference from the total 0).
    exact = _num(df["geregistreerde_misdrijven_totaal_exact"]) if "geregistreerde_misdrijven_totaal_exact" in df else None
    df["crimes"] = _num(df["geregistreerde_misdrijven_totaal_est"])
    n_exact = 0
    if exact is not None:
        n_exact = int(exact.notna().sum())
        df["crimes"] = exact.fillna(df["crimes"])
    df = df[df["buurtcode"] != "BU00000000"]  # the police's "location unknown" bucket
    per_gm = df.groupby("gemeentecode", as_index=False)["crimes"].sum().rename(columns={"gemeentecode": "code"})
    per_bu = df[["buurtcode", "crimes"]].rename(columns={"buurtcode": "code"})
    frames = []
    for level, counts in (("buurt", per_bu), ("gemeente", per_gm)):
        merged = counts.merge(inhabitants, on="code", how="inner")
        merged = merged[merged["inhabitants"] >= MIN_INHABITANTS_FOR_RATE]
        frames.append(_frame(merged["code"], level, 1000 * merged["crimes"] / merged["inhabitants"]))
    return [Indicator(
        "crime_per_1000", "crime", "Geregistreerde misdrijven per 1.000 inwoners",
        "Registered crimes per 1,000 inhabitants", "per 1.000", "crime2024", "2024", False,
        f"Het gepubliceerde totaal voor {number(n_exact, 'nl')} buurten; voor de overige is het totaal geschat als "
        f"de helft van de opgetelde categorieën in het gebruikte uittreksel (mediaan verschil met het totaal 0). "
        f"Alleen gebieden met minstens {MIN_INHABITANTS_FOR_RATE} inwoners. Inwoners: CBS 2024.",
        f"The published total for {number(n_exact, 'en')} buurten; for the others the total is estimated as half of the "
        f"extract's summed categories (median difference from the total 0). Only areas with at least "
        f"{MIN_INHABITANTS_FOR_RATE} inhabitants. Inhabitants: CBS 2024.",
        values=frames,
    )]


def from_health2020(path: Path) -> list[Indicator]:
    df = read_csv_plain(path, ["RegioS", "ErvarenGezondheidGoedZeerGoed_6"], sep=";")
    return [Indicator(
        "health_65plus_good", "health", "65-plussers met een goede of zeer goede gezondheid (alleen gemeenten)",
        "People aged 65+ in good or very good health (municipalities only)", "%", "health2020", "2020", True,
        "Alleen 65-plussers; gemeentelijke indeling 2020.", "Ages 65+ only; 2020 municipal boundaries.",
        values=[_frame(df["RegioS"], "gemeente", _num(df["ErvarenGezondheidGoedZeerGoed_6"]))],
    )]


# RIVM's small-area health estimates: column, id, Dutch and English label, higher is better.
RIVM_2020 = (
    ("ErvarenGezondheidGoedZeerGoed_4", "health_good_2020", "Ervaren gezondheid goed of zeer goed",
     "Perceived health good or very good", True),
    ("HoogRisicoOpAngstOfDepressie_25", "health_anxiety_depression", "Hoog risico op angststoornis of depressie",
     "High risk of anxiety disorder or depression", False),
    ("LangdurigeZiekteEnBeperkt_19", "health_longterm_limited", "Langdurige ziekte en (ernstig) beperkt",
     "Long-term illness and (severely) limited", False),
    ("ErnstigBeperktVanwegeGezondheid_18", "health_severely_limited", "Ernstig beperkt vanwege gezondheid",
     "Severely limited by health", False),
    ("HeelVeelStressInAfgelopen4Weken_26", "health_stress", "Heel veel stress in de afgelopen vier weken",
     "A lot of stress in the past four weeks", False),
    ("ErnstigZeerErnstigEenzaam_29", "health_lonely_severe", "Ernstig of zeer ernstig eenzaam",
     "Severely or very severely lonely", False),
    ("MoeiteMetRondkomen_38", "health_making_ends_meet", "Moeite met rondkomen", "Difficulty making ends meet", False),
    ("ErnstigeGeluidhinderDoorBuren_37", "health_noise_neighbours", "Ernstige geluidhinder door buren",
     "Severe noise nuisance from neighbours", False),
)
RIVM_NOTE_NL = ("Modelschatting van het RIVM uit de Gezondheidsmonitor Volwassenen en Ouderen (GGD'en, CBS, RIVM), "
                "volwassenen (18+), indeling {year}: geen meting per buurt. Buurten waarvan de code sinds {year} "
                "veranderde, hebben hier geen waarde (geen terugval op wijk of gemeente). Cijfers van 2020 en 2022 "
                "staan niet op één schaal (landelijk goed ervaren gezondheid 78,4% en 69,0%).")
RIVM_NOTE_EN = ("RIVM model-based estimate from the Health Monitor of Adults and the Elderly (GGDs, CBS, RIVM), "
                "adults (18+), {year} division: not a measurement per buurt. Buurten whose code changed since {year} "
                "have no value here (no fallback to wijk or gemeente). 2020 and 2022 figures are not on one scale "
                "(national perceived health good 78.4% and 69.0%).")
RIVM_LEVELS = {"Gemeente": "gemeente", "Wijk": "wijk", "Buurt": "buurt", "Land": "nl"}


def _rivm_frames(df: pd.DataFrame, column: str) -> list[pd.DataFrame]:
    """Central estimates for adults (18+) per level; `.` (suppressed) and blanks left out."""
    rows = df[(df["Leeftijd"] == "20300") & (df["Marges"] == "MW00000")]
    level = rows["SoortRegio_2"].map(RIVM_LEVELS)
    keep = level.notna()
    return [_frame(rows.loc[keep, "WijkenEnBuurten"], level[keep], _num(rows.loc[keep, column]))]


def from_rivm2020(path: Path) -> list[Indicator]:
    df = read_xlsx_plain(path, ["WijkenEnBuurten", "SoortRegio_2", "Leeftijd", "Marges", *(c for c, *_ in RIVM_2020)])
    return [Indicator(ind, "health", nl, en, "%", "rivm2020", "2020", better,
                      RIVM_NOTE_NL.format(year=2020), RIVM_NOTE_EN.format(year=2020), values=_rivm_frames(df, col))
            for col, ind, nl, en, better in RIVM_2020]


def from_rivm2022(path: Path) -> list[Indicator]:
    df = read_csv_plain(path, ["WijkenEnBuurten", "SoortRegio_2", "Leeftijd", "Marges",
                               "ErvarenGezondheidGoedZeerGoed_4"], sep=";")
    return [Indicator("health_good_2022", "health", "Ervaren gezondheid goed of zeer goed",
                      "Perceived health good or very good", "%", "rivm2022", "2022", True,
                      RIVM_NOTE_NL.format(year=2022), RIVM_NOTE_EN.format(year=2022),
                      values=_rivm_frames(df, "ErvarenGezondheidGoedZeerGoed_4"))]


HEAT_NOTE_NL = ("Model van het stedelijk hitte-eiland (Summer in the City, NLeSC en WUR) op de bebouwing rond 2008–2012 "
                "(AHN2, luchtfoto's 2008, buurten 2012), naar de buurten van 2024 omgerekend als gemiddelde gewogen "
                "met de oppervlakte van de overlap; wijken en gemeenten: gewogen met huishoudens. Een hitte-eiland is "
                "niet de gevoelstemperatuur of de hittestress van de Klimaateffectatlas.")
HEAT_NOTE_EN = ("Urban heat island model (Summer in the City, NLeSC and WUR) of the built environment around 2008–2012 "
                "(AHN2, 2008 aerial photographs, 2012 buurten), carried over to the 2024 buurten as a mean weighted by "
                "area of overlap; wijken and gemeenten: weighted by households. A heat island is not the felt "
                "temperature or the heat stress of the Klimaateffectatlas.")
HEAT_FIELDS = (  # property, id, Dutch, English, unit, divide by, higher is better
    ("uhi95p", "heat_island_heatwave", "Hitte-eiland op een hittegolfdag", "Heat island on a heat-wave day", "°C", 100, False),
    ("uhi50p", "heat_island_summer", "Hitte-eiland op een gemiddelde zomerdag", "Heat island on an average summer day",
     "°C", 100, False),
    ("green", "green_percent", "Groen (begroeid oppervlak)", "Green (vegetated surface)", "%", 1, True),
    ("urban", "paved_percent", "Bebouwd en verhard oppervlak", "Built-up and paved surface", "%", 1, False),
)


def from_heat(path: Path, buurten: dict[str, object], households: pd.DataFrame,
              wijk_of_buurt: dict[str, str] | None = None) -> tuple[list[Indicator], dict]:
    """Heat island, green and paved surface for the 2024 buurten (overlap-weighted mean of the
    2012 model buurten), and for wijken and gemeenten (household-weighted mean of their
    buurten, core.weighting). Wijken are those of the 2022 series, made up of the buurten that
    `wijk_of_buurt` gives them (etl.wijken.members: the same rule as their outlines; a
    code alone is no identity). Returns the indicators and a coverage report."""
    from etl import geo
    from core.search import wijk_of
    from core.weighting import weighted_means

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    props, shapes = [], {}
    for i, feature in enumerate(data.get("features", [])):
        if feature.get("geometry") and (feature.get("properties") or {}).get("bu_naam") is not None:
            shapes[str(i)] = geo.to_shape(feature["geometry"])
            props.append((str(i), feature["properties"]))
    values = pd.DataFrame({key: [p.get(key) for _, p in props] for key, *_ in HEAT_FIELDS},
                          index=[i for i, _ in props]).apply(pd.to_numeric, errors="coerce")
    shares = geo.split_by_overlap(buurten, shapes, nearest=False)
    keys = tuple(key for key, *_ in HEAT_FIELDS)
    long = pd.DataFrame([(code, part, share) for code, parts in shares.items() for part, share in parts.items()],
                        columns=["code", "part", "share"]).join(values, on="part")
    per_buurt = weighted_means(long, ["code"], measures=keys, weight="share")[["code", *keys]]
    hh = households.set_index("code")["households"]
    per_buurt["households"] = per_buurt["code"].map(hh).fillna(0.0)
    per_buurt["wijk"] = per_buurt["code"].map(wijk_of_buurt if wijk_of_buurt is not None else wijk_of)
    per_buurt["gemeente"] = "GM" + per_buurt["code"].str.slice(2, 6)
    wijk = weighted_means(per_buurt.dropna(subset=["wijk"]), ["wijk"], measures=keys).rename(columns={"wijk": "code"})
    gemeente = weighted_means(per_buurt, ["gemeente"], measures=keys).rename(columns={"gemeente": "code"})
    made = []
    for key, ind, nl, en, unit, divide, better in HEAT_FIELDS:
        frames = [_frame(df["code"], level, df[key] / divide)
                  for df, level in ((per_buurt, "buurt"), (wijk, "wijk"), (gemeente, "gemeente"))]
        made.append(Indicator(ind, "heat_green", nl, en, unit, "heat_uhi", "2012", better, HEAT_NOTE_NL, HEAT_NOTE_EN,
                              values=frames))
    report = {"heat_buurten_2012": str(len(shapes)), "heat_buurten_2024_covered": str(len(per_buurt)),
              "heat_buurten_2024": str(len(buurten))}
    return made, report


# School advice: the twelve counts of each school year, in DUO's order.
ADVICE = ("VSO", "PRO", "VMBO_B", "VMBO_B_K", "VMBO_K", "VMBO_K_GT", "VMBO_GT", "VMBO_GT_HAVO", "HAVO", "HAVO_VWO",
          "VWO", "ADVIES_NIET_MOGELIJK")
EXACT_YEARS = ("2019-2020", "2020-2021", "2021-2022")  # from 2022-23 counts under 5 are stored as 2
ADVICE_SHARES = (  # id, Dutch, English, the advice counted, higher is better
    ("advice_vwo", "Schooladvies vwo", "School advice vwo", ("VWO",), True),
    ("advice_havo_vwo", "Schooladvies havo/vwo of hoger", "School advice havo/vwo or higher", ("HAVO", "HAVO_VWO", "VWO"),
     True),
    ("advice_vmbo_bk_pro", "Schooladvies vmbo-basis/kader of praktijkonderwijs",
     "School advice vmbo basic/vocational or practical education", ("PRO", "VMBO_B", "VMBO_B_K", "VMBO_K"), False),
)
ADVICE_NOTE_NL = ("Adviezen van leerlingen in groep 8, schooljaren 2019-20 tot en met 2021-22 samen (exacte aantallen; "
                  "latere jaren zijn bij kleine aantallen afgerond en blijven weg), bij de postcode van de school: waar "
                  "leerlingen naar school gaan, niet waar ze wonen. Scholen met vestigingen in meer postcodegebieden "
                  "blijven weg. Aandeel van alle adviezen; in de bron staan het aantal leerlingen en scholen.")
ADVICE_NOTE_EN = ("Advice of pupils in year 8, school years 2019-20 to 2021-22 together (exact counts; later years round "
                  "small counts and are left out), at the school's postcode: where pupils go to school, not where they "
                  "live. Schools with locations in several postcode areas are left out. Share of all advice.")


def school_advice_counts(counts_path: Path, locations_path: Path) -> tuple[pd.DataFrame, dict]:
    """Per school (BRIN4) with one postcode area: its PC4 and the summed counts of the exact
    years; a last row `ALL` holds the counts of every school (the national figure)."""
    counts = json.loads(Path(counts_path).read_text(encoding="utf-8"))
    locations = read_csv_plain(locations_path, ["BRIN", "postcode"])
    locations["brin4"] = locations["BRIN"].str.slice(0, 4)
    locations["pc4"] = locations["postcode"].str.slice(0, 4)
    pc4s = locations[locations["pc4"].str.fullmatch(r"\d{4}")].groupby("brin4")["pc4"].agg(lambda s: sorted(set(s)))
    rows, several, none = [], 0, 0
    national = [0] * len(ADVICE)  # every school, whatever its postcode
    for years in counts.values():
        for year in EXACT_YEARS:
            for i, c in enumerate((years.get(year) or [])[: len(ADVICE)]):
                national[i] += int(c or 0)
    for brin4, years in counts.items():
        places = pc4s.get(brin4)
        if not places:
            none += 1
            continue
        if len(places) > 1:
            several += 1
            continue
        summed = [0] * len(ADVICE)
        for year in EXACT_YEARS:
            for i, c in enumerate((years.get(year) or [])[: len(ADVICE)]):
                summed[i] += int(c or 0)
        if sum(summed):
            rows.append({"brin4": brin4, "pc4": places[0], **dict(zip(ADVICE, summed))})
    report = {"schools": str(len(counts)), "schools_one_pc4": str(len(rows)), "schools_several_pc4": str(several),
              "schools_no_location": str(none)}
    rows.append({"brin4": "ALL", "pc4": None, **dict(zip(ADVICE, national))})
    return pd.DataFrame(rows, columns=["brin4", "pc4", *ADVICE]), report


def from_school_advice(schools: pd.DataFrame, pc4_gemeente: dict[str, str]) -> list[Indicator]:
    """Advice shares per PC4 (the school's postcode) and per gemeente (through the PC4's gemeente)."""
    everyone = schools[schools["brin4"] == "ALL"]
    frame = schools[schools["brin4"] != "ALL"]
    frame = frame.assign(code="PC4-" + frame["pc4"])
    frame["gemeente"] = frame["code"].map(pc4_gemeente)
    made = []
    for ind, nl, en, counted, better in ADVICE_SHARES:
        frames = []
        for key, level in (("code", "pc4"), ("gemeente", "gemeente")):
            g = frame.dropna(subset=[key]).groupby(key)
            total = g[list(ADVICE)].sum().sum(axis=1)
            share = 100 * g[list(counted)].sum().sum(axis=1) / total
            out = _frame(share.index.to_series(), level, share)
            frames.append(out.assign(n_pupils=out["code"].map(total).astype(float),
                                     n_schools=out["code"].map(g.size()).astype(float)))
        if len(everyone):
            total = float(everyone[list(ADVICE)].sum(axis=1).iloc[0])
            frames.append(pd.DataFrame({"code": ["NL01"], "level": ["nl"], "n_pupils": [total], "n_schools": [float("nan")],
                                        "value": [100 * float(everyone[list(counted)].sum(axis=1).iloc[0]) / total]}))
        made.append(Indicator(ind, "education", nl, en, "%", "duo_advice", "2019-2022", better, ADVICE_NOTE_NL,
                              ADVICE_NOTE_EN, values=frames))
    return made


def from_kea_sample(path: Path) -> list[Indicator]:
    df = read_csv_plain(path, ["BU_CODE", "F35_40perc", "F41_49perc", "allGroen"])
    sample_nl = "Steekproef van 317 buurten (buurtcodes van vóór 2022); alleen ter illustratie."
    sample_en = "A sample of 317 buurten (pre-2022 codes); for illustration only."
    hot = _num(df["F35_40perc"]) + _num(df["F41_49perc"])
    return [
        Indicator("heat_felt_35plus", "heat_green", "Oppervlak met gevoelstemperatuur van 35 °C of meer",
                  "Area with a felt temperature of 35 °C or more", "%", "kea_sample", "2021", False,
                  sample_nl + " Hete zomerdag, Witteveen+Bos 2021.", sample_en + " Hot summer day, Witteveen+Bos 2021.",
                  values=[_frame(df["BU_CODE"], "buurt", hot)]),
        Indicator("green_share", "heat_green", "Aandeel groen (zonder landbouwgrond)",
                  "Green share (excluding farmland)", "%", "kea_sample", "2021", True,
                  sample_nl + " Cobra Groeninzicht 2021.", sample_en + " Cobra Groeninzicht 2021.",
                  values=[_frame(df["BU_CODE"], "buurt", _num(df["allGroen"]))]),
    ]


def from_ses_amsterdam(path: Path) -> list[Indicator]:
    df = read_csv_plain(path, ["code", "niveau", "ses_woa_totaalscore"])
    df = df[df["niveau"].isin(["wijk", "buurt", "gemeente"])]
    return [Indicator(
        "ses_woa", "ses", "Sociaal-economische status (SES-WOA)", "Socio-economic status (SES-WOA)",
        "score", "ses_amsterdam", "2019", True,
        "Alleen Amsterdam, buurtcodes van 2019 (vóór de hercodering van 2022).",
        "Amsterdam only, 2019 codes (before the 2022 recoding).",
        values=[_frame(df["code"], df["niveau"], _num(df["ses_woa_totaalscore"]))],
    )]


def coverage(values: pd.DataFrame, codes_by_level: dict[str, set[str]]) -> pd.DataFrame:
    """Per indicator and level: values, how many join a 2024 area, the share of the values
    that join and the share of the 2024 areas that get a value, and whether the level is
    offered: when most of the values find an area, or most areas get a value (a 2020 file
    whose merged buurten no longer exist still covers 85% of today's buurten), and at least
    MIN_JOINED areas join."""
    rows = []
    groups = values.groupby(["indicator", "level"]) if len(values) else []
    for (indicator, level), g in groups:
        known = codes_by_level.get(level, set())
        joined = int(g["code"].isin(known).sum())
        share = joined / len(g) if len(g) else 0.0
        area_share = joined / len(known) if known else 0.0
        offered = (share >= MIN_JOIN_SHARE or area_share >= MIN_JOIN_SHARE) and joined >= MIN_JOINED
        rows.append({"indicator": indicator, "level": level, "values": len(g), "joined": joined, "share": share,
                     "areas": len(known), "area_share": area_share, "offered": bool(offered)})
    return pd.DataFrame(rows, columns=["indicator", "level", "values", "joined", "share", "areas", "area_share",
                                       "offered"])


def offered_levels(catalogue: pd.DataFrame, cover: pd.DataFrame) -> pd.DataFrame:
    """The catalogue with `levels` narrowed to where each indicator joins (may become empty)."""
    offered: dict[str, list[str]] = {}
    for row in cover[cover["offered"]].itertuples(index=False):
        offered.setdefault(row.indicator, []).append(row.level)
    out = catalogue.copy()
    out["levels"] = out["indicator"].map(lambda i: ",".join(sorted(offered.get(i, []))))
    return out


def to_tables(indicators: list[Indicator]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(catalogue, values) for the database; `n_pupils` and `n_schools` where a share rests on counts."""
    columns = list(Indicator("", "", "", "", "", "", "", True).catalogue_row())
    catalogue = pd.DataFrame([i.catalogue_row() for i in indicators], columns=columns)
    values = [v.assign(indicator=i.id, year=i.year) for i in indicators for v in i.values]
    cols = ["indicator", "code", "level", "year", "value", "n_pupils", "n_schools"]
    long = pd.concat(values, ignore_index=True) if values else pd.DataFrame(columns=cols)
    for col in ("n_pupils", "n_schools"):
        if col not in long:
            long[col] = float("nan")
    long = long.drop_duplicates(["indicator", "code"], keep="first")
    return catalogue, long[cols]
