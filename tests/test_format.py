"""Numbers as each language writes them."""
from core.format import decimal, number, percent


def test_dutch_and_english_numbers():
    assert (number(763825, "nl"), number(763825, "en")) == ("763.825", "763,825")
    assert (number(487430.9, "nl", -3), number(1234.5, "en", 1)) == ("487.000", "1,234.5")
    assert (percent(0.0921, "nl"), percent(0.0921, "en")) == ("9,2%", "9.2%")
    assert (decimal(0.0051, "nl", 3, signed=True), decimal(-0.2, "en", 3, signed=True)) == ("+0,005", "-0.200")
    assert number(float("nan"), "nl") == "–" and percent(None, "en") == "–"
