"""Issue 33: every sentence on a page says what the code computes, and no page shows an area's
history, outline or value that belongs to another area. Checked in AppTest on the real data,
with the figures recomputed from the source files (tests/independent.py, tests/sources.py)."""
from __future__ import annotations

import re

import pytest

from core.scale import class_label
from tests import independent, sources
from tests.apptest import assert_clean, open_page, texts


def _nl_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", ".").replace("−", "-"))


def test_a_buurt_in_a_renumbered_wijk_shows_its_postcode_area_and_says_why(app_db):
    """Kethel-dorp (Schiedam) lies in WK060605, which in 2022 was an industrial area of 10
    people: its history is that of its postcode area, and the page names both areas."""
    at = open_page("buurt", {"area": "BU06060501", "section": "trend"})
    assert_clean(at)
    info = " ".join(i.value for i in at.info)
    assert "Wijk 05 Nieuw Mathenesse" in info and "Wijk 05 Kethel" in info and "postcodegebied 3121" in info
    assert "Hoe 3121 zich ontwikkelde" in texts(at) or any("3121" in str(c.proto.spec)[:400] for c in at.get("plotly_chart"))
    assert "Nieuw Mathenesse" not in " ".join(str(c.proto.spec) for c in at.get("plotly_chart"))


def test_a_renumbered_wijk_draws_no_outline_of_todays_area(app_db):
    at = open_page("buurt", {"area": "WK060605", "section": "map"})
    assert_clean(at)
    assert any("Kethel" in i.value and "5.530" in i.value for i in at.info)
    assert not at.get("deck_gl_json_chart")


def test_a_buurt_whose_class_differs_from_its_wijk_line_says_why(app_db, real_con):
    """Oude Noorden (Rotterdam) is ruim voldoende in 2024; the line of wijk Noord ends in goed."""
    at = open_page("buurt", {"area": "BU05990535", "section": "trend"})
    assert_clean(at)
    now = sources.official_2024()["BU05990535"]["kscore"]
    last = real_con.execute("SELECT klasse FROM scores WHERE code = 'WK059905' ORDER BY year DESC LIMIT 1").fetchone()[0]
    assert int(now) != int(last)
    sentence = next(m.value for m in at.markdown if "de lijn hieronder eindigt" in m.value)
    assert class_label(int(now), "nl") in sentence and class_label(int(last), "nl") in sentence
    assert "een groter gebied" in sentence and "andere editie" in sentence


def test_the_deviation_is_read_in_plain_words_beside_todays_national_mean(app_db):
    """0 is the 2002 reference, not today's average: the page gives today's household-weighted
    mean of all buurten (recomputed from the official layer and CBS households)."""
    at = open_page("buurt", {"area": "BU05990535"})
    reading = next(c.value for c in at.caption if c.value.startswith("Hoe leest u het getal?"))
    official, households = sources.official_2024(), independent.buurt_households()
    codes = [c for c in households if c.startswith("BU") and c in official and households[c] > 0]
    mean = sum(float(official[c]["afw"]) * households[c] for c in codes) / sum(households[c] for c in codes)
    shown = _nl_number(re.search(r"gewogen met huishoudens, is ([+−-]?\d+,\d+) in 2024", reading).group(1))
    assert shown == pytest.approx(mean, abs=6e-4)
    assert "niet ‘gemiddeld voor een huishouden nu’" in reading
    first = _nl_number(re.search(r"en was ([+−-]?\d+,\d+) in 2002", reading).group(1))
    assert first == pytest.approx(independent.official_national_trend()[2002], abs=6e-4)
    # The comparison reads as Dutch: "hoger dan", "lager dan", "ongeveer even hoog als" (never "even hoog dan").
    own = float(official["BU05990535"]["afw"])
    word = "hoger dan" if own > mean + 0.005 else "lager dan" if own < mean - 0.005 else "ongeveer even hoog als"
    assert reading.endswith(f": {word} dat gemiddelde van nu."), reading[-80:]


def test_amsterdam_buurten_get_the_gemeente_health_estimate_with_the_reason(app_db):
    """RIVM's 2022 file uses Amsterdam's old buurt codes: no buurt has its own estimate, so the
    page shows the gemeente's and says it is the gemeente's."""
    at = open_page("buurt", {"area": "BU0363AD03", "section": "living"})
    assert_clean(at)
    sentence = next(m.value for m in at.markdown if "Het RIVM heeft voor" in m.value)
    assert "hernummerde" in sentence and "Amsterdam" in sentence
    value = independent.rivm_2022()["GM0363"]
    assert f"**{round(value)}%**" in sentence


def test_a_gemeente_page_says_where_it_is_and_what_its_trend_covers(app_db):
    at = open_page("buurt", {"area": "GM1721", "section": "trend"})  # Bernheze: every wijk scored in every year
    assert_clean(at)
    shown = texts(at)
    assert "Gemeente in Noord-Brabant" in shown and "Gemeente in Bernheze" not in shown
    assert "alle huishoudens tellen mee" in shown and "100%" not in " ".join(i.value for i in at.info)
    assert "geen meting in deze buurt" not in shown


def test_vergelijken_says_all_households_rather_than_at_least_100_percent(app_db):
    at = open_page("vergelijk", {"gm": "GM1721,GM0363"})
    assert_clean(at)
    assert "≥ 100%" not in texts(at) and "Bernheze: wijken, alle huishoudens" in texts(at)


def test_the_signal_threshold_says_what_it_is_measured_against(app_db):
    at = open_page("signalen")
    help_text = at.select_slider(key="s_min").help
    assert "op de totaalscore" in help_text and "0,0392" in help_text and "minder dan één totaalklasse" in help_text


def test_over_de_data_lists_every_wijk_code_that_names_another_area(app_db):
    at = open_page("over", {"section": "wijk"})
    assert_clean(at)
    table = next(d.value for d in at.dataframe if "Naam 2022" in d.value.columns)
    assert set(table["Code"]) == set(independent.wijk_codes_naming_another_area())
    assert "Een wijkcode is geen identiteit." in texts(at)


def test_school_advice_beside_the_letter_says_how_it_is_weighted(app_db):
    at = open_page("themas", {"ind": "advice_vwo", "level": "pc4"})
    assert_clean(at)
    shown = texts(at)
    assert "in postcodegebieden die **onvoldoende of lager** scoren" in shown
    assert "niet met het aantal leerlingen" in shown


def test_the_share_of_lower_areas_never_reads_better_than_all_of_them(app_db, real_con):
    """The best buurt is better than almost all others, never than 100% of them (issue 33)."""
    best = real_con.execute("SELECT code FROM scores WHERE level = 'buurt' ORDER BY afw DESC LIMIT 1").fetchone()[0]
    at = open_page("buurt", {"area": best})
    sentence = next(m.value for m in at.markdown if m.value.startswith("In 2024 is de leefbaarheid"))
    assert "vrijwel alle andere" in sentence and "100%" not in sentence
    assert "(klasse 9 van 9, een vaste maat)" in sentence
