"""The start page: the national picture, its figures against the database."""
from __future__ import annotations

from tests.apptest import assert_clean, open_page, plotly_values, texts


def test_start_page_national_picture(app_db, real_con):
    at = open_page("start")
    assert_clean(at)
    page = texts(at)
    from tests.independent import households_in_weak_buurten_2024
    assert "963.000" in page and f"{round(households_in_weak_buurten_2024()):,}".replace(",", ".") in page
    shares = [m for m in at.markdown if "9.2%" in m.value or "9,2%" in m.value]
    assert shares, "share of households in weak buurten"
    top = at.dataframe[-1].value
    assert top.iloc[0, 0] == "Amsterdam" and len(top) == 10


def test_start_page_counts_households_in_weak_buurten(app_db, real_con):
    at = open_page("start")
    expected = real_con.execute("""
        SELECT sum(a.households) FROM scores s JOIN areas a USING (code)
        WHERE s.level = 'buurt' AND s.year = 2024 AND s.klasse <= 4""").fetchone()[0]
    shown = [m.value for m in at.metric]
    assert f"{int(expected):,}".replace(",", ".") in shown


def _trend_years(at) -> list[int]:
    """The years the national trend chart draws its line for."""
    import json
    spec = next(json.loads(c.proto.spec) for c in at.get("plotly_chart") if '"lines+markers"' in c.proto.spec)
    return [int(x) for tr in spec["data"] if tr.get("mode") == "lines+markers" for x in plotly_values(tr["x"])]


def test_the_national_trend_plays_and_steps_through_its_years(app_db):
    """Issue 31: the trend grows one year per step on fixed axes; pause keeps the year on screen."""
    at = open_page("start")
    assert_clean(at)
    every = _trend_years(at)
    assert every[0] == 2002 and len(every) >= 8
    at.button(key="nt_play").click().run()
    assert any(f">{every[0]}<" in m.value for m in at.markdown if "lbm-play-year" in m.value)
    assert _trend_years(at) == every[:1]
    at.run()  # a tick (in a browser only the chart reruns)
    assert _trend_years(at) == every[:2]
    at.button(key="nt_pause").click().run()
    assert_clean(at)
    assert _trend_years(at) == every[:2] and not any("lbm-play-year" in m.value for m in at.markdown)
    assert at.button(key="nt_next").label.endswith(str(every[2]))
    at.button(key="nt_next").click().run()
    assert _trend_years(at) == every[:3]
