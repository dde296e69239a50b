"""The one household-weighted mean behind every derived average."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.weighting import mean_of, trend, weighted_means

DIMS = ("fys", "won", "vrz", "soc", "onv")


def frame(rows):
    return pd.DataFrame(rows, columns=["code", "gemeente_code", "year", "afw", "households", *DIMS])


def test_weights_count_and_missing_values_or_weights_drop_out():
    f = frame([("a", "G1", 2020, 0.1, 100, *[0.02] * 5), ("b", "G1", 2020, 0.3, 300, *[None] * 5),
               ("c", "G1", 2020, 0.9, 0, *[0.2] * 5), ("d", "G1", 2020, None, 500, *[None] * 5)])
    out = weighted_means(f).iloc[0]
    assert out["afw"] == pytest.approx((0.1 * 100 + 0.3 * 300) / 400)
    assert out["fys"] == pytest.approx(0.02)  # only a has a dimension and a weight
    assert out["n"] == 2 and out["households"] == 400


def test_groups_and_the_trend_per_gemeente_agree_with_the_national_one_where_they_should():
    rng = np.random.default_rng(3)
    rows = [(f"p{i}", f"G{i % 3}", y, rng.normal(0, 0.1), rng.integers(50, 500), *rng.normal(0, 0.02, 5))
            for i in range(30) for y in (2018, 2020)]
    f = frame(rows)
    national = trend(f).set_index("year")["afw"]
    per = trend(f, ["G0", "G1", "G2"])
    for year in (2018, 2020):
        part = per[per["year"] == year]
        assert national[year] == pytest.approx(np.average(part["afw"], weights=part["households"]))
    assert mean_of(f[f["year"] == 2018])["afw"] == pytest.approx(national[2018])


def test_every_gemeente_trend_in_one_pass_is_each_gemeentes_own(real_con):
    """Issue 32: the warm-up computes all gemeenten at once; each gemeente's rows must be exactly
    its trend computed alone (official_trend treats gemeenten independently)."""
    import random

    from core import queries, weighting
    every = weighting.every_gemeente_trend(real_con)
    wijk, pc4 = queries.series(real_con, "wijk"), queries.series(real_con, "pc4")
    codes = sorted(every["gemeente_code"].unique())
    assert len(codes) >= 342
    for code in random.Random(32).sample(codes, 25) + ["GM0363", "GM1680"]:
        alone = weighting.official_trend(wijk, pc4, (code,))
        assert every[every["gemeente_code"] == code].reset_index(drop=True).equals(alone), code
        assert weighting.derived_trend(real_con, (code,)).equals(alone), code
