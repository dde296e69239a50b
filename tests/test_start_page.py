"""The start page: the national picture, its figures against the database."""
from __future__ import annotations

from tests.apptest import assert_clean, open_page, texts


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
