"""Every page through AppTest, on the real database and on the tests' own small one: renders,
speaks both languages, handles a missing or corrupt database and bad input."""
from __future__ import annotations

import pytest

from tests.apptest import PAGES, assert_clean, open_page, texts


@pytest.mark.parametrize("data", ["small_app_db", pytest.param("app_db", marks=pytest.mark.real)])
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_in_dutch_and_english(page, data, request):
    request.getfixturevalue(data)
    nl = open_page(page)
    assert_clean(nl)
    assert nl.title, "every page has a title"
    en = open_page(page, {"lang": "en"})
    assert_clean(en)
    assert nl.title[0].value != en.title[0].value or page == "start"


def test_small_database_figures_reach_the_pages(small_app_db):
    """On data small enough to count by hand, the start page shows the hand-counted figures:
    buurten of class zwak or lower and their households (tests/fixtures.py)."""
    from tests.fixtures import BUURTEN, HOUSEHOLDS, klasse
    weak = sum(HOUSEHOLDS[code] for code, *_, afw in BUURTEN if klasse(afw) <= 4)
    at = open_page("start")
    assert_clean(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Huishoudens in buurten zwak of lager"] == f"{weak:,}".replace(",", ".")
    assert metrics["Buurten met een score"] == str(len(BUURTEN))


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


def test_over_page_lists_every_source_from_the_database(app_db, real_con):
    at = open_page("over")
    assert not at.dataframe or all("Bron" not in d.value.columns for d in at.dataframe)  # one part at a time
    at.button_group(key="o_section").set_value("sources").run()
    assert_clean(at)
    assert at.query_params["section"] in ("sources", ["sources"])
    table = next(d.value for d in at.dataframe if "Bron" in d.value.columns)  # sources table
    titles = {r[0] for r in real_con.execute("SELECT title FROM sources").fetchall()}
    assert set(table["Bron"]) == titles
    assert (table["Rijen"] > 0).all()
