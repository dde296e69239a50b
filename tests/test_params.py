"""URL parameters: one declaration (core.web.params), one reading step, one way back into the URL."""
from __future__ import annotations

import re

import pytest

from core.web import params
from tests.conftest import ROOT


def test_values_are_parsed_normalised_and_defaulted():
    raw = {"level": ["pc4"], "year": ["2018"], "gm": ["gm0599"], "measure": ["xx"], "lang": ["en"]}
    values, problems = params.read("kaart", raw, {"year": [2014, 2018], "from": [2014, 2018], "gm": ["GM0599"]})
    assert (values["level"], values["year"], values["gm"], values["measure"], values["lang"]) == ("pc4", 2018, "GM0599", "afw", "en")
    assert [(p.name, p.raw) for p in problems] == [("measure", "xx")]
    assert "onv" in problems[0].allowed  # the message can say what is allowed


def test_old_names_are_read_as_their_new_ones():
    values, problems = params.read("kaart", {"dim": ["onv"]})
    assert values["measure"] == "onv" and problems == []
    values, _ = params.read("kaart", {"dim": ["onv"], "measure": ["soc"]})
    assert values["measure"] == "soc"
    assert params.read("themas", {"dim": ["onv"]})[0]["measure"] == "afw"  # only where the page used it
    for page, renamed in params.RENAMED.items():  # every new name is declared, no old one is
        names = {p.name for p in params.declared(page)}
        assert set(renamed.values()) <= names and not set(renamed) & names


def test_the_last_of_repeated_parameters_wins_and_empty_means_default():
    values, problems = params.read("signalen", {"min_change": ["0.1", "0.2"], "ref": [""]})
    assert values["min_change"] == 0.2 and values["ref"] == "nat" and not problems


@pytest.mark.parametrize("text", ["-1", "nan", "inf", "1e309", "0,5", "x" * 3000])
def test_a_float_outside_its_range_is_a_problem(text):
    values, problems = params.read("signalen", {"min_change": [text]})
    assert values["min_change"] == next(p.default for p in params.PAGES["signalen"] if p.name == "min_change")
    assert problems and problems[0].name == "min_change" and len(problems[0].raw) <= params.MAX_RAW


def test_gemeente_lists_report_unknown_duplicate_and_too_many():
    known = [f"GM{i:04d}" for i in range(1, 10)]
    raw = {"gm": ["gm0001,GM0002,GM0002,zz", "GM0003,GM0004,GM0005,GM0006,GM0007"]}
    values, problems = params.read("vergelijk", raw, {"gm": known})
    assert values["gm"] == ["GM0001", "GM0002", "GM0003", "GM0004", "GM0005", "GM0006"]
    assert {p.kind for p in problems} == {"unknown_codes", "duplicates", "truncated"}


def test_area_codes_are_normalised():
    assert params.read("buurt", {"area": [" pc4-1011 "]})[0]["area"] == "PC4-1011"
    values, problems = params.read("buurt", {"area": ["Damrak"]})
    assert values["area"] is None and problems[0].raw == "Damrak"


def test_url_values_leave_defaults_out():
    out = params.url_values("signalen", {"from": 2014, "to": 2022, "min_change": 0.04, "ref": "abs", "gm": None},
                            defaults={"from": 2014, "to": 2022})
    assert out == {"from": None, "to": None, "min_change": None, "ref": "abs", "gm": None}
    assert params.url_values("signalen", {"min_change": 0.05})["min_change"] == "0.05"
    assert params.url_values("vergelijk", {"gm": ["GM0363", "GM0599"]}) == {"gm": "GM0363,GM0599"}


def test_no_page_touches_the_address_bar_itself():
    """Only core/web/url_state.py writes st.query_params; pages read and write through it."""
    for page in (ROOT / "views").glob("*.py"):
        text = page.read_text(encoding="utf-8")
        assert "st.query_params" not in text, page.name


def test_every_declared_page_exists_and_every_page_is_declared():
    files = {p.stem for p in (ROOT / "views").glob("*.py")}
    assert files == set(params.PAGES)


def test_readme_parameter_table_is_the_declaration():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert params.readme_table() in readme


def test_every_parameter_a_page_reads_is_declared():
    """A page reads URL state only through url_state.read(page, ...) with its own name."""
    for page in (ROOT / "views").glob("*.py"):
        text = page.read_text(encoding="utf-8")
        for name in re.findall(r'url_state\.(?:read|keep)\("(\w+)"', text):
            assert name == page.stem, (page.name, name)
        for key in re.findall(r'url\["(\w+)"\]', text):
            assert key in {p.name for p in params.declared(page.stem)}, (page.name, key)


def test_a_list_of_choices_keeps_the_known_ones_once_and_names_the_rest():
    """Vergelijken's ranking filters in the link (pv=Utrecht,Zeeland): the known ones in order,
    each once; the unknown named in the page's message; written back the same way."""
    raw = {"pv": ["Utrecht,Zeeland,Utrecht", "Atlantis"], "grp": ["G4,g40"], "urb": ["5,1,9"]}
    values, problems = params.read("vergelijk", raw, {"gm": [], "pv": ["Utrecht", "Zeeland"], "corop": []})
    assert values["pv"] == ["Utrecht", "Zeeland"] and values["grp"] == ["G4"] and values["urb"] == ["5", "1"]
    assert values["corop"] == [] and values["few"] is None
    assert {(p.name, p.raw) for p in problems} == {("pv", "Atlantis"), ("grp", "g40"), ("urb", "9")}
    assert params.url_values("vergelijk", {"pv": values["pv"], "corop": [], "urb": ["1"]}) == {
        "pv": "Utrecht,Zeeland", "corop": None, "urb": "1"}
