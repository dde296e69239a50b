"""Splitting a change into dimensions, and naming what drove it."""
import pandas as pd
import pytest

from core.decompose import change_between, composition, driver


def series(rows):
    cols = ["year", "afw", "fys", "won", "vrz", "soc", "onv"]
    return pd.DataFrame(rows, columns=cols)


SERIES = series([
    (2012, -0.12, None, None, None, None, None),
    (2014, -0.14, 0.00, -0.03, 0.16, -0.10, -0.17),
    (2022, -0.02, 0.01, -0.02, 0.24, -0.09, -0.16),
])


def test_change_is_split_exactly_into_dimensions():
    c = change_between(SERIES, 2014, 2022)
    assert c["total"] == pytest.approx(0.12)
    assert sum(c["dimensions"].values()) == pytest.approx(c["total"])
    assert c["driver"] == "vrz"


def test_before_2014_there_is_a_total_but_no_driver():
    c = change_between(SERIES, 2012, 2022)
    assert c["total"] == pytest.approx(0.10)
    assert c["driver"] is None and c["dimensions"]["vrz"] is None


def test_missing_year_gives_none():
    assert change_between(SERIES, 2016, 2022) is None


def test_driver_follows_the_direction_of_the_total():
    # Total falls; the biggest mover rose, so the driver is the biggest fall.
    assert driver({"fys": 0.05, "won": -0.03, "vrz": -0.04, "soc": 0.0, "onv": -0.02}, -0.04) == "vrz"


def test_no_change_no_driver():
    assert driver({"fys": 0.01, "won": -0.01, "vrz": 0.0, "soc": 0.0, "onv": 0.0}, 0.0) is None


def test_composition_reads_missing_as_none():
    assert composition(SERIES.iloc[0]) == dict.fromkeys(["fys", "won", "vrz", "soc", "onv"])
