"""The Thema's page on the real data: every offered indicator, the correlation, bad links, uploads."""
from __future__ import annotations

import pytest

from tests.apptest import assert_clean, open_page, texts


@pytest.mark.parametrize("params", [
    {"ind": "crime_per_1000", "level": "buurt", "measure": "onv"},
    {"ind": "edu_low_share", "level": "gemeente"},
    {"ind": "edu_high_share", "level": "wijk"},
    {"ind": "income_standardised_2024"},
    {"ind": "health_65plus_good"},
    {"ind": "income_per_inhabitant", "level": "wijk", "measure": "soc"},
    {"ind": "low_income_households", "level": "gemeente"},
    {"ind": "heat_island_heatwave", "level": "buurt"},
    {"ind": "green_percent", "level": "wijk"},
    {"ind": "advice_vwo", "level": "pc4"},
    {"ind": "advice_vmbo_bk_pro", "level": "gemeente"},
    {"ind": "health_good_2022", "level": "wijk"},
])
def test_every_theme_renders_with_the_no_cause_warning(app_db, params):
    at = open_page("themas", params)
    assert_clean(at)
    assert not [w for w in at.warning if "ongeldige waarde" in w.value]  # every one is offered as asked
    assert at.selectbox(key="t_ind").value == params["ind"]
    page = texts(at)
    assert "Samenhang is geen oorzaak" in page
    assert "gebieden met een waarde zijn gekoppeld" in page


def test_crime_and_nuisance_correlate_as_expected(app_db):
    at = open_page("themas", {"ind": "crime_per_1000", "level": "buurt", "measure": "onv"})
    line = next(m.value for m in at.markdown if "Pearson" in m.value)
    rho = float(line.split("Spearman ρ = **")[1].split("**")[0].replace(",", "."))  # written the Dutch way
    assert rho < -0.2  # more registered crime, lower nuisance-and-safety score


def test_bad_indicator_in_url(app_db):
    at = open_page("themas", {"ind": "../../etc/passwd", "level": "galaxy", "measure": "x"})
    assert_clean(at)
    assert len(at.warning) >= 2


def test_upload_theme_explains_the_format_and_waits_for_a_file(app_db):
    at = open_page("themas", {"lang": "en"})
    at.selectbox(key="t_theme").set_value("upload").run()
    assert_clean(at)
    assert any("never stored" in c.value for c in at.caption)
    assert not at.get("plotly_chart")  # nothing to draw before a file arrives


def test_school_advice_shows_pupils_schools_and_the_letter(app_db):
    at = open_page("themas", {"ind": "advice_vwo", "level": "pc4"})
    assert_clean(at)
    assert any("adviezen op" in c.value for c in at.caption)  # the counts behind the shares
    letter = next(t.value for t in at.table if "Kamerbrief" in t.value.columns)
    assert letter["Verschil"].iloc[0] in ("zelfde richting", "andere richting")


def test_switching_theme_never_says_the_link_was_wrong(app_db):
    """Issue 29: from health at buurt level to income (gemeenten only) nobody edited a link."""
    at = open_page("themas", {"ind": "health_good_2022", "level": "buurt"})
    assert_clean(at)
    at.selectbox(key="t_theme").set_value("income").run()
    assert_clean(at)
    assert not any("ongeldige waarde" in w.value for w in at.warning)
    at = open_page("themas", {"ind": "income_standardised_2024", "level": "buurt"})  # a link that is wrong
    assert any("ongeldige waarde" in w.value for w in at.warning)


def test_indicators_with_one_name_carry_their_year(app_db):
    at = open_page("themas", {"ind": "health_good_2022", "level": "buurt"})
    options = at.selectbox(key="t_ind").options
    health = [o for o in options if o.startswith("Ervaren gezondheid goed of zeer goed")]
    assert len(health) == 2 and len(set(health)) == 2 and all("(20" in o for o in health)
