"""The map and the national picture: every level, change maps, bad URL parameters."""
from __future__ import annotations

import pytest

import json
import re

from core.maps import STROKE_CORNER_BUDGET, corner_count
from core.i18n import t
from tests.apptest import assert_clean, open_page, texts


def deck(at) -> dict:
    el = at.get("deck_gl_json_chart")[0]
    return json.loads(el.proto.json)


def collection(layer: dict) -> dict:
    """The layer's FeatureCollection: inline, or the static geometry file its URL names (the
    browser fetches that file; here it is read from disk where the app wrote it)."""
    data = layer["data"]
    if isinstance(data, str):
        assert data.startswith("app/static/geo/"), data
        from core import config  # the tests' map files live in a temporary folder (conftest)
        return json.loads((config.geo_dir() / data.removeprefix("app/static/geo/")).read_text())
    return data


def features(at) -> list[dict]:
    return collection(deck(at)["layers"][0])["features"]


def code_of(feature: dict) -> str:
    return feature["properties"].get("code") or feature["properties"]["c"]


def fill_of(layer: dict, props: dict) -> list[int] | None:
    """The colour the browser gives an area: the inline `fill`, or the class branch of the
    static map's accessor (`properties.k<measure><year> == k ? [r,g,b,a]`) for its properties."""
    expression = layer["getFillColor"]
    if not isinstance(expression, str) or expression == "@@=properties.fill":
        return props.get("fill")
    for key, k, colour in re.findall(r"properties\.(\w+) == (\d+) \? (\[[^\]]*\])", expression):
        if props.get(key) == int(k):
            return json.loads(colour)
    return None


@pytest.mark.parametrize("params, level, year", [
    ({}, "gemeente", 2024), ({"level": "buurt"}, "buurt", 2024), ({"level": "pc4", "year": "2022"}, "pc4", 2022),
    ({"level": "pc4", "year": "2002"}, "pc4", 2002), ({"level": "wijk", "year": "2008"}, "wijk", 2008),
])
def test_every_level_draws_every_area_with_an_outline(app_db, real_con, params, level, year):
    n_areas = real_con.execute("""SELECT count(*) FROM scores s JOIN outlines o USING (code)
                                  WHERE s.level = ? AND s.year = ?""", [level, year]).fetchone()[0]
    assert n_areas > {"gemeente": 340, "buurt": 12000, "pc4": 4000, "wijk": 3000}[level]
    at = open_page("kaart", params)
    assert_clean(at)
    # Every outlined area is in the map's data; those with a score that year carry its class.
    with_value = [f for f in features(at) if f"kafw{year}" in f["properties"] or
                  f["properties"].get("klasse") is not None]
    assert len(with_value) == n_areas
    assert f"{n_areas:,} gebieden getekend".replace(",", ".") in texts(at)


def test_dimension_and_province_filter(app_db):
    at = open_page("kaart", {"level": "buurt", "measure": "onv", "pv": "Zuid-Holland"})
    assert_clean(at)
    feats = features(at)
    assert 0 < len(feats) < 12147
    assert at.subheader[0].value.startswith("Overlast en onveiligheid")


def test_gemeente_filter_zooms_to_rotterdam(app_db):
    at = open_page("kaart", {"level": "buurt", "gm": "GM0599"})
    assert_clean(at)
    d = deck(at)
    assert all(f["properties"]["gemeente"] == "Rotterdam" for f in collection(d["layers"][0])["features"])
    assert d["initialViewState"]["zoom"] > 9


@pytest.mark.parametrize("params, stroked", [
    ({}, True),                                      # 342 gemeenten: borders drawn
    ({"level": "buurt"}, False),                     # 12,147 buurten: too many corners
    ({"level": "buurt", "gm": "GM0599"}, True),      # one gemeente: borders again
    ({"level": "buurt", "pv": "Utrecht"}, True),
])
def test_area_borders_only_within_the_corner_budget(app_db, params, stroked):
    at = open_page("kaart", params)
    assert_clean(at)
    layer = deck(at)["layers"][0]
    assert layer["stroked"] is stroked
    assert (corner_count(collection(layer)) <= STROKE_CORNER_BUDGET) is stroked


def test_one_gemeente_is_drawn_with_detailed_outlines(app_db, real_con):
    import json
    at = open_page("kaart", {"level": "buurt", "gm": "GM0599"})
    drawn = {code_of(f): f["geometry"] for f in features(at)}
    detail = dict(real_con.execute("""SELECT o.code, o.detail FROM outlines o JOIN areas a USING (code)
                                      WHERE a.level = 'buurt' AND a.gemeente_code = 'GM0599'""").fetchall())
    assert set(drawn) <= set(detail) and len(drawn) > 50
    assert all(drawn[c] == json.loads(detail[c]) for c in drawn)


def test_change_map_between_two_pc4_years(app_db, real_con):
    from core.scale import CHANGE_SCALE
    at = open_page("kaart", {"level": "pc4", "year": "2022", "from": "2014"})
    assert_clean(at)
    feats = {code_of(f): f["properties"] for f in features(at)}
    a, b = (real_con.execute("SELECT afw FROM scores WHERE code = 'PC4-3072' AND year = ?", [y]).fetchone()[0]
            for y in (2014, 2022))
    assert (feats["PC4-3072"]["afw2014"], feats["PC4-3072"]["afw2022"]) == (round(a, 3), round(b, 3))
    # The accessor compares the two years' values with the change boundaries, in order.
    expression = deck(at)["layers"][0]["getFillColor"]
    edges = [float(e) for e in re.findall(r"\(properties\.afw2022 - properties\.afw2014\) < (-?[0-9.]+)", expression)]
    assert edges == list(CHANGE_SCALE.boundaries)
    assert "Verandering" in at.subheader[0].value


@pytest.mark.parametrize("params", [
    {"level": "straat"}, {"measure": "x' OR 1=1"}, {"level": "pc4", "year": "1999"}, {"level": "pc4", "year": "abc"},
    {"level": "pc4", "from": "2022", "year": "2022"}, {"gm": "GM9999"}, {"pv": "Atlantis"},
    {"level": "buurt", "from": "2014"}, {"year": "9" * 500},
])
def test_bad_parameters_explain_and_fall_back(app_db, params):
    at = open_page("kaart", params)
    assert_clean(at)
    assert at.warning or at.info
    assert features(at)


def test_heat_layer_colours_each_buurt_by_its_own_bin(app_db, real_con):
    import bisect

    from core.maps import THEME_LAYERS
    from core.scale import hex_to_rgb
    at = open_page("kaart", {"level": "buurt", "measure": "heat"})
    assert_clean(at)
    layer = deck(at)["layers"][0]
    feats = collection(layer)["features"]
    spec = THEME_LAYERS["heat"]
    stored = dict(real_con.execute(
        "SELECT code, value FROM indicator_values WHERE indicator = 'heat_island_heatwave' AND level = 'buurt'").fetchall())
    checked = 0
    for f in feats[:: max(1, len(feats) // 200)]:
        value = stored.get(code_of(f))
        if value is not None:
            colour = spec["colours"][bisect.bisect_right(spec["edges"], value)]
            assert fill_of(layer, f["properties"])[:3] == hex_to_rgb(colour)
            checked += 1
    assert checked > 150
    assert "niet de leefbaarheidsklassen" in texts(at)


def test_thematic_layer_on_postcode_areas_falls_back_to_buurten(app_db):
    at = open_page("kaart", {"level": "pc4", "measure": "green", "lang": "en"})
    assert_clean(at)
    assert any("per buurt and municipality" in i.value for i in at.info)
    assert code_of(features(at)[0]).startswith("BU")


@pytest.mark.parametrize("params", [{"level": "buurt"}, {"level": "wijk", "year": "2022", "from": "2014"},
                                    {"level": "buurt", "measure": "heat"}, {"level": "gemeente", "lang": "en"}])
def test_every_map_has_a_table_with_the_same_areas_and_classes_in_words(app_db, params):
    """WCAG 1.1.1: the map's areas, values and classes, readable without seeing colours."""
    at = open_page("kaart", params)
    assert_clean(at)
    assert not at.dataframe  # the table is drawn on request only
    at.toggle(key="m_table").set_value(True).run()
    assert_clean(at)
    table = at.dataframe[0].value  # the page's only table
    drawn = int(re.search(r"([\d.,]+) (?:gebieden getekend|areas drawn)", texts(at)).group(1).replace(".", "")
                .replace(",", ""))
    assert len(table) == drawn
    classes = table.iloc[:, -1].astype(str)
    lang = params.get("lang", "nl")
    missing = classes.isin([t("map.no_score", lang), t("map.no_value", lang)])  # said in words, as in the legend
    assert (~missing).mean() > 0.9
    if params.get("measure") != "heat":  # heat bins are ranges ("3–4 °C"); classes and changes are words
        assert classes[~missing].str.contains(r"[a-z]{3,}").all()
    legend = " ".join(m.value for m in at.markdown if 'aria-label="legend"' in m.value)
    assert t("map.no_value" if params.get("measure") == "heat" else "map.no_score", lang) in legend


@pytest.mark.parametrize("params, biggest", [
    ({}, 3),  # national: gemeente names; the three biggest cities never hide each other
    ({"level": "buurt", "gm": "GM0599"}, 1),  # a gemeente: its buurten, the biggest first
])
def test_the_map_names_places_and_the_names_can_be_turned_off(app_db, real_con, params, biggest):
    """Issue 31: names on the map, thinned, from the build's own points (no tile server); the
    toggle writes `names=0` to the URL and the names layer goes."""
    at = open_page("kaart", params)
    assert_clean(at)
    names = [layer for layer in deck(at)["layers"] if layer.get("@@type") == "TextLayer"]
    assert len(names) == 1
    shown = {d["n"] for d in names[0]["data"]}
    level = params.get("level", "gemeente")
    where = "gemeente_code = 'GM0599'" if "gm" in params else "true"
    known = [n for (n,) in real_con.execute(
        f"SELECT name FROM areas WHERE level = ? AND {where} ORDER BY households DESC NULLS LAST", [level]).fetchall()]
    assert set(known[:biggest]) <= shown
    assert shown <= set(known) and 10 < len(shown) < len(known)  # thinned: not every area is named
    at.toggle(key="m_names").set_value(False).run()
    assert_clean(at)
    assert not [layer for layer in deck(at)["layers"] if layer.get("@@type") == "TextLayer"]
    assert at.query_params.get("names") in ("0", ["0"])
    assert not open_page("kaart", {**params, "names": "0"}).toggle(key="m_names").value


def test_the_region_lens_colours_each_area_by_its_deviation_from_its_region(app_db, real_con):
    """Issue 31: `lens=corop` on the buurt map: the colour accessor reads each area's deviation
    from its COROP mean (written into the map file), the table lists it, and 0 is explained."""
    from core import regions
    at = open_page("kaart", {"level": "buurt", "lens": "corop"})
    assert_clean(at)
    layer = deck(at)["layers"][0]
    assert "properties.rc2024" in layer["getFillColor"]
    feats = {code_of(f): f["properties"] for f in collection(layer)["features"]}
    dev = regions.deviation_in(real_con, "buurt", 2024, "corop")
    sample = dev.dropna().index[:: max(1, len(dev) // 50)]
    assert all(abs(feats[c]["rc2024"] - dev[c]) < 0.0006 for c in sample if c in feats)
    assert "ten opzichte van de eigen COROP-regio" in texts(at) and "0 is het gemiddelde" in texts(at)
    at.toggle(key="m_table").set_value(True).run()
    table = at.dataframe[0].value
    column = next(c for c in table.columns if c.startswith("Afwijking"))
    assert table[column].notna().mean() > 0.95
    # A lens on a dimension or a change map is not offered silently: it says why.
    other = open_page("kaart", {"level": "wijk", "lens": "corop", "measure": "onv"})
    assert_clean(other)
    assert "vergrootglas toont de totaalscore" in texts(other)
    assert "rc" not in deck(other)["layers"][0]["getFillColor"]


def test_presenter_mode_says_nothing_about_controls_it_hides(app_db):
    """Issue 31: on a projector the map has no list or filters under it, so no words point to them."""
    at = open_page("kaart", {"level": "buurt", "present": "1"})
    assert_clean(at)
    shown = texts(at)
    assert t("map.click", "nl") not in shown and t("map.filter_to_list", "nl", n=1500) not in shown
    assert "gebieden getekend" in shown


def test_missing_wijken_are_counted_within_the_chosen_gemeente(app_db, real_con):
    """The 2022 wijken without an outline: the whole country's count nationally, Rotterdam's own on Rotterdam."""
    def count(where: str) -> int:
        return real_con.execute(f"""SELECT count(*) FROM areas a WHERE level = 'wijk' AND {where}
                                    AND NOT EXISTS (SELECT 1 FROM outlines o WHERE o.code = a.code)""").fetchone()[0]
    for params, n in (({"level": "wijk"}, count("true")),
                      ({"level": "wijk", "gm": "GM0599"}, count("gemeente_name = 'Rotterdam'"))):
        shown = texts(open_page("kaart", params))
        if n:
            assert f"{n} wijk{'en' if n != 1 else ''} van 2022 ontbr" in shown
        else:
            assert "van 2022 ontbr" not in shown


def test_the_year_steps_and_plays_and_the_link_follows(app_db):
    """Issue 31: back/next buttons step one year and write it to the URL and the year box; play
    starts at the chosen year with the year large on screen; pause keeps the year shown."""
    at = open_page("kaart", {"level": "wijk", "year": "2012"})
    assert_clean(at)
    at.button(key="m_next").click().run()
    assert_clean(at)
    assert at.selectbox(key="m_year").value == 2014 and at.query_params.get("year") in ("2014", ["2014"])
    assert "2014" in at.subheader[0].value
    at.button(key="m_back").click().run()
    assert at.selectbox(key="m_year").value == 2012
    at.button(key="m_play").click().run()
    assert_clean(at)
    assert any('class="lbm-play-year"' in m.value and ">2012<" in m.value for m in at.markdown)
    at.run()  # a tick of the playing map (only the map reruns in a browser): the next year
    assert any(">2014<" in m.value for m in at.markdown if "lbm-play-year" in m.value)
    # Pause stops at the year on screen, not at the one the buttons were drawn with (2012).
    at.button(key="m_pause").click().run()
    assert_clean(at)
    assert at.selectbox(key="m_year").value == 2014 and not any("lbm-play-year" in m.value for m in at.markdown)
    # Buurten have one year: nothing to play.
    assert not [b for b in open_page("kaart", {"level": "buurt"}).button if b.key in ("m_play", "m_next")]


@pytest.mark.parametrize("params, level", [({"level": "pc4", "gm": "GM0363"}, "pc4"),
                                           ({"level": "buurt", "pv": "Zeeland"}, "buurt")])
def test_areas_with_few_households_are_outlined_where_they_can_be_seen(app_db, real_con, params, level):
    """Issue 31: on a gemeente or province map a layer outlines exactly its own areas with fewer than
    25 households, and the legend names the outline; a national map (2 px round a port) does not."""
    at = open_page("kaart", params)
    assert_clean(at)
    few = [layer for layer in deck(at)["layers"] if layer.get("id") == "few"]
    assert len(few) == 1 and few[0]["filled"] is False
    outlined = len(collection(few[0])["features"])
    where, value = (("a.gemeente_code = ?", params["gm"]) if "gm" in params else ("a.province_name = ?", params["pv"]))
    expected = real_con.execute(f"""SELECT count(*) FROM areas a JOIN outlines o USING (code)
                                    WHERE a.level = ? AND coalesce(a.households, 0) < 25 AND {where}""",
                                [level, value]).fetchone()[0]
    assert outlined == expected > 0
    legend = " ".join(m.value for m in at.markdown if 'aria-label="legend"' in m.value)
    assert "minder dan 25 huishoudens" in legend
    national = open_page("kaart", {"level": level})
    assert not [layer for layer in deck(national)["layers"] if layer.get("id") == "few"]
    assert "minder dan 25 huishoudens" not in " ".join(m.value for m in national.markdown)
