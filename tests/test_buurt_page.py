"""Mijn buurt in AppTest: finding areas, bad input, and numbers that match the source files."""
from __future__ import annotations

import json

import pytest

from core.scale import DIMENSIONS, class_label
from tests import independent, sources
from tests.apptest import assert_clean, open_page, texts
from tests.test_truth import chart_lines


def charts(at) -> dict[str, dict]:
    """The page's Plotly figures by widget key, as the JSON sent to the browser."""
    out = {}
    for el in at.get("plotly_chart"):
        spec = json.loads(el.proto.spec)
        out[el.proto.id.rsplit("-", 1)[-1] if "-" in el.proto.id else el.proto.id] = spec
    return out


def figure_with(at, trace_type: str) -> dict:
    for el in at.get("plotly_chart"):
        spec = json.loads(el.proto.spec)
        if spec["data"] and spec["data"][0]["type"] == trace_type:
            return spec
    raise AssertionError(f"no {trace_type} chart on the page")


@pytest.mark.parametrize("code, pc4, year", [("PC4-1011", "1011", 2022), ("PC4-3072", "3072", 2022),
                                             ("PC4-9711", "9711", 2022)])
def test_postcode_area_matches_the_source_file(app_db, code, pc4, year):
    at = open_page("buurt", {"area": code})
    assert_clean(at)
    src = sources.pc4(pc4, year)
    wf = figure_with(at, "waterfall")["data"][0]
    # The waterfall: reference 0, the five dimensions as published, the total deviation.
    assert wf["y"][-1].startswith("Dit gebied")
    assert wf["x"][-1] == pytest.approx(src["afw"], abs=1e-9)
    assert sum(wf["x"][1:-1]) == pytest.approx(src["afw"], abs=1e-6)
    assert sorted(round(v, 9) for v in wf["x"][1:-1]) == sorted(round(src[d], 9) for d in DIMENSIONS)
    assert f"In {year}" in texts(at)


def test_buurt_matches_the_official_layer(app_db):
    raw = sources.official_2024()["BU07430101"]
    at = open_page("buurt", {"area": "BU07430101"})
    assert_clean(at)
    label = class_label(raw["kscore"], "nl")
    assert f"**{label}**" in texts(at)
    wf = figure_with(at, "waterfall")["data"][0]
    assert wf["x"][-1] == pytest.approx(raw["afw"], abs=1e-9)
    assert at.header[0].value == raw["naam"]
    # Its trend is its wijk's (same code, name and size in 2022 and 2024), labelled as a larger area
    # and another edition: one click away.
    shown = {c.proto.id.rsplit("-", 1)[-1] for c in at.get("plotly_chart")}
    assert shown == {"waterfall", "compare"} and not at.get("deck_gl_json_chart")  # the default part: why, compared
    at.button_group(key="b_section").set_value("trend").run()
    assert_clean(at)
    assert at.header[0].value == raw["naam"] and at.query_params["section"] in ("trend", ["trend"])
    wijks = independent.wijk_scores()
    wijk_name = wijks[wijks["wk_code"] == "WK074301"]["wk_naam"].iloc[-1]  # the wijk the code BU0743 01 01 lies in
    assert f"officiële reeks van **{wijk_name} (wijk in Asten)**" in texts(at) and "editie 2022" in texts(at)
    assert wijk_name in chart_lines(at, "trend")


def test_gemeente_amsterdam_is_goed(app_db):
    raw = sources.official_2024()["GM0363"]
    assert raw["kscore"] == 7
    at = open_page("buurt", {"area": "GM0363", "lang": "en"})
    assert_clean(at)
    assert "**good**" in texts(at)
    at.button_group(key="b_section").set_value("trend").run()
    assert "our own calculation" in texts(at)  # the gemeente trend is derived from PC4 areas


def test_change_3072_driven_by_amenities(app_db):
    a, b = sources.pc4("3072", 2014), sources.pc4("3072", 2022)
    deltas = {d: b[d] - a[d] for d in DIMENSIONS}
    expected = max(deltas, key=deltas.get)
    assert expected == "vrz"
    at = open_page("buurt", {"area": "PC4-3072", "section": "trend"})
    assert "**Voorzieningen** droeg het meest bij" in texts(at)
    assert f"{b['afw'] - a['afw']:+.3f}".replace(".", ",") in texts(at)  # Dutch decimals


def test_choosing_years_before_2014_gives_total_only(app_db):
    at = open_page("buurt", {"area": "PC4-3072", "section": "trend"})
    at.selectbox(key="from").set_value(2002).run()
    assert_clean(at)
    assert "alleen tussen jaren met dimensiescores (2014, 2018, 2020, 2022)" in texts(at)


def test_typing_in_the_search_box_opens_the_area(app_db):
    at = open_page("buurt")
    assert_clean(at)
    at.text_input(key="buurt_q").input("bu07430101").run()
    assert_clean(at)
    assert at.query_params["area"] in ("BU07430101", ["BU07430101"])
    assert at.header[0].value == "Hoogveld"


def test_a_new_search_never_shows_the_previous_area_as_its_answer(app_db):
    """Issue 28: while the page lists candidates, no area sits below them as if it were the answer."""
    at = open_page("buurt", {"area": "GM0363"})
    assert at.header[0].value == "Amsterdam"
    at.text_input(key="buurt_q").input("Centrum").run()
    assert_clean(at)
    assert not at.header and "area" not in at.query_params
    assert "Wat bedoelt u met “Centrum”? Kies:" in texts(at)
    assert len(at.main.button) >= 4


@pytest.mark.parametrize("q, header, note", [
    ("Den Haag", "'s-Gravenhage", "U zocht “Den Haag”: Den Haag = gemeente 's-Gravenhage."),
    ("Amsterdm", "Amsterdam", "U zocht “Amsterdm”; Amsterdam is de naam die daar het meest op lijkt."),
    ("Rotterdam Oude Noorden", "Oude Noorden", ""),
    ("3072 AP", "Afrikaanderwijk", "Postcode 3072 AP ligt in postcodegebied 3072."),
])
def test_a_q_link_opens_the_clear_answer(app_db, q, header, note):
    at = open_page("buurt", {"q": q})
    assert_clean(at)
    assert at.header[0].value == header
    assert note in texts(at)


def test_a_full_postcode_offers_its_buurten_with_their_share_and_the_postcode_area_itself(app_db, real_con):
    at = open_page("buurt", {"q": "3072ap"})
    radio = next(r for r in at.radio if r.label == "Buurten bij postcode 3072 AP")
    split = real_con.execute("SELECT buurt, share FROM pc4_buurten WHERE pc4 = 'PC4-3072' AND share >= 0.02 "
                             "ORDER BY share DESC").fetchall()
    assert radio.options[-1].startswith("3072 (postcodegebied")
    assert len(radio.options) == len(split) + 1 and radio.value == split[0][0]
    assert f"{round(100 * split[0][1])}% van de huishoudens" in radio.options[0]
    radio.set_value("PC4-3072").run()  # the postcode area's own series is one click away
    assert_clean(at)
    assert at.query_params["area"] in ("PC4-3072", ["PC4-3072"]) and at.header[0].value.startswith("3072")
    assert at.query_params["q"] in ("3072ap", ["3072ap"])  # the question stays: the link reopens this view


def test_the_buurt_picked_at_a_postcode_stays_picked_in_either_language(app_db, real_con):
    """The stranger's walk (issue 32): after English and back, the page had jumped to the first buurt."""
    (second, name), = real_con.execute("""SELECT p.buurt, a.name FROM pc4_buurten p JOIN areas a ON a.code = p.buurt
                                          WHERE p.pc4 = 'PC4-3072' ORDER BY p.share DESC LIMIT 1 OFFSET 1""").fetchall()
    at = open_page("buurt", {"q": "3072ap"})
    next(r for r in at.radio if r.label.startswith("Buurten bij postcode")).set_value(second).run()
    for lang in ("en", "nl"):
        at.button_group(key="lang_choice").set_value(lang).run()
        assert_clean(at)
        assert at.header[0].value == name and at.query_params["area"] in (second, [second])
        assert at.radio[0].value == second, lang


def test_lowercase_code_in_url_is_normalised(app_db):
    at = open_page("buurt", {"area": "pc4-1011"})
    assert_clean(at)
    assert at.query_params["area"] in ("PC4-1011", ["PC4-1011"])


@pytest.mark.parametrize("bad", ["BU99999999", "nonsense", "'; DROP TABLE scores; --", "<script>x</script>",
                                 "1" * 5000, "PC4-0000", "🏠"])
def test_bad_area_in_url_explains_and_suggests(app_db, bad):
    at = open_page("buurt", {"area": bad})
    assert_clean(at)
    assert any("We kennen geen gebied" in w.value for w in at.warning)
    assert not at.header  # no area shown


def test_a_name_in_the_url_suggests_the_matching_areas(app_db):
    at = open_page("buurt", {"area": "Centrum"})
    assert_clean(at)
    labels = [b.label for b in at.main.button]
    assert len(labels) >= 4 and all("Centrum" in lbl for lbl in labels)
    assert len({lbl for lbl in labels}) == len(labels)  # each one names its gemeente
    at.main.button[0].click().run()
    assert_clean(at)
    assert at.header[0].value == "Centrum"


def test_near_miss_code_suggests_the_real_one(app_db):
    at = open_page("buurt", {"area": "BU0743010"})
    assert any("Hoogveld" in b.label for b in at.main.button)


def test_a_wijk_says_why_its_latest_year_is_not_the_newest(app_db, real_con):
    """A stranger landed on a 2022 wijk from a 2024 page and read "In 2022 …" without a reason."""
    newest = int(real_con.execute("SELECT max(year) FROM scores WHERE level = 'buurt'").fetchone()[0])
    wijk_last = int(real_con.execute("SELECT max(year) FROM scores WHERE code = 'WK036300'").fetchone()[0])
    assert wijk_last < newest
    at = open_page("buurt", {"area": "WK036300"})
    assert_clean(at)
    assert f"Waarom {wijk_last}? Voor wijken lopen de scores in deze gegevens tot en met {wijk_last}" in texts(at)
    at = open_page("buurt", {"area": "BU05990535"})  # a 2024 buurt: nothing to explain
    assert "Voor buurten lopen de scores" not in texts(at) and "Waarom 2024?" not in texts(at)
