"""Every page through AppTest on the real database: renders, speaks both languages, handles bad input."""
from __future__ import annotations

import pytest

from tests.apptest import PAGES, assert_clean, open_page, texts


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_in_dutch_and_english(page, app_db):
    nl = open_page(page)
    assert_clean(nl)
    assert nl.title, "every page has a title"
    en = open_page(page, {"lang": "en"})
    assert_clean(en)
    assert nl.title[0].value != en.title[0].value or page == "start"


@pytest.mark.parametrize("page", list(PAGES))
def test_missing_database_gives_a_clear_page(page, tmp_path, monkeypatch):
    monkeypatch.setenv("LBM_DB", str(tmp_path / "nothing.duckdb"))
    at = open_page(page)
    assert_clean(at)
    assert "De database is niet beschikbaar" in texts(at)
    assert "make data" in texts(at)


def test_corrupt_database_gives_a_clear_page(tmp_path, monkeypatch):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"\x00garbage" * 1000)
    monkeypatch.setenv("LBM_DB", str(bad))
    at = open_page("over", {"lang": "en"})
    assert_clean(at)
    assert "not a readable database" in texts(at)


def test_nonsense_language_warns_and_falls_back_to_dutch(app_db):
    at = open_page("over", {"lang": "<script>"})
    assert_clean(at)
    assert any("lang" in w.value for w in at.warning)
    assert at.title[0].value == "Over de data"


def test_start_page_counts_households_in_weak_buurten(app_db, real_con):
    at = open_page("start")
    expected = real_con.execute("""
        SELECT sum(a.households) FROM scores s JOIN areas a USING (code)
        WHERE s.level = 'buurt' AND s.year = 2024 AND s.klasse <= 4""").fetchone()[0]
    shown = [m.value for m in at.metric]
    assert f"{int(expected):,}".replace(",", ".") in shown


def test_over_page_lists_every_source_from_the_database(app_db, real_con):
    at = open_page("over")
    table = next(d.value for d in at.dataframe if "Bron" in d.value.columns)  # sources table
    titles = {r[0] for r in real_con.execute("SELECT title FROM sources").fetchall()}
    assert set(table["Bron"]) == titles
    assert (table["Rijen"] > 0).all()
