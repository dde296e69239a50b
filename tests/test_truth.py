"""Every derived figure, recomputed from the raw source files with independent code
(tests/independent.py imports nothing from core) and compared with what the pages show.

A policy officer who finds one wrong figure stops trusting all of them: these tests hold the
app to the definitions it states on its pages.
"""
from __future__ import annotations

import json
import re

import pytest

from tests import independent
from tests.apptest import assert_clean, open_page, plotly_values, texts


def chart_lines(at, key: str) -> dict[str, list[float]]:
    """name -> y values of the traces of the Plotly chart with this key, as the browser gets them."""
    for el in at.get("plotly_chart"):
        if el.proto.id.endswith(f"-{key}"):
            spec = json.loads(el.proto.spec)
            return {t.get("name"): plotly_values(t.get("y")) for t in spec["data"]}
    raise AssertionError(f"no chart {key}")




def _count(text: str) -> int:
    """'487.000' or '487,000' -> 487000."""
    return int(re.sub(r"[.,]", "", text))


# ------------------------------------------------------------------ weights

def test_postcode_weights_add_up_to_the_national_household_total(real_con):
    buurt_total = sum(independent.buurt_households().values())
    db = dict(real_con.execute("SELECT code, households FROM areas WHERE level = 'pc4'").fetchall())
    db_total = sum(v for v in db.values() if v)
    assert abs(db_total - buurt_total) <= 0.005 * buurt_total
    expected = independent.pc4_households()
    scored = {c.removeprefix("PC4-") for c in db}
    worst = max(abs((db[f"PC4-{c}"] or 0) - expected.get(c, 0.0)) for c in scored)
    assert worst < 1.0  # households, per postcode area


# ------------------------------------------------------------------ one trend, every page

def test_national_trend_on_the_start_page_is_the_independent_one(app_db):
    at = open_page("start")
    assert_clean(at)
    shown = chart_lines(at, "nat_trend")
    line = next(v for name, v in shown.items() if name == "Totaal")
    assert line == pytest.approx(independent.official_national_trend().tolist(), abs=1e-9)


@pytest.mark.parametrize("code, name", [("GM1680", "Aa en Hunze"), ("GM0503", "Delft")])
def test_one_gemeente_has_one_trend_on_every_page(app_db, code, name):
    """From the official wijk scores of the gemeente (issue 19), the same line on both pages."""
    expected = independent.official_gemeente_trend(code).tolist()
    on_compare = chart_lines(open_page("vergelijk", {"gm": f"{code},GM0363"}), "trend")[name]
    on_buurt = chart_lines(open_page("buurt", {"area": code, "section": "trend"}), "trend")[name]
    assert on_compare == pytest.approx(expected, abs=1e-9)
    assert on_buurt == pytest.approx(expected, abs=1e-9)


# ------------------------------------------------------------------ headline figures and signals

def test_weak_households_on_the_start_page(app_db):
    at = open_page("start")
    metric = next(m.value for m in at.metric if m.label == "Huishoudens in buurten zwak of lager")
    assert _count(metric) == independent.households_in_weak_buurten_2024()


def test_risers_and_fallers_match_the_independent_count(app_db):
    at = open_page("signalen", {"from": "2020", "to": "2022", "few": "1"})  # every area, as the definition counts them
    assert_clean(at)
    expected = independent.risers_fallers_households(2020, 2022)
    metrics = {m.label: m.value for m in at.metric}
    assert (_count(metrics["Stijgers"]), _count(metrics["Dalers"])) == (expected["risers"], expected["fallers"])
    table = next(d.value for d in at.dataframe if "Huishoudens (schatting)" in d.value.columns)
    up = table[table["Verandering"].notna()]
    assert up["Huishoudens (schatting)"].sum() == pytest.approx(
        expected["risers_households"] + expected["fallers_households"], abs=len(up))


def test_reconciliation_table_carries_the_independent_figures(app_db):
    at = open_page("over", {"section": "letters"})
    assert_clean(at)
    table = at.table[0].value
    page = table.to_string()
    ours = f"{round(independent.households_in_weak_buurten_2024()):,}".replace(",", ".")
    assert "963.000" in page and ours in page  # the letter and ours, side by side
    pressure = independent.under_pressure()
    row = table.loc["Structureel onder druk (postcodegebieden)"]
    assert f"{pressure['areas']} postcodegebieden in {pressure['gemeenten']} gemeenten" in row["Deze verkenner"]
    assert f"{round(pressure['households'], -3):,.0f}".replace(",", ".") in row["Deze verkenner"]
    rf = independent.risers_fallers_households(2020, 2022)
    mine = table.loc["Stijgers en dalers 2020–2022 (postcodegebieden)", "Deze verkenner"]
    for key in ("risers_households", "fallers_households"):
        assert f"{round(rf[key], -3):,.0f}".replace(",", ".") in mine
    assert "niet te berekenen" in table.loc["Stijgers en dalers 2022–2024 (postcodegebieden)", "Deze verkenner"]
    assert "niet te berekenen" in table.loc["Stijgers en dalers 2022–2024 (wijken)", "Deze verkenner"]
    wijk_row = table.loc["Structureel onder druk (wijken)", "Deze verkenner"]
    assert wijk_row.startswith(f"{independent.wijk_under_pressure()['areas']} wijken in ")
    # G4 ranks by weighted IQR among gemeenten with at least ten buurten, recomputed.
    spread = _independent_spread_ranks()
    g4 = table.loc["Spreiding binnen gemeenten: G4 in de top vijf", "Deze verkenner"]
    for name in ("Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht"):
        assert f"{name} {spread[name]}" in g4


def _independent_spread_ranks() -> dict[str, int]:
    bu = independent._buurten()
    hh = independent.buurt_households()
    names = dict(zip(independent._gemeenten()["code"], independent._gemeenten()["naam"]))
    iqr = {}
    for gm, g in bu.assign(gm="GM" + bu["code"].str.slice(2, 6)).groupby("gm"):
        if len(g) >= 10:
            iqr[names[gm]] = independent.weighted_iqr(g["afw"], g["code"].map(hh))
    ordered = sorted(iqr, key=iqr.get, reverse=True)
    return {name: i + 1 for i, name in enumerate(ordered)}


def test_spread_in_the_compare_table_is_the_independent_weighted_iqr(app_db):
    at = open_page("vergelijk", {"gm": "GM0363,GM0599"})
    col = "Spreiding buurten (IQR)"
    stats = next(d.value for d in at.dataframe if col in d.value.columns)
    bu = independent._buurten()
    hh = independent.buurt_households()
    for name, code in (("Amsterdam", "GM0363"), ("Rotterdam", "GM0599")):
        g = bu[bu["code"].str.slice(2, 6) == code[2:]]
        expected = independent.weighted_iqr(g["afw"], g["code"].map(hh))
        assert float(stats.loc[stats.iloc[:, 0] == name, col].iloc[0]) == pytest.approx(expected, abs=5e-4)
    shares = independent.weak_household_share_by_gemeente()
    weak = next(c for c in stats.columns if c.startswith("Aandeel huishoudens"))
    assert float(stats.loc[stats.iloc[:, 0] == "Amsterdam", weak].iloc[0]) == pytest.approx(100 * shares["GM0363"], abs=0.05)


# ------------------------------------------------------------------ indicators

def test_every_offered_indicator_joins_most_of_its_areas(real_con):
    """Join rates recomputed against the 2024 area codes read from the source files: most of
    the indicator's values find an area, or most areas get a value."""
    bu = set(independent._buurten()["code"])
    known = {"buurt": bu, "gemeente": set(independent._gemeenten()["code"]),
             "wijk": set(independent.wijk_scores()["wk_code"]),  # the official wijken (2022 division)
             "pc4": {"PC4-" + c for c in independent.pc4_scores()["PC4"]}}
    offered = real_con.execute("SELECT indicator, levels FROM indicators WHERE levels <> ''").fetchall()
    assert offered
    for indicator, levels in offered:
        for level in levels.split(","):
            codes = [r[0] for r in real_con.execute(
                "SELECT code FROM indicator_values WHERE indicator = ? AND level = ?", [indicator, level]).fetchall()]
            joined = sum(c in known[level] for c in codes)
            most_values = joined >= 0.8 * len(codes)
            most_areas = joined >= 0.8 * len(known[level])
            assert (most_values or most_areas) and joined >= 5, (indicator, level, joined, len(codes))


def test_themes_page_offers_no_indicator_that_does_not_join(app_db):
    # SES-WOA 2019 (Amsterdam) uses 2019 buurt codes, none of which exists in 2024; its 98 wijk
    # codes all exist in the official 2022 wijk series, so it is offered there and only there.
    at = open_page("themas", {"ind": "ses_woa", "level": "buurt"})
    assert_clean(at)
    assert at.warning  # the URL asked for a level that is not offered
    assert at.selectbox(key="t_level").options == ["wijk"] or at.selectbox(key="t_level").value == "wijk"
    # Against the official 2022 wijken, Amsterdam's 2021 wijken join; gemeenten abolished since do not.
    at = open_page("themas", {"ind": "edu_low_share", "level": "wijk"})
    assert "Amsterdam (" not in texts(at) and "GM0398, een opgeheven gemeente (21 wijken)" in texts(at)
    at = open_page("themas", {"ind": "edu_low_share", "level": "gemeente"})
    assert "Amsterdam (+ Weesp" in texts(at) and "Purmerend (+ Beemster" in texts(at)


# ------------------------------------------------------------------ health (RIVM)

@pytest.mark.parametrize("indicator, values", [
    ("health_good_2022", lambda: independent.rivm_2022()),
    ("health_anxiety_depression", lambda: independent.rivm_2020("HoogRisicoOpAngstOfDepressie_25")),
])
def test_health_class_means_are_the_independent_ones(app_db, indicator, values):
    raw = values()
    at = open_page("themas", {"ind": indicator, "level": "buurt"})
    assert_clean(at)
    bars = chart_lines(at, "class_means")
    shown = next(iter(bars.values()))
    expected = independent.class_means_2024(raw)
    assert shown == pytest.approx([expected[k] for k in sorted(expected)], abs=1e-6)
    weak, best = independent.weak_to_best(raw)
    line = next(m.value for m in at.markdown if "onvoldoende of lager" in m.value)
    assert f"factor **{weak / best:.1f}**".replace(".", ",") in line


def test_national_health_values_reach_mijn_buurt(app_db):
    national = independent.rivm_2022()["NL01"]
    buurt = independent.rivm_2022()["BU07430101"]
    at = open_page("buurt", {"area": "BU07430101", "section": "living"})
    sentence = next(m.value for m in at.markdown if "voelt" in m.value)
    assert f"**{buurt:.0f}%**" in sentence and f"tegen {national:.0f}% in heel Nederland" in sentence
    assert independent.rivm_2020("ErvarenGezondheidGoedZeerGoed_4")["NL01"] == 78.4 and national == 69.0


def test_reconciliation_health_rows_are_the_independent_ones(app_db):
    table = open_page("over", {"section": "letters"}).table[0].value
    weak, best = independent.weak_to_best(independent.rivm_2020("HoogRisicoOpAngstOfDepressie_25"))
    mine = table.loc["Gezondheid: psychische problemen", "Deze verkenner"]
    assert f"{weak:.1f}% (klasse onvoldoende of lager) tegen {best:.1f}%".replace(".", ",") in mine
    assert "niet te berekenen" in table.loc["Gezondheid: zeer lage veerkracht", "Deze verkenner"]


# ------------------------------------------------------------------ heat and school advice

@pytest.mark.parametrize("code", ["BU07430101", "BU05990110", "BU0363MF01"])
def test_heat_of_a_buurt_is_the_independent_overlap_mean(app_db, real_con, code):
    expected = independent.heat_of_buurt(code)
    stored = real_con.execute("SELECT value FROM indicator_values WHERE indicator = 'heat_island_heatwave' AND code = ?",
                              [code]).fetchone()
    assert stored is not None and stored[0] == pytest.approx(expected, abs=1e-6)
    sentence = next(m.value for m in open_page("buurt", {"area": code, "section": "living"}).markdown if "hittegolfdag" in m.value)
    assert f"**{expected:.1f} °C**".replace(".", ",") in sentence


def test_national_advice_shares_are_the_independent_ones(app_db):
    # PROVENANCE.md: 17.3% (2019-20), 19.4%, 19.2% (2021-22) of all advice was vwo.
    assert [round(independent.national_vwo_share((y,)), 1) for y in ("2019-2020", "2020-2021", "2021-2022")] == \
        [17.3, 19.4, 19.2]
    pooled = independent.national_vwo_share()
    sentence = next(m.value for m in open_page("buurt", {"area": "GM0363", "section": "living"}).markdown if "vwo-advies" in m.value)
    assert f"Landelijk kreeg {pooled:.1f}% een vwo-advies".replace(".", ",", 1) in sentence


# ------------------------------------------------------------------ the region lens (issue 31)
@pytest.mark.parametrize("code", ["BU05990535", "BU07721120"])  # Oude Noorden (Groot-Rijnmond), Bergen (Eindhoven)
def test_a_buurt_in_its_corop_region_is_the_independent_one(app_db, real_con, code):
    """The COROP mean, the deviation and the share below, from the source files (Leefbaarometer
    buurten, CBS households, CBS's woonplaatsen file) against core.regions and Mijn buurt's sentence."""
    from core import regions
    expected = independent.buurt_in_corop_2024(code)
    frame = regions.deviations(real_con, "buurt")
    mine = frame[(frame["code"] == code) & (frame["year"] == 2024)].iloc[0]
    assert mine["corop_code"] == expected["corop"]
    assert abs(mine["corop_mean"] - expected["mean"]) < 1e-9
    assert abs(mine["corop_dev"] - expected["deviation"]) < 1e-9
    at = open_page("buurt", {"area": code})
    assert_clean(at)
    sentence = next(m.value for m in at.markdown if "COROP-regio" in m.value)
    pct = round(100 * expected["share_below"])
    assert f"{pct}%" in sentence and f"{expected['others']:,}".replace(",", ".") in sentence
    assert f"{abs(expected['deviation']):.3f}".replace(".", ",") in sentence
    assert ("boven" if expected["deviation"] >= 0 else "onder") in sentence
