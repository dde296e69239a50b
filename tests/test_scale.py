"""Classes, labels and colours: the same meaning on every page."""
import pytest

from core.scale import (DIMENSION_SCALE, PALETTES, ClassScale, class_colour, class_label,
                        contrast_ratio, text_colour_on)
from tests.fixtures import TOTAL_BOUNDS

SCALE = ClassScale(tuple(TOTAL_BOUNDS))


@pytest.mark.parametrize("value, expected", [
    (-1.0, 1), (TOTAL_BOUNDS[0] - 1e-9, 1), (TOTAL_BOUNDS[0], 2),  # a boundary goes up
    (-0.2, 4), (-0.1640, 5), (0.0, 6), (0.0101, 7), (0.5, 9),
])
def test_classify_total(value, expected):
    assert SCALE.classify(value) == expected


def test_missing_score_has_no_class():
    assert SCALE.classify(None) is None
    assert SCALE.classify(float("nan")) is None


def test_dimension_scale_is_symmetric_around_average():
    assert DIMENSION_SCALE.classify(0.0) == 5
    assert DIMENSION_SCALE.classify(0.05) == 6 and DIMENSION_SCALE.classify(-0.05) == 4
    assert DIMENSION_SCALE.classify(0.3) == 9 and DIMENSION_SCALE.classify(-0.3) == 1


def test_band_is_open_at_the_ends():
    assert SCALE.band(1) == (None, TOTAL_BOUNDS[0])
    assert SCALE.band(9) == (TOTAL_BOUNDS[-1], None)


def test_labels_in_both_languages():
    assert class_label(4, "nl") == "zwak" and class_label(4, "en") == "weak"
    assert class_label(9, "nl") == "uitstekend"
    assert class_label(5, "nl", dimension=True) == "gemiddeld"
    assert class_label(None) == "–"


@pytest.mark.parametrize("palette", list(PALETTES))
def test_every_class_colour_has_readable_text(palette):
    for k in range(1, 10):
        bg = class_colour(k, palette)
        assert contrast_ratio(text_colour_on(bg), bg) >= 4.5  # WCAG AA for normal text


def test_palettes_are_nine_distinct_colours():
    for colours in PALETTES.values():
        assert len(colours) == 9 and len(set(colours)) == 9
