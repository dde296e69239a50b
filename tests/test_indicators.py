"""Indicator derivations at build time: coverage decides where an indicator is offered."""
from __future__ import annotations

import pandas as pd

from etl import indicators


def test_an_indicator_is_offered_only_where_it_joins():
    values = pd.DataFrame({
        "indicator": ["x"] * 12 + ["y"] * 3,
        "level": ["buurt"] * 10 + ["wijk"] * 2 + ["gemeente"] * 3,
        "code": [f"B{i}" for i in range(10)] + ["W1", "W2"] + ["G1", "G2", "G3"],
    })
    known = {"buurt": {f"B{i}" for i in range(8)}, "wijk": {"W1"}, "gemeente": {"G1", "G2", "G3"}}
    cover = indicators.coverage(values, known).set_index(["indicator", "level"])
    assert cover.loc[("x", "buurt"), "share"] == 0.8 and bool(cover.loc[("x", "buurt"), "offered"])
    assert not cover.loc[("x", "wijk"), "offered"]  # every wijk has a value, but one area is too few
    assert cover.loc[("x", "wijk"), "area_share"] == 1.0 and cover.loc[("x", "wijk"), "joined"] < indicators.MIN_JOINED
    assert not cover.loc[("y", "gemeente"), "offered"]  # all join, but three are too few for a correlation
    catalogue = pd.DataFrame({"indicator": ["x", "y"], "levels": ["buurt,wijk", "gemeente"]})
    out = indicators.offered_levels(catalogue, cover.reset_index()).set_index("indicator")["levels"]
    assert out.to_dict() == {"x": "buurt", "y": ""}


def test_crime_uses_the_published_total_where_the_extract_has_it(tmp_path):
    path = tmp_path / "crime.csv"
    path.write_text("buurtcode,gemeentecode,geregistreerde_misdrijven_totaal_est,geregistreerde_misdrijven_totaal_exact\n"
                    "BU00010001,GM0001,10.5,12\nBU00010002,GM0001,20,\n", encoding="utf-8")
    inhabitants = pd.DataFrame({"code": ["BU00010001", "BU00010002", "GM0001"], "inhabitants": [1000.0, 2000.0, 3000.0]})
    (crime,) = indicators.from_crime2024(path, inhabitants)
    rates = pd.concat(crime.values).set_index("code")["value"]
    assert rates["BU00010001"] == 12.0 and rates["BU00010002"] == 10.0
    assert rates["GM0001"] == 1000 * 32 / 3000
    assert "1 buurten" in crime.note_nl or "gepubliceerde totaal voor 1" in crime.note_nl
