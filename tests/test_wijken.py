"""The official wijk series as a level of its own (issue 19): the build's links, weights and
outlines on hand-made sources, the trend that prefers official wijken, and finding a wijk."""
from __future__ import annotations

import pandas as pd
import pytest

from etl import build
from etl.wijken import LINK_BUURTEN, LINK_MERGER, LINK_SAME_CODE, link_gemeenten
from core.db import open_readonly
from core.search import build_index, find, parse_code
from core.weighting import MIN_WIJK_COVERAGE, official_trend, wijk_coverage
from tests.fixtures import WIJKEN

QUIET = {"log": lambda msg: None}


def test_a_wijk_is_linked_through_its_buurten_its_code_or_a_merger():
    successors = pd.DataFrame({"old_code": ["GM0457"], "new_code": ["GM0363"]})
    links = link_gemeenten(["WK036300", "WK036399", "WK045701", "WK999900"], ["BU03630001"],
                           ["GM0363", "GM0599"], successors)
    assert links["WK036300"] == ("GM0363", LINK_BUURTEN)
    assert links["WK036399"] == ("GM0363", LINK_SAME_CODE)  # no 2024 buurt, but the gemeente exists
    assert links["WK045701"] == ("GM0363", LINK_MERGER)  # Weesp went into Amsterdam
    assert links["WK999900"] == (None, None)


def test_build_adds_wijken_with_2022_households_outlines_and_history_links(fixture_sources, tmp_path):
    out = tmp_path / "db.duckdb"
    build(fixture_sources, out, **QUIET)
    con = open_readonly(out)
    try:
        areas = con.execute("SELECT * FROM areas").df().set_index("code")
        wk = areas[areas["level"] == "wijk"]
        assert set(wk.index) == set(WIJKEN)
        for code, (name, households, _) in WIJKEN.items():
            assert wk.at[code, "name"] == name
            assert wk.at[code, "households"] == households  # CBS kerncijfers 2022, not the 2024 buurten
        assert wk.at["WK036399", "gemeente_link"] == LINK_SAME_CODE
        outlined = {c for (c,) in con.execute("SELECT code FROM outlines WHERE level = 'wijk'").fetchall()}
        assert outlined == {"WK036300", "WK059900"}  # WK036399 has no 2024 buurt to dissolve
        # Each buurt's history comes from its wijk, exact by code.
        assert areas.at["BU03630001", "wijk"] == "WK036300" and areas.at["BU05990001", "wijk"] == "WK059900"
        scores = con.execute("SELECT code, year, afw, lbm, klasse FROM scores WHERE level = 'wijk'").df()
        for code, (_, _, series) in WIJKEN.items():
            mine = scores[scores["code"] == code].set_index("year")["afw"].to_dict()
            assert mine == pytest.approx(series)
        assert (scores["lbm"] - scores["afw"]).round(6).eq(4.102265).all()
        info = dict(con.execute("SELECT key, value FROM build_info").fetchall())
        assert (info["wijk_total"], info["wijk_by_buurten"], info["wijk_same_code"]) == ("3", "2", "1")
        assert info["wijk_with_outline"] == "2"
    finally:
        con.close()


def _series(rows):
    return pd.DataFrame(rows, columns=["code", "gemeente_code", "year", "households", "afw",
                                       "fys", "onv", "soc", "vrz", "won"])


def test_gemeente_trend_prefers_wijken_and_falls_back_where_they_do_not_cover():
    dims = [0.0] * 5
    wijk = _series([
        ("WK000101", "GM0001", 2020, 300, 0.10, *dims), ("WK000101", "GM0001", 2022, 300, 0.20, *dims),
        ("WK000102", "GM0001", 2020, 100, -0.10, *dims), ("WK000102", "GM0001", 2022, 100, 0.00, *dims),
        # GM0002: its bigger wijk was not measured in 2020, so the wijken cover 20% of households then.
        ("WK000201", "GM0002", 2022, 400, 0.30, *dims), ("WK000202", "GM0002", 2020, 100, 0.05, *dims),
        ("WK000202", "GM0002", 2022, 100, 0.05, *dims),
    ])
    pc4 = _series([("PC4-1000", "GM0002", 2020, 50, -0.5, *dims), ("PC4-1000", "GM0002", 2022, 50, -0.4, *dims)])
    cover = wijk_coverage(wijk).set_index(["gemeente_code", "year"])["coverage"]
    assert cover[("GM0002", 2020)] == pytest.approx(0.2) and cover[("GM0001", 2020)] == 1.0
    out = official_trend(wijk, pc4, ("GM0001", "GM0002")).set_index(["gemeente_code", "year"])
    assert out.at[("GM0001", 2020), "afw"] == pytest.approx((300 * 0.10 - 100 * 0.10) / 400)
    assert out.at[("GM0001", 2022), "source"] == "wijk"
    assert 0.2 < MIN_WIJK_COVERAGE
    assert out.at[("GM0002", 2020), "source"] == "pc4" and out.at[("GM0002", 2020), "afw"] == -0.5
    national = official_trend(wijk, pc4)
    assert set(national["source"]) == {"wijk"}
    assert official_trend(wijk.head(0), pc4).loc[0, "source"] == "pc4"  # no wijk series: postcode areas


def test_small_database_gemeente_trend_is_the_hand_counted_wijk_mean(small_db):
    from core import queries
    con = open_readonly(small_db)
    try:
        trend = official_trend(queries.series(con, "wijk"), queries.series(con, "pc4"), ("GM0363",))
    finally:
        con.close()
    by_year = trend.set_index("year")["afw"]
    amsterdam = {c: v for c, v in WIJKEN.items() if c.startswith("WK0363")}
    for year in (2002, 2014, 2022):
        total = sum(hh for _, hh, _ in amsterdam.values())
        assert by_year[year] == pytest.approx(sum(hh * s[year] for _, hh, s in amsterdam.values()) / total)
    assert set(trend["source"]) == {"wijk"}


@pytest.mark.parametrize("text, code", [("wk036300", "WK036300"), (" WK0363AA ", "WK0363AA"),
                                        ("Wk059900", "WK059900"), ("WK03630", None), ("WK0363000", None)])
def test_wijk_codes_are_read_in_any_case(text, code):
    assert parse_code(text) == code


def test_a_wijk_is_found_by_name_and_ambiguous_names_offer_choices():
    index = build_index(pd.DataFrame({
        "code": ["WK036300", "WK036301", "GM0363", "BU03630001"], "level": ["wijk", "wijk", "gemeente", "buurt"],
        "name": ["Burgwallen-Oude Zijde", "Burgwallen-Nieuwe Zijde", "Amsterdam", "Kop Zeedijk"],
        "gemeente_code": ["GM0363"] * 4, "gemeente_name": ["Amsterdam"] * 4, "households": [5, 4, 9, 1]}))
    r = find(index, "burgwallen")
    assert r.open is None and {c.code for c in r.candidates} == {"WK036300", "WK036301"}
    assert find(index, "Burgwallen-Oude Zijde").open == "WK036300"
    assert [c.code for c in find(index, "wk036301").candidates] == ["WK036301"]


def test_a_recoded_wijk_borrows_the_outline_of_the_one_2024_wijk_with_its_name():
    from etl.wijken import outlines_by_name
    series = pd.DataFrame({"wijk": ["WK036300", "WK036301", "WK036302", "WK059900"], "year": [2022] * 4,
                           "name": ["Burgwallen-Oude Zijde", "Centrum", "Jordaan", "Centrum"]})
    links = {c: ("GM" + c[2:6], LINK_SAME_CODE) for c in series["wijk"]}
    wijken_2024 = pd.DataFrame({"code": ["WK0363AE", "WK0363AA", "WK0363AB", "WK0363BB", "WK059900"],
                                "name": ["Burgwallen - Oude Zijde", "Centrum", "Centrum", "Jordaan", "Centrum"]})
    found = outlines_by_name(series, links, {"WK059900"}, wijken_2024)
    # Punctuation and case do not matter; two 2024 wijken called Centrum make no match; a wijk
    # with its own outline keeps it.
    assert found == {"WK036300": "WK0363AE", "WK036302": "WK0363BB"}


def test_a_reused_wijk_code_is_not_the_same_area(fixture_sources, tmp_path):
    """Issue 33: where a gemeente renumbered its wijken, the 2022 series of a code belongs to
    another area than the 2024 wijk with that code. Its buurten do not borrow that history, the
    wijk gets no outline or heat value from them, and the build lists the code with its names."""
    from tests.fixtures import add_reused_wijk_code
    out = tmp_path / "db.duckdb"
    build(add_reused_wijk_code(fixture_sources), out, **QUIET)
    con = open_readonly(out)
    try:
        areas = con.execute("SELECT * FROM areas").df().set_index("code")
        assert pd.isna(areas.at["BU05990101", "wijk"])  # Kethel-dorp: not Nieuw Mathenesse's series
        assert areas.at["BU05990001", "wijk"] == "WK059900"  # the unchanged wijk keeps its buurt's history
        outlined = {c for (c,) in con.execute("SELECT code FROM outlines WHERE level = 'wijk'").fetchall()}
        assert "WK059901" not in outlined and "WK059900" in outlined
        failing = con.execute("SELECT * FROM wijk_identity WHERE NOT same").df()
        assert failing[["code", "name_2022", "name_2024", "reason"]].values.tolist() == [
            ["WK059901", "Wijk 01 Nieuw Mathenesse", "Wijk 01 Kethel", "other_name"]]
        assert con.execute("SELECT count(*) FROM wijk_identity WHERE same").fetchone()[0] == 2
        from core import queries
        listed = queries.wijk_codes_not_same(con)
        assert listed["code"].tolist() == ["WK059901"] and listed["gemeente_name"].tolist() == ["Rotterdam"]
    finally:
        con.close()


@pytest.mark.parametrize("before, after, sizes, same, reason", [
    ("Wijk 05 Nieuw Mathenesse", "Wijk 05 Kethel", (10, 5530), False, "other_name"),  # Schiedam
    ("Wijk 00 Centrum", "Wijk 00 Centrum", (2175, 5300), False, "other_size"),  # Schiedam's centre, redrawn
    ("Wijk 03", "Schoneveld", (2955, 2935), True, "renamed"),  # Doetinchem's placeholders got names
    ("Wijk 85 Meerwijk", "Wijk 85 De Kwakel", (3745, 3795), False, "other_name"),  # two places, one size
    ("Wijk 00 Someren", "Someren dorp", (12585, 11345), True, "same"),
    ("Hortus", "Hortus", (0, 245), True, "same"),  # a new district: a few hundred people are comparable
    ("Wijk 01 Doetinchem Centrum", "Centrum", (4580, 4670), True, "same"),
    ("Burgwallen-Oude Zijde", "Burgwallen - Oude Zijde", (None, 4000), True, "same"),  # size unknown
])
def test_the_identity_rule(before, after, sizes, same, reason):
    from etl.wijken import same_area
    assert same_area(before, after, *sizes) == (same, reason)


def test_the_real_build_lists_every_wijk_code_that_names_another_area(real_con):
    """Recomputed from the source files by tests/independent.py (no code shared with the build):
    the same codes fail the identity rule, for the same reasons; no buurt borrows their history."""
    from tests.independent import wijk_codes_naming_another_area
    listed = real_con.execute("SELECT * FROM wijk_identity WHERE NOT same").df().set_index("code")
    assert dict(listed["reason"]) == wijk_codes_naming_another_area()
    assert {"WK060605", "WK060600", "WK165204", "WK045185"} <= set(listed.index)  # Schiedam, Gemert-Bakel, Uithoorn
    assert listed.at["WK060605", "name_2024"] == "Wijk 05 Kethel"
    assert real_con.execute("SELECT wijk FROM areas WHERE code = 'BU06060501'").fetchone()[0] is None  # Kethel-dorp
    with_history = real_con.execute("SELECT count(*) FROM areas WHERE level = 'buurt' AND wijk IN "
                                    "(SELECT code FROM wijk_identity WHERE NOT same)").fetchone()[0]
    assert with_history == 0
