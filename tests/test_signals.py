"""Signals on hand-made series that pin every edge, and on real cases read from the source file."""
from __future__ import annotations

import pandas as pd
import pytest

from core.scale import ClassScale
from core.signals import counts_per_period, early_warning, risers_and_fallers, under_pressure
from tests import sources
from tests.fixtures import TOTAL_BOUNDS

SCALE = ClassScale(tuple(TOTAL_BOUNDS))
DIMS = ("fys", "won", "vrz", "soc", "onv")


def series(rows):
    """rows: (code, year, afw[, dims dict]) -> the frame signals expect (classes derived)."""
    out = []
    for r in rows:
        code, year, afw = r[:3]
        dims = r[3] if len(r) > 3 else (dict(zip(DIMS, [afw / 5] * 5)) if year >= 2014 else dict.fromkeys(DIMS))
        out.append({"code": code, "year": year, "afw": afw, **dims, "klasse": SCALE.classify(afw)})
    return pd.DataFrame(out)


def test_riser_exactly_at_the_threshold_counts():
    s = series([("A", 2014, -0.20), ("A", 2022, -0.16)])  # zwak, +0.04 exactly
    assert risers_and_fallers(s, 2014, 2022, 0.04, relative=False)["code"].tolist() == ["A"]
    assert risers_and_fallers(s, 2014, 2022, 0.0401, relative=False).empty


def test_only_weak_starters_qualify():
    s = series([("A", 2014, -0.10), ("A", 2022, 0.10)])  # starts ruim voldoende
    assert risers_and_fallers(s, 2014, 2022, 0.04, relative=False).empty
    assert risers_and_fallers(s, 2014, 2022, 0.04, start_max_class=6, relative=False)["code"].tolist() == ["A"]


def test_fallers_and_driver():
    s = series([("F", 2014, -0.20, {"fys": 0, "won": 0, "vrz": -0.1, "soc": 0, "onv": -0.1}),
                ("F", 2022, -0.30, {"fys": 0.01, "won": 0, "vrz": -0.1, "soc": 0, "onv": -0.21})])
    out = risers_and_fallers(s, 2014, 2022, 0.04, relative=False)
    assert out.loc[0, "direction"] == "faller" and out.loc[0, "driver"] == "onv"
    assert out.loc[0, "d_onv"] == pytest.approx(-0.11)


def test_missing_years_and_dimensions():
    s = series([("A", 2008, -0.25), ("A", 2022, -0.15), ("B", 2022, -0.30)])  # B absent in 2008
    out = risers_and_fallers(s, 2008, 2022, 0.04, relative=False)
    assert out["code"].tolist() == ["A"]
    assert out.loc[0, "driver"] is None  # no dimensions in 2008


def test_counts_per_period():
    s = series([("A", 2018, -0.20), ("A", 2020, -0.10), ("A", 2022, -0.20), ("B", 2018, -0.25), ("B", 2020, -0.25),
                ("B", 2022, -0.25)])
    c = counts_per_period(s, 0.04, relative=False).set_index("period")
    assert c.loc["2018–2020", "risers"] == 1 and c.loc["2020–2022", "fallers"] == 0  # A was not weak in 2020


def test_under_pressure_n_of_m_with_gaps():
    s = series([
        ("P", 2016, -0.30), ("P", 2018, -0.31), ("P", 2020, -0.10), ("P", 2022, -0.30),  # 3 of 4: yes
        ("Q", 2016, -0.30), ("Q", 2018, -0.10), ("Q", 2020, -0.10), ("Q", 2022, -0.30),  # 2 of 4: no
        ("R", 2018, -0.40), ("R", 2020, -0.40), ("R", 2022, -0.40),                      # 3 measured, all weak
    ])
    out = under_pressure(s, n=3, m=4, max_class=3).set_index("code")
    assert sorted(out.index) == ["P", "R"]
    assert out.loc["R", "longest_run"] == 3 and out.loc["P", "longest_run"] == 2
    assert out.loc["R", "lowest_class"] == 2
    assert out.loc["P", "weakest_dimension"] in DIMS


def test_early_warning_absolute_and_relative():
    s = series([("A", 2014, -0.15), ("A", 2022, -0.20),   # voldoende, -0.05
                ("B", 2014, -0.05), ("B", 2022, -0.07),   # ruim voldoende, -0.02
                ("C", 2014, -0.25), ("C", 2022, -0.35),   # zwak: never an early warning
                ("D", 2014, 0.05), ("D", 2022, 0.05), ("E", 2014, 0.05), ("E", 2022, 0.05)])
    assert early_warning(s, 2014, 2022, 0.04)["code"].tolist() == ["A"]
    rel = early_warning(s, 2014, 2022, 0.01, relative=True)  # national mean change -0.034
    assert rel.loc[0, "national_change"] == pytest.approx((-0.05 - 0.02 - 0.10) / 5)
    assert rel["code"].tolist() == ["A"]  # A fell 0.016 more than the country; B 0.014 less


def test_real_3072_rose_with_amenities_as_driver(real_con):
    from core import queries
    s = queries.pc4_series(real_con)
    out = risers_and_fallers(s, 2014, 2022, 0.04, start_max_class=5, relative=False).set_index("code")
    a, b = sources.pc4("3072", 2014), sources.pc4("3072", 2022)
    row = out.loc["PC4-3072"]
    assert (row["class_from"], row["class_to"]) == (5, 6)
    assert row["change"] == pytest.approx(b["afw"] - a["afw"])
    assert row["driver"] == "vrz"


def test_real_weak_starters_match_an_independent_count(real_con):
    """Count 2014→2022 risers straight from the CSV with the class boundaries from the database."""
    from core import queries
    bounds = [r[0] for r in real_con.execute(
        "SELECT boundary FROM class_boundaries WHERE scale='total' ORDER BY lower_class").fetchall()]
    scale = ClassScale(tuple(bounds))
    rows = sources.pc4_rows()
    expected = set()
    for (code, year), r in rows.items():
        if year != 2014 or (code, 2022) not in rows:
            continue
        a, b = float(r["afw"]), float(rows[(code, 2022)]["afw"])
        if scale.classify(a) <= 4 and abs(b - a) >= 0.04:
            expected.add(f"PC4-{code}")
    found = set(risers_and_fallers(queries.pc4_series(real_con), 2014, 2022, 0.04, relative=False)["code"])
    assert found == expected and len(found) > 10


def test_relative_change_takes_the_weighted_national_change_away():
    # Country rises 0.05 (households weigh B and C nine times A): A's +0.06 is only +0.01 beyond it.
    s = series([("A", 2014, -0.20), ("A", 2022, -0.14), ("B", 2014, -0.20), ("B", 2022, -0.15),
                ("C", 2014, 0.10), ("C", 2022, 0.15), ("D", 2014, -0.20), ("D", 2022, -0.22)])
    s["households"] = s["code"].map({"A": 100, "B": 900, "C": 900, "D": 100})
    national = (0.1 * -0.14 + 0.9 * -0.15 + 0.9 * 0.15 + 0.1 * -0.22) / 2 - (0.1 * -0.2 + 0.9 * -0.2 + 0.9 * 0.1 + 0.1 * -0.2) / 2
    out = risers_and_fallers(s, 2014, 2022, 0.04).set_index("code")
    assert out["national_change"].iloc[0] == pytest.approx(national)
    assert list(out.index) == ["D"] and out.loc["D", "direction"] == "faller"  # -0.02 - national ≤ -0.04
    assert out.loc["D", "households"] == 100
    assert set(risers_and_fallers(s, 2014, 2022, 0.04, relative=False).index) == {0, 1}


def test_a_region_narrows_the_list_but_not_the_national_reference():
    s = series([("A", 2014, -0.05), ("A", 2022, -0.12), ("B", 2014, -0.05), ("B", 2022, 0.05)])
    everywhere = early_warning(s, 2014, 2022, 0.04, relative=True)
    only_a = early_warning(s, 2014, 2022, 0.04, relative=True, within={"A"})
    assert only_a["national_change"].iloc[0] == pytest.approx(everywhere["national_change"].iloc[0])
    assert only_a["national_change"].iloc[0] == pytest.approx(0.015)  # (−0.07 + 0.10) / 2, not A's own −0.07
    assert only_a["code"].tolist() == ["A"]
    assert under_pressure(s, n=1, m=2, max_class=9, within={"B"})["code"].tolist() == ["B"]


def test_counts_per_period_add_households():
    s = series([("A", 2018, -0.20), ("A", 2020, -0.10), ("B", 2018, -0.25), ("B", 2020, -0.35)])
    s["households"] = s["code"].map({"A": 1200, "B": 800})
    c = counts_per_period(s, 0.04, relative=False).iloc[0]
    assert (c["risers"], c["fallers"], c["risers_households"], c["fallers_households"]) == (1, 1, 1200, 800)
