"""The signals page: definitions with their parameters, URL state, bad input."""
import pytest

from tests.apptest import assert_clean, open_page, texts


def test_default_page_shows_risers_and_fallers_and_offers_the_other_signals(app_db):
    """Issue 32: one signal per view, risers and fallers first; the others are one click away and
    the choice is in the URL."""
    at = open_page("signalen")
    assert_clean(at)
    page = texts(at)
    assert "zwak* of lager in 2014" in page and "tot 2022 met minstens 0,04" in page
    assert "bovenop de landelijke verandering" in page  # relative to the country by default
    published = next(t.value for t in at.table if "Kamerbrief" in t.value.columns)
    assert published["Kamerbrief"].str.contains("60.000 huishoudens gestegen, 125.000 gedaald").any()
    risers = int(next(m.value for m in at.metric if m.label == "Stijgers"))
    assert risers > 10
    assert "minstens 4 van de laatste 4 metingen" not in page  # another signal: not drawn
    at.button_group(key="s_section").set_value("up").run()
    assert_clean(at)
    assert "minstens 4 van de laatste 4 metingen (2016, 2018, 2020, 2022)" in texts(at)
    assert at.query_params["section"] in ("up", ["up"]) and len(at.dataframe) == 2
    assert not [m for m in at.metric if m.label == "Stijgers"]


def test_a_link_opens_its_signal(app_db):
    at = open_page("signalen", {"section": "ew", "ref": "abs"})
    assert_clean(at)
    assert at.header[-1].value == "Vroegsignalering" and at.toggle(key="s_rel")
    assert "Stijgers en dalers" not in [h.value for h in at.header]
    # How change is measured belongs to risers and fallers: not shown here (it contradicted early
    # warning's own switch), but kept in the link for when the reader goes back.
    assert not [r for r in at.radio if r.key == "s_ref"] and at.query_params["ref"] in ("abs", ["abs"])
    at.button_group(key="s_section").set_value("rf").run()
    assert at.radio(key="s_ref").value == "abs"


def test_the_pressure_map_names_the_years_it_counts(app_db):
    at = open_page("signalen", {"section": "up"})
    assert_clean(at)
    title = next(m.value for m in at.markdown if m.value.startswith("**Structureel onder druk**"))
    assert "2016–2022" in title and "2014" not in title  # the last 4 measurements, not the chosen period


def test_url_parameters_are_used_and_kept(app_db):
    at = open_page("signalen", {"from": "2020", "to": "2022", "min_change": "0.06", "gm": "GM0599"})
    assert_clean(at)
    assert "in 2020" in texts(at) and "0,06" in texts(at)
    rf = at.dataframe[0].value
    assert (rf["Gemeente"] == "Rotterdam").all()
    assert at.query_params["gm"] in ("GM0599", ["GM0599"])


def test_a_region_keeps_the_national_reference(app_db):
    """Rotterdam's early warning compares with the country's change, not Rotterdam's own."""
    national = open_page("signalen", {"from": "2020", "to": "2022"})
    shown = next(m.value for m in national.metric if m.label == "Landelijke verandering")
    rotterdam = open_page("signalen", {"from": "2020", "to": "2022", "gm": "GM0599", "section": "ew"})
    rotterdam.toggle(key="s_rel").set_value(True).run()
    assert_clean(rotterdam)
    assert f"({shown})" in texts(rotterdam)


def test_absolute_reference_is_kept_in_the_url(app_db):
    at = open_page("signalen", {"ref": "abs"})
    assert_clean(at)
    assert "(absoluut)" in texts(at) and at.query_params["ref"] in ("abs", ["abs"])


def test_last_step_button(app_db):
    at = open_page("signalen")
    at.main.button[0].click().run()
    assert_clean(at)
    assert "in 2020" in texts(at)


@pytest.mark.parametrize("params", [
    {"from": "2022", "to": "2014"}, {"from": "1990"}, {"min_change": "-5"}, {"min_change": "nan"},
    {"gm": "GM0000"}, {"pv": "<b>x</b>"}, {"to": "20222"}, {"ref": "relative!"},
])
def test_bad_parameters_warn_and_fall_back(app_db, params):
    at = open_page("signalen", params)
    assert_clean(at)
    assert at.warning


def test_areas_with_few_households_are_left_out_by_default_and_can_be_taken_back(app_db, real_con):
    """Issue 31: areas with fewer than 25 households (ports, business parks) top the risers; the
    signals leave them out, say which, and show them again on request (`few=1`)."""
    households = dict(real_con.execute("SELECT code, coalesce(households, 0) FROM areas WHERE level = 'pc4'").fetchall())
    at = open_page("signalen", {})
    assert_clean(at)
    shown = {f"PC4-{p}" for p in at.dataframe[0].value.iloc[:, 0]}
    assert shown and all(households.get(c, 0) >= 25 for c in shown)
    told = texts(at)
    assert "minder dan 25 huishoudens" in told and "1045 (Amsterdam)" in told  # the port: no households, a top riser
    at.toggle(key="s_few").set_value(True).run()
    assert_clean(at)
    assert at.query_params.get("few") in ("1", ["1"])
    again = {f"PC4-{p}" for p in at.dataframe[0].value.iloc[:, 0]}
    assert shown < again and any(households.get(c, 0) < 25 for c in again)


def test_mijn_buurt_warns_where_few_households_live(app_db):
    at = open_page("buurt", {"area": "PC4-1045"})
    assert_clean(at)
    assert any("geen huishoudens" in w.value and "niet los" in w.value for w in at.warning)  # none: no "about –"
    assert not any("niet los" in w.value for w in open_page("buurt", {"area": "PC4-1011"}).warning)


def test_the_map_legend_names_only_the_directions_it_shows(app_db):
    """Rotterdam 2018–2020 has risers and no fallers: the legend said "Dalers" all the same (a
    stranger's walk). A period with both names both."""
    from tests.apptest import open_page

    def legend(params):
        at = open_page("signalen", params)
        fallers = at.metric[1].value  # the page's own count of fallers
        chips = next(m.value for m in at.markdown if "Stijgers" in m.value and "<" in m.value)
        return ("Stijgers" in chips, "Dalers" in chips), fallers

    assert legend({"from": "2018", "to": "2020", "gm": "GM0599"}) == ((True, False), "0")
    assert legend({"from": "2014", "to": "2022", "gm": "GM0599"})[0] == (True, True)
