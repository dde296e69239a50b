"""Finding an area from what people type."""
import pandas as pd
import pytest

from core.search import (area_label, closest_codes, normalise, parse_code, parse_postcode,
                         prepare_index, resolve, search)

INDEX = prepare_index(pd.DataFrame([
    {"code": "GM0363", "level": "gemeente", "name": "Amsterdam", "gemeente_name": "Amsterdam", "households": 500000},
    {"code": "GM1900", "level": "gemeente", "name": "Súdwest-Fryslân", "gemeente_name": "Súdwest-Fryslân", "households": 40000},
    {"code": "PC4-1011", "level": "pc4", "name": "1011", "gemeente_name": "Amsterdam", "households": 6000},
    {"code": "BU03630000", "level": "buurt", "name": "Centrum", "gemeente_name": "Aalsmeer", "households": 900},
    {"code": "BU05990001", "level": "buurt", "name": "Centrum", "gemeente_name": "Rotterdam", "households": 3000},
    {"code": "BU07430101", "level": "buurt", "name": "Hoogveld", "gemeente_name": "Asten", "households": 400},
    {"code": "BU03630101", "level": "buurt", "name": "Amsterdamse Poort", "gemeente_name": "Amsterdam", "households": 700},
]))


@pytest.mark.parametrize("text, expected", [
    ("1011", "1011"), ("1011 AB", "1011"), ("1011ab", "1011"), (" 1011  ab ", "1011"),
    ("0123", None), ("101", None), ("10111", None), ("1011 ABC", None), ("", None),
])
def test_parse_postcode(text, expected):
    assert parse_postcode(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("PC4-1011", "PC4-1011"), ("pc4-1011", "PC4-1011"), ("bu07430101", "BU07430101"),
    ("BU0363AF08", "BU0363AF08"), ("gm0363", "GM0363"), ("GM036", None), ("DROP TABLE", None),
])
def test_parse_code(text, expected):
    assert parse_code(text) == expected


def test_normalise_drops_accents_case_and_punctuation():
    assert normalise("Súdwest-Fryslân") == "sudwest fryslan"
    assert normalise("  'S-Hertogenbosch ") == "s hertogenbosch"


def test_postcode_with_letters_finds_the_pc4():
    assert search(INDEX, "1011 AB")["code"].tolist() == ["PC4-1011"]


def test_exact_name_gemeente_comes_first():
    assert search(INDEX, "amsterdam")["code"].iloc[0] == "GM0363"


def test_ambiguous_name_lists_every_match_biggest_first():
    hits = search(INDEX, "Centrum")
    assert hits["code"].tolist()[:2] == ["BU05990001", "BU03630000"]
    labels = [area_label(r) for r in hits.to_dict("records")]
    assert "Centrum (buurt in Rotterdam)" in labels and "Centrum (buurt in Aalsmeer)" in labels


def test_accents_and_typos_are_tolerated():
    assert search(INDEX, "sudwest fryslan")["code"].iloc[0] == "GM1900"
    assert search(INDEX, "Hoogvled")["code"].iloc[0] == "BU07430101"  # two letters swapped


def test_nonsense_finds_nothing():
    assert search(INDEX, "xqzvbn").empty
    assert search(INDEX, "'; DROP TABLE areas; --").empty
    assert search(INDEX, "   ").empty
    assert search(INDEX, None).empty


def test_unknown_code_finds_nothing_but_a_near_code_is_suggested():
    assert search(INDEX, "BU07430199").empty
    assert closest_codes(INDEX, "BU0743010")["code"].tolist() == ["BU07430101"]


def test_very_long_input_is_cut_not_searched_whole():
    assert search(INDEX, "a" * 100_000).empty


def test_resolve_opens_one_area_or_offers_choices():
    assert resolve(INDEX, "1011 ab")[0] == "PC4-1011"
    assert resolve(INDEX, "PC4-1011")[0] == "PC4-1011"
    assert resolve(INDEX, "Hoogveld")[0] == "BU07430101"
    code, hits = resolve(INDEX, "Centrum")
    assert code is None and len(hits) == 2
    code, hits = resolve(INDEX, "nonsense words")
    assert code is None and hits.empty


def test_a_unique_exact_name_opens_even_when_longer_names_start_with_it():
    assert resolve(INDEX, "Amsterdam")[0] == "GM0363"  # 'Amsterdamse Poort' also matches


def test_area_labels_in_both_languages():
    gm = {"level": "gemeente", "name": "Delft", "gemeente_name": "Delft"}
    bu = {"level": "buurt", "name": "Centrum", "gemeente_name": "Delft"}
    pc = {"level": "pc4", "name": "2611", "gemeente_name": None}
    assert [area_label(r, "nl") for r in (gm, bu, pc)] == ["Delft (gemeente)", "Centrum (buurt in Delft)",
                                                          "2611 (postcodegebied)"]
    assert [area_label(r, "en") for r in (gm, bu, pc)] == ["Delft (municipality)", "Centrum (neighbourhood in Delft)",
                                                          "2611 (postcode area)"]
