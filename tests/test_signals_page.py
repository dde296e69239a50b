"""The signals page: definitions with their parameters, URL state, bad input."""
import pytest

from tests.apptest import assert_clean, open_page, texts


def test_default_page_lists_risers_fallers_pressure_and_warnings(app_db):
    at = open_page("signalen")
    assert_clean(at)
    page = texts(at)
    assert "zwak* of lager in 2014" in page and "tot 2022 met minstens 0.04" in page
    assert "minstens 3 van de laatste 4 metingen (2016, 2018, 2020, 2022)" in page
    risers = int(next(m.value for m in at.metric if m.label == "Stijgers"))
    assert risers > 10
    assert len(at.dataframe) >= 3


def test_url_parameters_are_used_and_kept(app_db):
    at = open_page("signalen", {"from": "2020", "to": "2022", "min_change": "0.06", "gm": "GM0599"})
    assert_clean(at)
    assert "in 2020" in texts(at) and "0.06" in texts(at)
    rf = at.dataframe[0].value
    assert (rf["Gemeente"] == "Rotterdam").all()
    assert at.query_params["gm"] in ("GM0599", ["GM0599"])


def test_last_step_button(app_db):
    at = open_page("signalen")
    at.main.button[0].click().run()
    assert_clean(at)
    assert "in 2020" in texts(at)


@pytest.mark.parametrize("params", [
    {"from": "2022", "to": "2014"}, {"from": "1990"}, {"min_change": "-5"}, {"min_change": "nan"},
    {"gm": "GM0000"}, {"pv": "<b>x</b>"}, {"to": "20222"},
])
def test_bad_parameters_warn_and_fall_back(app_db, params):
    at = open_page("signalen", params)
    assert_clean(at)
    assert at.warning
