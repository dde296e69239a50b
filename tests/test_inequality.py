"""Spread inside a gemeente: weighted quantiles and SD, weak-household shares, the buurt minimum."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.inequality import MIN_BUURTEN_FOR_SPREAD, spread_by_gemeente, weak_share_by, weighted_quantile, weighted_sd


def test_weighted_quantile_equals_hazen_for_equal_weights():
    values = np.array([0.3, -0.1, 0.2, 0.05, -0.4, 0.0, 0.11])
    for q in (0.1, 0.25, 0.5, 0.75, 0.9):
        assert weighted_quantile(values, np.ones(7), q) == pytest.approx(np.quantile(values, q, method="hazen"))


def test_weighted_median_moves_towards_the_heavy_value():
    assert weighted_quantile([0.0, 1.0], [1, 99], 0.5) > 0.95
    assert weighted_quantile([0.0, 1.0], [99, 1], 0.5) < 0.05
    assert np.isnan(weighted_quantile([], [], 0.5))


def test_weighted_sd_by_hand():
    # Values 0 and 2 with weights 1 and 3: mean 1.5, variance (1*2.25 + 3*0.25)/4 = 0.75.
    assert weighted_sd([0, 2], [1, 3]) == pytest.approx(np.sqrt(0.75))


def test_spread_counts_weak_households():
    b = pd.DataFrame({"gemeente_code": ["G1"] * 3, "afw": [-0.3, 0.0, 0.1], "klasse": [3, 6, 8],
                      "households": [100, 300, 600]})
    row = spread_by_gemeente(b).iloc[0]
    assert row["weak_households"] == 100 and row["weak_share"] == pytest.approx(0.1)
    assert row["buurten"] == 3


def test_few_buurten_are_flagged_and_sizes_reported():
    rows = [{"gemeente_code": "A", "afw": 0.01 * i, "klasse": 5, "households": 100 + i} for i in range(MIN_BUURTEN_FOR_SPREAD)]
    rows += [{"gemeente_code": "B", "afw": 0.0, "klasse": 4, "households": 50}]
    out = spread_by_gemeente(pd.DataFrame(rows)).set_index("gemeente_code")
    assert bool(out.loc["A", "spread_reliable"]) and not bool(out.loc["B", "spread_reliable"])
    assert out.loc["A", "households_per_buurt"] == pytest.approx(np.median([100 + i for i in range(MIN_BUURTEN_FOR_SPREAD)]))


def test_weak_share_by_group():
    b = pd.DataFrame({"g": ["x", "x", "y"], "klasse": [3, 6, 4], "households": [30, 70, 10]})
    shares = weak_share_by(b, "g")
    assert shares["x"] == pytest.approx(0.3) and shares["y"] == pytest.approx(1.0)
