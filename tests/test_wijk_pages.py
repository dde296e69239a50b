"""A wijk can be found, read, compared, mapped and followed over 2002–2022 (issue 19), and
what the pages show is what the source file says (tests/independent.py reads it without core)."""
from __future__ import annotations

import pytest

from tests import independent
from tests.apptest import assert_clean, open_page, texts
from tests.test_truth import chart_lines

WIJKEN = [("WK036300", "Burgwallen-Oude Zijde"), ("WK003401", "Centrum Almere Haven"),
          ("WK168001", None), ("WK059901", None)]


def _source(code):
    return independent.wijk_scores()[independent.wijk_scores()["wk_code"] == code].sort_values("jaar")


@pytest.mark.parametrize("code, name", WIJKEN)
def test_a_wijk_page_shows_its_official_series(app_db, code, name):
    src = _source(code)
    name = name or src["wk_naam"].iloc[-1]
    at = open_page("buurt", {"area": code.lower()})  # codes in any case
    assert_clean(at)
    assert at.header[0].value == name
    assert any(c.value.startswith("Wijk in ") for c in at.caption)
    # The waterfall's bars are the five dimensions of the latest year, as published.
    latest = src.iloc[-1]
    values = _waterfall_values(at)
    for d in ("fys", "onv", "soc", "vrz", "won"):
        assert any(abs(v - latest[d]) < 1e-9 for v in values), d
    at.button_group(key="b_section").set_value("trend").run()  # the development, one click away
    assert_clean(at)
    trend = chart_lines(at, "trend")
    assert trend[name] == pytest.approx(src["afw"].tolist(), abs=1e-12)
    assert trend["Nederland"] == pytest.approx(independent.official_national_trend().tolist(), abs=1e-9)


def _waterfall_values(at) -> list[float]:
    """Every number in the waterfall's traces (horizontal bars: the values are on x)."""
    import json
    from tests.apptest import plotly_values
    el = next(e for e in at.get("plotly_chart") if e.proto.id.endswith("-waterfall"))
    out = []
    for trace in json.loads(el.proto.spec)["data"]:
        for axis in ("x", "y"):
            try:
                out.extend(plotly_values(trace.get(axis)))
            except (TypeError, ValueError):
                pass
    return out


def test_change_between_two_years_is_the_difference_in_the_source(app_db):
    src = _source("WK036300").set_index("jaar")
    at = open_page("buurt", {"area": "WK036300", "section": "trend"})
    at.selectbox(key="from").set_value(2018).run()
    assert_clean(at)
    change = src.loc[2022, "afw"] - src.loc[2018, "afw"]
    sentence = next(m.value for m in at.markdown if m.value.startswith("Tussen 2018 en 2022"))
    assert f"{change:+.3f}".replace(".", ",") in sentence  # as Dutch writes it


def test_a_buurt_borrows_the_history_of_its_wijk_and_says_so(app_db, real_con):
    code, wijk = real_con.execute("""SELECT code, wijk FROM areas WHERE level = 'buurt' AND wijk = 'WK168001'
                                     ORDER BY code LIMIT 1""").fetchone()
    at = open_page("buurt", {"area": code, "section": "trend"})
    assert_clean(at)
    info = " ".join(i.value for i in at.info)
    assert "officiële reeks" in info and "wijk" in info
    src = _source(wijk)
    assert chart_lines(at, "trend")[src["wk_naam"].iloc[-1]] == pytest.approx(src["afw"].tolist(), abs=1e-12)


def test_a_buurt_whose_wijk_code_changed_falls_back_to_its_postcode_area(app_db):
    at = open_page("buurt", {"area": "BU0363AA01", "section": "trend"})  # Amsterdam re-coded its wijken after 2022
    assert_clean(at)
    info = " ".join(i.value for i in at.info)
    assert "WK0363AA" in info and "postcodegebied 1013" in info


def test_unknown_wijk_code_gets_the_friendly_answer(app_db):
    at = open_page("buurt", {"area": "wk999999"})
    assert_clean(at)
    assert "We kennen geen gebied met de code “WK999999”" in texts(at)


def test_a_2022_only_wijk_says_why_it_has_no_map(app_db, real_con):
    (code,) = real_con.execute("""SELECT code FROM areas a WHERE level = 'wijk' AND NOT EXISTS
                                  (SELECT 1 FROM outlines o WHERE o.code = a.code) ORDER BY code LIMIT 1""").fetchone()
    at = open_page("buurt", {"area": code, "lang": "en", "section": "map"})
    assert_clean(at)
    assert "no outline to draw" in texts(at)


def test_kaart_at_wijk_level_with_years_and_change(app_db, real_con):
    outlined = real_con.execute("""SELECT count(*) FROM outlines o JOIN scores s USING (code)
                                   WHERE o.level = 'wijk' AND s.year = 2012""").fetchone()[0]
    at = open_page("kaart", {"level": "wijk", "year": "2012"})
    assert_clean(at)
    assert at.subheader[0].value == "Totaal, wijken, 2012"
    assert f"{outlined:,}".replace(",", ".") in texts(at)
    change = open_page("kaart", {"level": "wijk", "year": "2022", "from": "2002"})
    assert_clean(change)
    assert change.subheader[0].value.startswith("Verandering") and "2002–2022" in change.subheader[0].value


def test_signalen_at_wijk_level_counts_what_the_source_gives(app_db):
    at = open_page("signalen", {"level": "wijk", "few": "1", "section": "up"})  # every wijk, as the source counts them
    assert_clean(at)
    expected = independent.wijk_under_pressure()
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Wijken"].replace(".", "")) == expected["areas"]
    # By default the wijken with fewer than 25 households are left out, and counted in words.
    default = open_page("signalen", {"level": "wijk", "section": "up"})
    shown = int({m.label: m.value for m in default.metric}["Wijken"].replace(".", ""))
    diff, told = expected["areas"] - shown, texts(default)
    assert diff > 0 and ((diff == 1 and "Weggelaten omdat" in told) or f"{diff} gebieden weggelaten" in told)
    beside = at.table[0].value  # the letter's pressure figure beside both of our levels (its own section)
    assert any("(wijken)" in topic for topic in beside.index)
    assert any("(postcodegebieden)" in topic for topic in beside.index)


def test_themas_at_wijk_level_joins_the_official_wijk_scores(app_db, real_con):
    at = open_page("themas", {"ind": "edu_high_share", "level": "wijk"})
    assert_clean(at)
    joined, values = real_con.execute("""SELECT joined, "values" FROM indicator_coverage
                                         WHERE indicator = 'edu_high_share' AND level = 'wijk'""").fetchone()
    assert f"{joined:,} van de {values:,}".replace(",", ".") in texts(at)
    assert "scores per wijk, 2002–2022" in texts(at)


def test_over_de_data_compares_both_gemeente_derivations(app_db):
    at = open_page("over", {"section": "wijk"})
    assert_clean(at)
    table = next(d.value for d in at.dataframe if "PC4 − wijken" in d.value.columns)
    worst = table.iloc[0]
    name = worst.iloc[0]
    code = independent._gemeenten().set_index("naam").loc[name, "code"]
    diff = (independent.gemeente_trend(code) - independent.official_gemeente_trend(code)).dropna()
    assert worst["Grootste verschil"] == pytest.approx(diff.abs().max(), abs=1e-3)
    assert int(worst["In jaar"]) == int(diff.abs().idxmax())


def test_a_recoded_wijk_is_drawn_with_the_2024_wijk_of_its_name_and_says_so(app_db, real_con):
    code24 = real_con.execute("SELECT outline_from FROM areas WHERE code = 'WK036300'").fetchone()[0]
    assert code24 and code24.startswith("WK0363AE")  # Burgwallen-Oude Zijde, re-coded in Amsterdam
    at = open_page("buurt", {"area": "WK036300", "section": "map"})
    assert_clean(at)
    assert any(f"dezelfde naam ({code24})" in c.value for c in at.caption)


def test_signalled_wijken_without_an_outline_are_named_instead_of_a_blank_map(app_db, real_con):
    """Rotterdam 2014–2022: the port wijken that rose or fell have no 2024 outline (split or
    renamed since); the map section names them, and draws no empty map."""
    at = open_page("signalen", {"level": "wijk", "gm": "GM0599", "few": "1"})  # the port wijken have few households
    assert_clean(at)
    shown = at.dataframe[0].value  # the risers and fallers
    names = set(shown.iloc[:, 0])
    outlined = {n for (n,) in real_con.execute(
        "SELECT name FROM areas WHERE level = 'wijk' AND code LIKE 'WK0599%' AND min_lon IS NOT NULL").fetchall()}
    unmapped = names - outlined
    assert unmapped, "the case this test is about: signalled wijken without an outline"
    told = texts(at)
    assert all(n in told for n in unmapped)
    assert len(at.get("deck_gl_json_chart")) == (1 if names & outlined else 0)
