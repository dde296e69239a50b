"""Numbers as each language writes them."""
from core.format import decimal, number, percent


def test_dutch_and_english_numbers():
    assert (number(763825, "nl"), number(763825, "en")) == ("763.825", "763,825")
    assert (number(487430.9, "nl", -3), number(1234.5, "en", 1)) == ("487.000", "1,234.5")
    assert (percent(0.0921, "nl"), percent(0.0921, "en")) == ("9,2%", "9.2%")
    assert (decimal(0.0051, "nl", 3, signed=True), decimal(-0.2, "en", 3, signed=True)) == ("+0,005", "-0.200")
    assert number(float("nan"), "nl") == "–" and percent(None, "en") == "–"


def test_large_numbers_are_written_out_never_with_k():
    from core.format import large
    assert (large(2_400_123, "nl"), large(2_400_123, "en")) == ("2,4 mln", "2.4 m")
    assert (large(852_345, "nl"), large(852_345, "en")) == ("852.000", "852,000")
    assert large(5_123, "nl") == "5.123"


def test_ranks_are_words():
    from core.format import rank
    assert rank(329, 342, "nl") == "plaats 329 van 342" and rank(1, 342, "en") == "rank 1 of 342"


def test_a_styled_table_keeps_its_numbers_and_shows_them_the_readers_way():
    import pandas as pd

    from core.format import styled
    frame = pd.DataFrame({"name": ["a", "b"], "afw": [0.0624, -0.0801], "households": [107595, 2300],
                          "share": [23.44, 9.0]})
    view = styled(frame, "nl", signed=("afw",), places={"share": 1}, percent_of=("share",))
    shown = view.to_html()
    assert "+0,062" in shown and "-0,080" in shown and "107.595" in shown and "23,4%" in shown
    assert view.data["afw"].dtype.kind == "f"  # still numbers: the table sorts them as numbers
    english = styled(frame, "en", signed=("afw",)).to_html()
    assert "+0.062" in english and "107,595" in english


def test_years_in_a_table_stay_whole():
    """A stranger saw "2.002" and "2.022" on Over de data: a year is no amount."""
    import pandas as pd

    from core.format import styled
    frame = pd.DataFrame({"first": [2002, 2014], "rows": [2002, 12000]})
    shown = styled(frame, "nl", years=("first",)).to_html()
    assert ">2002<" in shown and ">2014<" in shown and ">2.002<" in shown and ">12.000<" in shown


def test_a_moment_in_words():
    from core.format import when
    assert when("2026-12-04T17:18:22+00:00", "nl") == "4 december 2026, 17:18 (UTC)"
    assert when("nonsense", "en") == "–"


def test_an_indicators_unit_is_written_the_readers_way():
    """The catalogue stores Dutch units; an English page said "per 1.000" (a stranger's walk)."""
    from core.format import unit
    assert unit("per 1.000", "en") == "per 1,000" and unit("× €1.000", "en") == "× €1,000"
    assert unit("per 1.000", "nl") == "per 1.000" and unit("°C", "en") == "°C" and unit(None, "en") == ""


def test_a_csv_opens_in_the_readers_excel():
    """Dutch Excel splits on semicolons and reads a decimal comma; English on commas with a point;
    both need the byte order mark to read UTF-8 (a double click, no import wizard)."""
    import csv
    import io

    import pandas as pd

    from core.format import csv_bytes
    frame = pd.DataFrame({"naam": ["Súdwest-Fryslân", "Den Haag, 's-Gravenhage"], "afw": [0.0625, -0.08],
                          "huishoudens": [38000, 260000]})
    dutch, english = csv_bytes(frame, "nl"), csv_bytes(frame, "en")
    assert dutch.startswith(b"\xef\xbb\xbf") and english.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(dutch.decode("utf-8-sig")), delimiter=";"))
    assert rows == [["naam", "afw", "huishoudens"], ["Súdwest-Fryslân", "0,0625", "38000"],
                    ["Den Haag, 's-Gravenhage", "-0,08", "260000"]]
    rows = list(csv.reader(io.StringIO(english.decode("utf-8-sig"))))
    assert rows[1:] == [["Súdwest-Fryslân", "0.0625", "38000"], ["Den Haag, 's-Gravenhage", "-0.08", "260000"]]
