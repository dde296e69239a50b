"""Thematic links: statistics against scipy, uploads that must fail clearly, the page per theme."""
from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as sps

from core.stats import fisher_interval, least_squares, pearson, spearman, summary
from core.upload import MAX_BYTES, UploadError, parse
from tests.apptest import assert_clean, open_page, texts

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


KNOWN = {"GM0363", "GM0599", "BU03630000", "PC4-1011"}


@pytest.mark.parametrize("data, key", [
    (b"", "upload.empty"),
    (b"   \n  ", "upload.empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "upload.binary"),
    (b"naam,waarde\nAmsterdam,1\n", "upload.no_code"),
    (b"code,a,b\nGM0363,1,2\n", "upload.no_value"),
    (b"code,value\nGM0363,abc\nGM0599,2\n", "upload.not_numeric"),
    (b"code,value\nGM0363,1\nGM0363,2\n", "upload.duplicates"),
    (b"code,value\nXX,1\nYY,2\n", "upload.no_known_codes"),
    (b"code,value\n" + b"GM0363,1\n" * (MAX_BYTES // 9 + 10), "upload.too_big"),
])
def test_bad_uploads_are_named(data, key):
    with pytest.raises(UploadError) as info:
        parse(data, KNOWN)
    assert info.value.key == key


def test_good_upload_with_semicolons_decimal_commas_and_unknowns():
    df, report = parse("code;value;label\nGM0363;1,5;A\ngm0599;2;B\nGM9999;3;C\n".encode(), KNOWN)
    assert df["code"].tolist() == ["GM0363", "GM0599"] and df["value"].tolist() == [1.5, 2.0]
    assert report["level"] == "gemeente" and report["unknown"] == ["GM9999"]


def test_postcodes_are_read_as_pc4():
    df, report = parse(b"postcode,value\n1011 AB,3\n", KNOWN)
    assert df["code"].tolist() == ["PC4-1011"] and report["level"] == "pc4"


@pytest.mark.parametrize("params", [
    {"ind": "crime_per_1000", "level": "buurt", "measure": "onv"},
    {"ind": "edu_low_share", "level": "gemeente"},
    {"ind": "edu_high_share", "level": "wijk"},
    {"ind": "income_standardised_2024"},
    {"ind": "health_65plus_good"},
    {"ind": "green_share"},
    {"ind": "heat_felt_35plus", "measure": "fys"},
    {"ind": "ses_woa", "level": "buurt"},
])
def test_every_theme_renders_with_the_no_cause_warning(app_db, params):
    at = open_page("themas", params)
    assert_clean(at)
    page = texts(at)
    assert "Samenhang is geen oorzaak" in page
    assert "gebieden met een waarde zijn gekoppeld" in page


def test_crime_and_nuisance_correlate_as_expected(app_db):
    at = open_page("themas", {"ind": "crime_per_1000", "level": "buurt", "measure": "onv"})
    line = next(m.value for m in at.markdown if "Pearson" in m.value)
    rho = float(line.split("Spearman ρ = **")[1].split("**")[0])
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
