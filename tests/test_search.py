"""Finding an area from what people type (issue 28): the search function on a small hand-made
index, then a table of real queries against the real data."""
import pandas as pd
import pytest

from core.search import (area_label, build_index, closest_codes, find, find_gemeente, full_postcode, name_keys,
                         normalise, parse_code, parse_postcode, why_text)

AREAS = pd.DataFrame([
    {"code": "GM0363", "level": "gemeente", "name": "Amsterdam", "gemeente_code": "GM0363", "gemeente_name": "Amsterdam", "households": 500000},
    {"code": "GM0518", "level": "gemeente", "name": "'s-Gravenhage", "gemeente_code": "GM0518", "gemeente_name": "'s-Gravenhage", "households": 270000},
    {"code": "GM1900", "level": "gemeente", "name": "Súdwest-Fryslân", "gemeente_code": "GM1900", "gemeente_name": "Súdwest-Fryslân", "households": 40000},
    {"code": "GM0344", "level": "gemeente", "name": "Utrecht", "gemeente_code": "GM0344", "gemeente_name": "Utrecht", "households": 170000},
    {"code": "GM1581", "level": "gemeente", "name": "Utrechtse Heuvelrug", "gemeente_code": "GM1581", "gemeente_name": "Utrechtse Heuvelrug", "households": 20000},
    {"code": "PC4-1011", "level": "pc4", "name": "1011", "gemeente_code": "GM0363", "gemeente_name": "Amsterdam", "households": 6000},
    {"code": "BU03630000", "level": "buurt", "name": "Centrum", "gemeente_code": "GM0363", "gemeente_name": "Amsterdam", "households": 900},
    {"code": "BU03440001", "level": "buurt", "name": "Centrum", "gemeente_code": "GM0344", "gemeente_name": "Utrecht", "households": 3000},
    {"code": "BU03440002", "level": "buurt", "name": "Lombok", "gemeente_code": "GM0344", "gemeente_name": "Utrecht", "households": 1500},
    {"code": "BU05180001", "level": "buurt", "name": "Voorhout", "gemeente_code": "GM0518", "gemeente_name": "'s-Gravenhage", "households": 400},
    {"code": "WK051828", "level": "wijk", "name": "Wijk 28 Centrum", "gemeente_code": "GM0518", "gemeente_name": "'s-Gravenhage", "households": 9000},
    {"code": "BU03630101", "level": "buurt", "name": "Amsterdamse Poort", "gemeente_code": "GM0363", "gemeente_name": "Amsterdam", "households": 700},
    {"code": "BU03630102", "level": "buurt", "name": "Hoogveld", "gemeente_code": "GM0363", "gemeente_name": "Amsterdam", "households": 400},
])
PLACES = pd.DataFrame({"place": ["Sneek", "Utrecht", "Amsterdam"], "gemeente_code": ["GM1900", "GM0344", "GM0363"]})
ALIASES = pd.DataFrame({"alias": ["Den Haag"], "gemeente_code": ["GM0518"]})
SPLIT = pd.DataFrame({"pc4": ["PC4-1011"] * 3, "buurt": ["BU03630000", "BU03630101", "BU03630102"],
                      "share": [0.70, 0.29, 0.01]})
INDEX = build_index(AREAS, PLACES, ALIASES, SPLIT)


@pytest.mark.parametrize("text, expected", [
    ("1011", "1011"), ("1011 AB", "1011"), ("1011ab", "1011"), (" 1011  ab ", "1011"), ("1011-ab", "1011"),
    ("0123", None), ("101", None), ("10111", None), ("1011 ABC", None), ("", None),
])
def test_parse_postcode(text, expected):
    assert parse_postcode(text) == expected


@pytest.mark.parametrize("text, expected", [("1011ab", "1011 AB"), ("1011 Ab", "1011 AB"), ("1011", None)])
def test_full_postcode(text, expected):
    assert full_postcode(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("PC4-1011", "PC4-1011"), ("pc4-1011", "PC4-1011"), ("bu07430101", "BU07430101"),
    ("BU0363AF08", "BU0363AF08"), ("gm0363", "GM0363"), ("GM036", None), ("DROP TABLE", None),
])
def test_parse_code(text, expected):
    assert parse_code(text) == expected


def test_normalise_and_the_forms_of_a_name():
    assert normalise("Súdwest-Fryslân") == "sudwest fryslan"
    assert normalise("  'S-Hertogenbosch ") == "s hertogenbosch"
    assert {"s gravenhage", "gravenhage", "sgravenhage"} <= name_keys("'s-Gravenhage")
    assert "bergen" in name_keys("Bergen (NH.)") and "centrum" in name_keys("Wijk 28 Centrum")


def test_a_code_or_postcode_opens_its_area():
    assert find(INDEX, "gm0363").open == "GM0363"
    assert find(INDEX, "1011").open == "PC4-1011"
    assert find(INDEX, "BU07430199").candidates == []  # no such area


def test_a_full_postcode_offers_the_buurten_of_its_postcode_area_largest_first():
    r = find(INDEX, "1011 ab")
    assert (r.postcode, r.postcode_area, r.open) == ("1011 AB", "PC4-1011", "BU03630000")
    assert [c.code for c in r.candidates] == ["BU03630000", "BU03630101", "PC4-1011"]  # under 2% is left out
    assert why_text(INDEX, r.candidates[0], "nl") == "70% van de huishoudens van het postcodegebied"


def test_the_name_people_use_opens_the_gemeente_and_says_so():
    r = find(INDEX, "den haag")
    assert r.open == "GM0518" and r.candidates[0].why == "alias"
    assert why_text(INDEX, r.candidates[0], "nl") == "Den Haag = gemeente 's-Gravenhage"
    assert find(INDEX, "Gravenhage").open == "GM0518"


def test_an_exact_gemeente_beats_names_that_start_with_it():
    r = find(INDEX, "Utrecht")
    assert r.open == "GM0344" and [c.code for c in r.candidates][:2] == ["GM0344", "GM1581"]
    assert find_gemeente(INDEX, "Utrecht").open == "GM0344"  # Vergelijken: Utrecht only, not the Heuvelrug


def test_place_plus_area_narrows_to_the_gemeente():
    assert find(INDEX, "Utrecht Centrum").open == "BU03440001"
    assert find(INDEX, "Centrum Utrecht").open == "BU03440001"
    assert find(INDEX, "Den Haag Centrum").open == "WK051828"  # an alias names the gemeente too
    assert find(INDEX, "Amsterdm Hoogveld").open == "BU03630102"  # the place part may have a typo


def test_a_place_leads_to_its_gemeente():
    r = find(INDEX, "Sneek")
    assert r.candidates[0].code == "GM1900" and r.candidates[0].why == "place"
    assert why_text(INDEX, r.candidates[0], "en") == "Sneek lies in the municipality of Súdwest-Fryslân"


def test_an_ambiguous_name_lists_every_match_biggest_first():
    r = find(INDEX, "Centrum")
    assert r.open is None
    assert [c.code for c in r.candidates][:2] == ["WK051828", "BU03440001"]
    labels = [area_label(INDEX.info[c.code]) for c in r.candidates]
    assert "Centrum (buurt in Utrecht)" in labels and "Centrum (buurt in Amsterdam)" in labels


def test_accents_and_typos_are_tolerated():
    assert find(INDEX, "sudwest fryslan").open == "GM1900"
    assert find(INDEX, "Hoogvled").candidates[0].code == "BU03630102"  # two letters swapped
    assert find(INDEX, "Amsterdm").open == "GM0363"


def test_nonsense_finds_nothing():
    for text in ("xqzvbn", "'; DROP TABLE areas; --", "   ", None, "a" * 100_000):
        assert find(INDEX, text).candidates == [], text


def test_a_near_code_is_suggested():
    assert closest_codes(INDEX, "BU0363010")[:1] == ["BU03630101"]


# ------------------------------------------------------------------ real queries on the real data
# What residents type, invented from the data and the way people talk: everyday and Frisian names,
# places, "place + area" both ways round, typos, postcodes in four spellings, codes in any case.
# Expected: the first candidate (and whether Enter opens it: True, or a list: False).
REAL = [
    ("Den Haag", "GM0518", True), ("den haag", "GM0518", True), ("The Hague", "GM0518", True),
    ("Den Bosch", "GM0796", True), ("'s-Hertogenbosch", "GM0796", True), ("s hertogenbosch", "GM0796", True),
    ("Hertogenbosch", "GM0796", True), ("Utrecht", "GM0344", True), ("Amsterdam", "GM0363", True),
    ("Rotterdam", "GM0599", True), ("Groningen", "GM0014", True),
    ("Zuidwest-Friesland", "GM1900", True), ("Sudwest Fryslan", "GM1900", True), ("De Friese Meren", "GM1940", True),
    ("Tietjerksteradeel", "GM0737", True), ("Ljouwert", "GM0080", True), ("Noordoost-Friesland", "GM1970", True),
    ("Voorburg", "GM1916", False), ("Rosmalen", "GM0796", False), ("Nootdorp", "GM1926", False),
    ("Sneek", "GM1900", False), ("Vinkeveen", "GM0736", False), ("Hengelo", "GM0164", False),
    ("Rotterdam Oude Noorden", "BU05990535", True), ("Oude Noorden Rotterdam", "BU05990535", True),
    ("Oude Noorden", "BU05990535", True), ("Den Haag Centrum", "WK051828", True),
    ("Amsterdam Burgwallen", "WK036300", False), ("Schiedam Kethel", None, False),
    ("Utrecht Lombok", None, False), ("Amsterdm", "GM0363", True), ("Rotterdm", "GM0599", True),
    ("Utrect", "GM0344", True), ("Eindhovn", "GM0772", True), ("Nijmegne", "GM0268", True),
    ("3072", "PC4-3072", True), ("3072AP", "BU05991086", True), ("3072 AP", "BU05991086", True),
    ("3072 ap", "BU05991086", True), ("3072-AP", "BU05991086", True), ("1011AB", None, True),
    ("gm0363", "GM0363", True), ("GM0599", "GM0599", True), ("bu06060501", "BU06060501", True),
    ("wk036300", "WK036300", True), ("pc4-1011", "PC4-1011", True),
]


@pytest.fixture(scope="module")
def real_index(real_con):
    from core import queries
    return build_index(queries.search_index(real_con), queries.places(real_con), queries.aliases(real_con),
                       queries.pc4_buurten(real_con))


@pytest.mark.parametrize("text, first, opens", REAL)
def test_real_queries_find_what_residents_mean(real_index, text, first, opens):
    r = find(real_index, text)
    assert r.candidates, text
    if first is not None:
        assert r.candidates[0].code == first, [(real_index.info[c.code]["name"], c.why) for c in r.candidates[:4]]
    assert (r.open is not None) == opens, (text, r.open, [real_index.info[c.code]["name"] for c in r.candidates[:4]])
    if text == "Utrecht Lombok":  # Lombok-West and Lombok-Oost, both in Utrecht
        assert all(real_index.info[c.code]["gemeente_code"] == "GM0344" and "Lombok" in real_index.info[c.code]["name"]
                   for c in r.candidates)
    if text == "Schiedam Kethel":
        assert {real_index.info[c.code]["gemeente_code"] for c in r.candidates} == {"GM0606"}
    if text == "1011AB":
        assert r.candidates[0].kind == "buurt" and real_index.info[r.open]["gemeente_code"] == "GM0363"


def test_a_place_lists_its_gemeente_and_the_areas_that_carry_its_name(real_index):
    r = find(real_index, "Voorburg")
    assert r.candidates[0].why == "place"
    named = [real_index.info[c.code] for c in r.candidates[1:]]
    assert named and all("Voorburg" in a["name"] and a["gemeente_code"] == "GM1916" for a in named)


def test_every_alias_names_a_2024_gemeente_and_says_where_it_comes_from(real_con):
    from core import config
    aliases = pd.read_csv(config.ALIASES, dtype=str)
    gemeenten = {c for (c,) in real_con.execute("SELECT code FROM areas WHERE level = 'gemeente'").fetchall()}
    assert set(aliases["gemeente_code"]) <= gemeenten
    assert aliases["source"].str.len().gt(20).all() and aliases["source_en"].str.len().gt(20).all()
    assert aliases["alias"].is_unique
    unknown = real_con.execute("SELECT value FROM build_info WHERE key = 'aliases_unknown_gemeenten'").fetchone()[0]
    assert unknown == ""
