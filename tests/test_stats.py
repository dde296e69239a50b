"""Correlation statistics against scipy."""
from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as sps

from core.stats import fisher_interval, least_squares, pearson, spearman, summary

RNG = np.random.default_rng(7)
X = RNG.normal(size=60)
Y = 0.5 * X + RNG.normal(size=60)


def test_pearson_and_spearman_match_scipy():
    assert pearson(X, Y) == pytest.approx(sps.pearsonr(X, Y).statistic)
    ties = np.round(X, 1)
    assert spearman(ties, Y) == pytest.approx(sps.spearmanr(ties, Y).statistic)


def test_fisher_interval_matches_scipy():
    res = sps.pearsonr(X, Y)
    lo, hi = fisher_interval(res.statistic, len(X))
    ci = res.confidence_interval(0.95)
    assert (lo, hi) == (pytest.approx(ci.low), pytest.approx(ci.high))


def test_least_squares_matches_scipy_and_nan_is_dropped():
    slope, intercept = least_squares(np.append(X, np.nan), np.append(Y, 1.0))
    ref = sps.linregress(X, Y)
    assert slope == pytest.approx(ref.slope) and intercept == pytest.approx(ref.intercept)


def test_degenerate_inputs_give_nan_not_errors():
    assert np.isnan(pearson([1, 2], [3, 4]))
    assert np.isnan(pearson([1, 1, 1, 1], [1, 2, 3, 4]))
    assert all(np.isnan(v) for v in fisher_interval(1.0, 10))
    assert summary([], [])["n"] == 0
