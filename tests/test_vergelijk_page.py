"""The Gemeenten vergelijken page on the real data: official classes, bad selections, quick picks, ranking."""
from __future__ import annotations

import pytest

from tests.apptest import assert_clean, open_page, texts


def test_page_shows_amsterdam_goed_and_rotterdam_ruim_voldoende(app_db):
    at = open_page("vergelijk", {"gm": "GM0363,GM0599"})
    assert_clean(at)
    page = texts(at)
    assert "Voorzieningen" in page
    html = " ".join(m.value for m in at.markdown)
    assert "7 · goed" in html and "6 · ruim voldoende" in html
    assert "eigen berekening" in page.lower()


@pytest.mark.parametrize("gm", ["GM9999,GM0363", "GM0363,GM0363,GM0599", "'; drop table areas;--", "",
                                ",".join(["GM0363"] * 500), "GM0014,GM0034,GM0037,GM0047,GM0050,GM0059,GM0060"])
def test_bad_selection_in_url_degrades_gracefully(app_db, gm):
    at = open_page("vergelijk", {"gm": gm})
    assert_clean(at)
    assert at.title[0].value == "Gemeenten vergelijken"


def test_g4_quick_pick(app_db):
    at = open_page("vergelijk", {"gm": "GM0014,GM0034"})
    at.main.button[0].click().run()
    assert_clean(at)
    assert sorted(at.multiselect(key="cmp_pick").value) == ["GM0344", "GM0363", "GM0518", "GM0599"]


def test_filtering_the_ranking(app_db):
    at = open_page("vergelijk", {"section": "ranking"})
    at.multiselect(key="f_grp").set_value(["G4"]).run()
    assert_clean(at)
    table = at.dataframe[-1].value
    assert len(table) == 4
    assert "4 van de 342 gemeenten getoond; de rang is de landelijke." in texts(at)


def test_the_corop_quick_pick_and_filter_take_the_region_from_cbs_file(app_db):
    """Issue 31: "my COROP region" picks the gemeente and the others of its region (CBS's 2024
    division, read here from the source file itself), largest first; the ranking filters by region."""
    from tests import independent
    corop = independent.corop_of_gemeente()
    at = open_page("vergelijk", {"gm": "GM0772"})  # Eindhoven, Zuidoost-Noord-Brabant
    button = next(b for b in at.main.button if "COROP" in str(b.label))
    assert "Zuidoost-Noord-Brabant" in str(button.label).replace("\\", "")  # as Markdown shows it
    button.click().run()
    assert_clean(at)
    picked = at.multiselect(key="cmp_pick").value
    assert picked[0] == "GM0772" and len(picked) == 6
    assert {corop[c] for c in picked} == {corop["GM0772"]}
    at.button_group(key="cmp_section").set_value("ranking").run()
    at.multiselect(key="f_corop").set_value(["Zuidoost-Noord-Brabant"]).run()
    assert_clean(at)
    assert len(at.dataframe[-1].value) == sum(1 for c in corop.values() if c == corop["GM0772"])


def test_one_part_at_a_time_and_the_link_follows(app_db):
    """Issue 32: the chosen gemeenten compared by default, the ranking of all and the groups on
    request; the part is in the link, and the chosen gemeenten stay chosen (and first, starred,
    in the ranking)."""
    at = open_page("vergelijk", {"gm": "GM0363,GM0599"})
    assert_clean(at)
    assert not [d for d in at.dataframe if len(d.value) > 100]  # no ranking of all gemeenten
    assert {c.key for c in at.get("plotly_chart") if c.key} >= {"profile", "spread"}  # noqa: SIM300
    at.button_group(key="cmp_section").set_value("ranking").run()
    assert_clean(at)
    ranking = at.dataframe[-1].value
    assert len(ranking) > 300 and list(ranking.iloc[:2, 0]) == ["★", "★"]
    assert sorted(ranking.iloc[:2, 2]) == ["Amsterdam", "Rotterdam"]
    assert at.query_params["section"] in ("ranking", ["ranking"])
    assert sorted(at.multiselect(key="cmp_pick").value) == ["GM0363", "GM0599"]
    at.button_group(key="cmp_section").set_value("groups").run()
    assert_clean(at)
    assert "G4, G40 en de rest" in texts(at) and len(at.dataframe) == 0
    assert at.query_params["section"] in ("groups", ["groups"])
    linked = open_page("vergelijk", {"gm": "GM0363,GM0599", "section": "ranking"})
    assert len(linked.dataframe[-1].value) == len(ranking)


def test_the_rankings_filters_are_in_the_link_and_come_back(app_db):
    """A filtered ranking opens filtered from its link, keeps its filters in the link, and finds them
    again after another part was shown (a stranger's walk: the shared link lost them)."""
    at = open_page("vergelijk", {"section": "ranking", "pv": "Utrecht", "grp": "G40"})
    assert_clean(at)
    shown = at.dataframe[-1].value
    assert at.multiselect(key="f_pv").value == ["Utrecht"] and at.multiselect(key="f_grp").value == ["G40"]
    assert 0 < len(shown) < 10 and "Amersfoort" in set(shown.iloc[:, 2])  # a G40 city in Utrecht
    at.multiselect(key="f_urb").set_value([1, 2]).run()
    assert at.query_params["urb"] in ("1,2", ["1,2"]) and at.query_params["pv"] in ("Utrecht", ["Utrecht"])
    at.button_group(key="cmp_section").set_value("compare").run()
    at.button_group(key="cmp_section").set_value("ranking").run()
    assert_clean(at)
    assert at.multiselect(key="f_urb").value == [1, 2] and at.multiselect(key="f_pv").value == ["Utrecht"]
    bad = open_page("vergelijk", {"section": "ranking", "pv": "Atlantis"})
    assert_clean(bad)
    assert "Atlantis" in texts(bad) and len(bad.dataframe[-1].value) > 300  # said, and the whole ranking
