"""Issue 18 in a real browser: a presenter queues five views and downloads one .pptx with five
slides; a policy officer downloads a gemeente profile PDF; the map downloads as a PNG.

The files are opened as a reader would: python-pptx reads the deck back, poppler renders the
PDF's pages to PNG (kept in test-output/ to look at), Pillow opens the map.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess

import pytest
from PIL import Image

from devtools.browser import PUBLIC_URL, screenshot, timed_rerun, wait_rendered
from core.i18n import t
from tests import sources
from tests.conftest import ROOT

# Within one session (the queue lives in it): the sidebar's page links, as a presenter clicks them.
FIVE_VIEWS = ["Start", "Kaart", "Signalen", "Gemeenten vergelijken", "Thema's"]
OUT = ROOT / "test-output"


def _download(page, name: str, timeout_ms: int = 120000, key: str | None = None) -> bytes:
    within = page.locator(f".st-key-{key}") if key else page
    button = within.get_by_role("button", name=name).first
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=timeout_ms) as info:
        button.click()
    return open(info.value.path(), "rb").read()


def test_five_queued_views_download_as_one_deck_with_five_slides(server, browser):
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    try:
        page.goto(f"{server}/over")  # not one of the five: every click below goes to another page
        wait_rendered(page)
        # Each step waits for the run it starts (timed_rerun), not just for a finished page: the
        # page before the click is finished too, and a click on it would queue the last view again.
        for n, name in enumerate(FIVE_VIEWS, start=1):
            link = page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name, exact=True)
            timed_rerun(page, link.click, timeout_ms=90000)
            wait_rendered(page)
            timed_rerun(page, page.get_by_role("button", name="Zet deze weergave in de presentatie").click,
                        timeout_ms=90000)
            page.get_by_text(f"{n} weergave{'n' if n > 1 else ''} in de presentatie.").wait_for(timeout=30000)
        assert page.get_by_text("5 weergaven in de presentatie.").count() == 1
        screenshot(page, "export_queue")
        data = _download(page, "Download als presentatie (.pptx)")
    finally:
        page.close()
    deck = Presentation(io.BytesIO(data))
    slides = list(deck.slides)
    assert len(slides) == 1 + len(FIVE_VIEWS)
    for slide in slides[1:]:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1, texts  # every one of these views has a chart or a map
        assert any(t.startswith("Bron:") for t in texts), texts
        # the link back to the view, on the public site (LBM_PUBLIC_URL), never the test server's address
        assert any(t.startswith(PUBLIC_URL + "/") for t in texts) and not any(server in t for t in texts), texts
        assert Image.open(io.BytesIO(pictures[0].image.blob)).size[0] >= 1400
    titles = [slides[i].shapes[0].text_frame.text for i in range(1, len(slides))]
    assert titles[2] == "Stijgers en dalers"  # Signalen's first visual is its map
    assert titles[1].startswith("Totaal, gemeenten")  # the Kaart view's map heading
    assert "Amsterdam" in titles[3] or "dimensie" in titles[3], titles


def test_a_gemeente_profile_downloads_as_a_two_page_pdf_in_either_language(server, browser):
    if not shutil.which("pdftoppm"):
        pytest.fail("poppler-utils is missing: `make test` installs it (system-deps)")
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    try:
        page.goto(f"{server}/vergelijk?gm=GM0599,GM0363")
        wait_rendered(page)
        dutch = _download(page, "Download profiel (Nederlands)")
        english = _download(page, "Download profiel (Engels)")
        # The ranking as CSV, written only when clicked (issue 32): every gemeente, the page unchanged.
        # The ranking is a part of its own (issue 32): chosen above it, as a reader does.
        timed_rerun(page, lambda: page.locator(".st-key-cmp_section").get_by_text("Alle gemeenten gerangschikt",
                                                                                  exact=True).click())
        page.wait_for_url(lambda url: "section=ranking" in url and "GM0599" in url, timeout=30000)
        wait_rendered(page)
        shown = page.locator('[data-testid="stMain"]').inner_text()
        ranking = _download(page, "Download als CSV", key="dl_rank").decode("utf-8-sig")  # as Excel reads it
        assert page.locator('[data-testid="stMain"]').inner_text() == shown  # no rerun of the page
    finally:
        page.close()
    rows = list(csv.DictReader(io.StringIO(ranking), delimiter=";"))  # Dutch Excel's CSV (core.format.csv_bytes)
    official = sources.official_2024()  # the Leefbaarometer's own 2024 layer
    gemeenten = sorted(official[c]["naam"] for c in official if c.startswith("GM"))
    assert sorted(r[t("col.name", "nl")] for r in rows) == gemeenten
    amsterdam = next(r for r in rows if r[t("col.name", "nl")] == "Amsterdam")
    assert "," in amsterdam[t("col.score", "nl")] and "." not in amsterdam[t("col.score", "nl")]
    assert float(amsterdam[t("col.score", "nl")].replace(",", ".")) == pytest.approx(
        float(official["GM0363"]["afw"]), abs=1e-4)  # a decimal comma, the published score
    OUT.mkdir(exist_ok=True)
    for lang, data in (("nl", dutch), ("en", english)):
        assert data.startswith(b"%PDF")
        pdf = OUT / f"profile_rotterdam_{lang}.pdf"
        pdf.write_bytes(data)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        assert pages in (1, 2), info  # "on one or two pages"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Rotterdam" in text
        assert ("Bron:" if lang == "nl" else "Source:") in text
        assert ("verklaart geen oorzaken" if lang == "nl" else "does not explain causes") in text
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(OUT / f"profile_rotterdam_{lang}")], check=True)
        first = Image.open(OUT / f"profile_rotterdam_{lang}-1.png").convert("RGB")
        colours = first.getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 50  # the charts are drawn, not left blank


def test_the_map_downloads_as_a_png_with_its_legend(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    try:
        page.goto(f"{server}/kaart?level=gemeente&lang=en")
        wait_rendered(page)
        data = _download(page, "Download the map as an image (PNG)")
    finally:
        page.close()
    image = Image.open(io.BytesIO(data)).convert("RGB")
    assert image.size == (1600, 1200)
    from core.scale import PALETTES, hex_to_rgb
    present = {c for _, c in image.getcolors(maxcolors=1 << 22)}
    # All nine class colours appear (the legend chips at least), so the reader can read the map.
    assert all(tuple(hex_to_rgb(c)) in present for c in PALETTES["official"])
