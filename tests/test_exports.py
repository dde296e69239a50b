"""Issue 18, the parts under the pages: slide deck, map and chart images, the gemeente profile.

Files are read back as a reader's program would (python-pptx, poppler); the profile's figures
are recomputed from the source files by tests/independent.py.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import plotly.graph_objects as go
import pytest
from PIL import Image

from core.exports import briefing, figure_images, map_images, profile_pdf, slide_deck

from core import charts
from core.exports.exhibits import Exhibit
from core.exports.map_images import MapPicture


def _square(x0, y0, size, hole=None):
    ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]
    return [ring] + ([hole] if hole else [])


def _png_of(size=(40, 20), colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


# ------------------------------------------------------------------ slide deck
def test_a_deck_has_a_title_slide_and_one_slide_per_view_with_source_link_and_alt_text():
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    slides = [slide_deck.Slide("Eerste", "onder", "Bron: BZK", "http://app/kaart?level=wijk", _png_of((1600, 800)),
                               (1600, 800)),
              slide_deck.Slide("Tweede", "", "Bron: CBS", "http://app/over", note="Geen grafiek hier")]
    deck = Presentation(io.BytesIO(slide_deck.build(slides, "nl", date(2026, 12, 1))))
    assert len(deck.slides) == 3
    first = " ".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    assert "1 december 2026" in first and "1. Eerste" in first and "2. Tweede" in first
    links = [r.hyperlink.address for s in deck.slides[0].shapes if s.has_text_frame
             for p in s.text_frame.paragraphs for r in p.runs if r.hyperlink.address]
    assert links == ["http://app/kaart?level=wijk", "http://app/over"]
    assert "Elke titel linkt naar de weergave in de app." in first
    # Without a public address there are no links, and the title slide promises none.
    unlinked = [slide_deck.Slide(x.title, x.subtitle, x.source, "", x.image, x.image_size, x.note) for x in slides]
    bare = Presentation(io.BytesIO(slide_deck.build(unlinked, "nl", date(2026, 12, 1))))
    bare_first = " ".join(s.text_frame.text for s in bare.slides[0].shapes if s.has_text_frame)
    assert "1. Eerste" in bare_first and "linkt" not in bare_first
    pictures = [s for s in deck.slides[1].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1
    assert pictures[0]._element.nvPicPr.cNvPr.get("descr") == "Eerste"
    assert abs(pictures[0].width / pictures[0].height - 2.0) < 0.01  # aspect ratio kept
    texts = [s.text_frame.text for s in deck.slides[2].shapes if s.has_text_frame]
    assert "Geen grafiek hier" in texts and "Bron: CBS" in texts
    langs = {r.font.language_id for slide in deck.slides for s in slide.shapes if s.has_text_frame
             for p in s.text_frame.paragraphs for r in p.runs}
    from pptx.enum.lang import MSO_LANGUAGE_ID
    assert langs == {MSO_LANGUAGE_ID.DUTCH}


def test_an_empty_queue_is_refused_rather_than_exported():
    with pytest.raises(ValueError):
        briefing.deck([], "nl")


# ------------------------------------------------------------------ map images
def test_a_map_image_fills_areas_in_their_colour_and_keeps_holes_open():
    outer = {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": _square(
        5.0, 52.0, 1.0, hole=[[5.3, 52.3], [5.3, 52.7], [5.7, 52.7], [5.7, 52.3], [5.3, 52.3]])},
        "properties": {"fill": [20, 90, 40, 255]}}
    # An island area inside the hole, drawn before the ring around it: it must stay visible.
    island = {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [_square(5.35, 52.35, 0.3)]},
              "properties": {"fill": [120, 30, 130, 255]}}
    picture = MapPicture({"type": "FeatureCollection", "features": [island, outer]},
                         [("9 uitstekend", "#14582A"), ("1 zeer onvoldoende", "#4B0F5E")])
    image = Image.open(io.BytesIO(map_images.png(picture, 800, 600, dpi=100))).convert("RGB")
    assert image.size == (800, 600)
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    assert (20, 90, 40) in colours and (120, 30, 130) in colours
    assert (0x4B, 0x0F, 0x5E) in colours  # the legend chip


def test_a_map_image_of_the_real_gemeenten_shows_every_class_colour_and_the_title(real_con):
    from core import maps, queries
    from core.scale import PALETTES, hex_to_rgb
    collection = maps.choropleth(queries.map_data(real_con, "gemeente", 2024), "afw", "official", "nl")
    borders = maps.outline_collection(queries.province_outlines(real_con))
    legend = [(str(i), c) for i, c in enumerate(PALETTES["official"], start=1)]
    data = map_images.png(MapPicture(collection, legend, borders, title="Gemeenten 2024", source="Bron: BZK"))
    image = Image.open(io.BytesIO(data)).convert("RGB")
    colours = {c for _, c in image.getcolors(maxcolors=1 << 22)}
    used = {f["properties"]["fill"][:3] and tuple(f["properties"]["fill"][:3]) for f in collection["features"]}
    assert all(tuple(hex_to_rgb(c)) in colours for c in PALETTES["official"])
    assert len(used) >= 5  # the map itself has many classes, not only the legend


# ------------------------------------------------------------------ chart images
def _framed() -> go.Figure:
    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
    fig.add_annotation(x=1, y=1, text="class band", showarrow=False)
    return charts.frame(fig, "De titel", "De ondertitel", "Bron: iets", legend=True)


def test_an_unframed_chart_drops_title_subtitle_and_source_and_keeps_its_own_labels():
    fig = _framed()
    bare = figure_images.unframed(fig, 900, 400)
    assert not bare.layout.title.text and not bare.layout.title.subtitle.text
    assert [a.text for a in bare.layout.annotations] == ["class band"]
    assert (bare.layout.width, bare.layout.height) == (900, 400)
    assert fig.layout.title.text  # the page's own figure is untouched


@pytest.mark.skipif(not figure_images.browser_path(), reason="needs Debian's chromium (make test installs it)")
def test_charts_are_drawn_by_chromium_at_their_size():
    first, second = (figure_images.unframed(_framed(), w, 300) for w in (600, 700))
    images = figure_images.pngs([first, second], scale=1.0)
    assert [Image.open(io.BytesIO(b)).size for b in images] == [(600, 300), (700, 300)]


def test_without_a_browser_charts_say_so_and_the_deck_still_comes(monkeypatch):
    monkeypatch.setenv("LBM_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(figure_images.ImagesUnavailable):
        figure_images.pngs([_framed()])
    square = {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": _square(5, 52, 1)},
              "properties": {"fill": [20, 90, 40]}}
    entries = [("start", Exhibit("Grafiek", "sub", "Bron: A", figure=_framed()), "http://x/"),
               ("kaart", Exhibit("Kaart", "sub", "Bron: B", picture=MapPicture(
                   {"type": "FeatureCollection", "features": [square]}, [("x", "#145A2A")])), "http://x/kaart"),
               ("over", None, "http://x/over")]
    slides = briefing.slides(entries, "en")
    assert slides[0].image is None and "Chromium" in slides[0].note
    assert slides[1].image.startswith(b"\x89PNG")
    assert slides[2].image is None and slides[2].title == "About the data" and slides[2].source


# ------------------------------------------------------------------ the gemeente profile
SAMPLE = ["GM0363", "GM0599", "GM0088", "GM1900", "GM0034", "GM0518"]  # G4, islands, a merger, Almere


@pytest.fixture(scope="module")
def profiles(real_db):
    import os
    os.environ["LBM_DB"] = str(real_db)
    from core import gemeente_profile
    return {code: gemeente_profile.profile_of(code) for code in SAMPLE}


def test_profile_figures_are_the_independent_ones(profiles):
    from tests import independent
    shares = independent.weak_household_share_by_gemeente()
    buurten = independent._buurten()
    for code, p in profiles.items():
        assert p.weak_share == pytest.approx(shares[code], abs=1e-9), code
        own = buurten[buurten["gm"] == code].sort_values("afw")
        assert p.weakest[0]["afw"] == pytest.approx(own["afw"].iloc[0], abs=1e-6), code
        assert p.klasse == independent.classify(p.scores["afw"]) or p.klasse in (1, 9)
        pressure = independent.wijk_under_pressure(gemeente=code)
        assert (p.n_pressure, round(p.pressure_households)) == (pressure["areas"], round(pressure["households"])), code
        assert p.trend["afw"].tolist() == pytest.approx(independent.official_gemeente_trend(code).tolist(), abs=1e-9)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (make test installs it)")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_profile_pdf_fits_two_pages_and_names_its_sources_and_weakest_buurten(profiles, lang, tmp_path, monkeypatch):
    monkeypatch.setenv("LBM_CHROMIUM", "/nonexistent")  # text and tables here; charts: the browser test
    from core import queries
    names = {r.source_id: f"{r.publisher}, {r.title}" for r in queries.sources(lang).itertuples()}
    for code, p in profiles.items():
        pdf = tmp_path / f"{code}.pdf"
        pdf.write_bytes(profile_pdf.build(p, lang, names, date(2026, 12, 1)))
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) <= 2, code
        text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                                  check=True).stdout)
        assert p.name in text and p.weakest[0]["name"][:20] in text, code
        assert names["lbm_gemeenten"][:40] in text
        assert ("Eigen berekening" if lang == "nl" else "Our own calculation") in text
        # Issue 29: real plurals, numbers and dates the reader's way, ranks in words.
        assert not re.search(r"[a-z]\((?:n|en|s)\)|\(\d{1,2}\)", text), code
        assert ("1 december 2026" if lang == "nl" else "1 December 2026") in text
        assert re.search(r"(plaats|rank) \d+ (van|of) \d+", text), code
        wrong = re.compile(r"(?<![\w.,])[+-]?0\.\d+" if lang == "nl" else r"(?<![\w.,])[+-]?0,\d+")
        assert not wrong.search(text.replace("Leefbaarometer 3.0", "")), (code, wrong.search(text))


def test_export_links_go_to_the_public_address_or_nowhere(monkeypatch):
    """Issue 29: slides and PDFs link to LBM_PUBLIC_URL; without it they carry no link rather
    than the address of the host that made them (http://localhost:8642/…)."""
    from core.web import url_state
    monkeypatch.delenv("LBM_PUBLIC_URL", raising=False)
    assert url_state.public_link("vergelijk", {"gm": "GM0363"}) == ""
    monkeypatch.setenv("LBM_PUBLIC_URL", "https://leefbaarometer.example.nl/")
    assert url_state.public_link("vergelijk", {"gm": "GM0363,GM0599"}) == \
        "https://leefbaarometer.example.nl/vergelijk?gm=GM0363,GM0599"
    assert url_state.public_link("start", {}) == "https://leefbaarometer.example.nl/"
    monkeypatch.setenv("LBM_PUBLIC_URL", "javascript:alert(1)")
    assert url_state.public_link("start", {}) == ""


def test_a_national_map_image_shows_the_whole_country_even_when_few_areas_are_marked():
    """The signals maps mark a few scattered areas; the slide showed only their box and cut off
    Groningen and Zeeland. A national picture is framed by the country's borders."""
    def square(x0, y0, size):
        ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]
        return {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                           "geometry": {"type": "Polygon", "coordinates": [ring]}}]}
    marked, country = square(5.0, 52.0, 0.2), square(3.3, 50.7, 4.0)
    national = map_images.MapPicture(marked, [], country, extra={"national": True})
    assert map_images.frame(national) == pytest.approx((3.3, 50.7, 7.3, 54.7))
    zoomed = map_images.MapPicture(marked, [], country)
    assert map_images.frame(zoomed) == pytest.approx((5.0, 52.0, 5.2, 52.2))
