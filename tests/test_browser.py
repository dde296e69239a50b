"""Headless Chromium against a real server: a missing database, a deep link to a fresh server,
presenter mode on every page, stepping through a presentation."""
from __future__ import annotations

import pytest

from devtools.browser import path_of, problems_on, screenshot, screenshot_path, streamlit_server, wait_rendered

PAGES = ["start", "buurt", "vergelijk", "kaart", "signalen", "themas", "over"]


# Every page in each language is rendered, checked with axe and watched for outside requests in
# one visit: tests/test_browser_accessibility.py.


def test_missing_database_page_in_the_browser(tmp_path, browser):
    with streamlit_server(tmp_path / "absent.duckdb") as url:
        page = browser.new_page()
        page.goto(f"{url}/kaart")
        wait_rendered(page)
        text = page.inner_text("body")
        assert "De database is niet beschikbaar" in text and "Traceback" not in text
        screenshot(page, "missing-database")
        page.close()


PRESENT_VIEWS = {
    "start": "", "buurt": "area=PC4-3072", "vergelijk": "gm=GM0363,GM0599,GM0518,GM0344",
    "kaart": "level=buurt", "signalen": "", "themas": "ind=crime_per_1000&level=buurt&measure=onv", "over": "",
}


@pytest.mark.parametrize("page_name", PAGES)
def test_presenter_mode_in_the_browser(server, browser, page_name):
    """Issue 29: on a projector (1366×768 and 1920×1080) the view's main chart or map is on the
    first screen, nothing is fixed over it, badges stay whole; the screenshots are saved to look at."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{server}/{path_of(page_name)}?present=1&{PRESENT_VIEWS[page_name]}")
    wait_rendered(page)
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    from tests.test_browser_accessibility import serious_violations
    assert serious_violations(page) == []  # axe in presenter mode too
    assert page.locator('[data-testid="stSelectbox"]').filter(has=page.locator(":visible")).count() == 0
    assert problems_on(page) == []
    assert page.evaluate("""() => [...document.querySelectorAll('.modebar-container')]
        .every(e => getComputedStyle(e).display === 'none')"""), "Plotly's toolbar on a projector"
    for width, height in ((1366, 768), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_function(f"() => window.innerWidth === {width}")
        fixed = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stMain"] *')]
            .filter(e => getComputedStyle(e).position === 'fixed' && e.offsetWidth > 0).length""")
        assert fixed == 0, "something is fixed over the page"
        if page_name != "over":  # a page of text: no exhibit
            box = page.locator(".st-key-lbm-exhibit").first.bounding_box()
            assert box is not None and box["y"] < 0.45 * height, (page_name, width, box)  # its top on the first screen
        for badge in page.locator('[data-testid="stMain"] span[style*="white-space:nowrap"]').all():
            assert badge.bounding_box()["height"] < 60  # one line: "6 · ruim voldoende" never breaks in two
        page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollTo(0, 0)")
        page.screenshot(path=str(screenshot_path(f"present-{page_name}-{width}")))
    page.close()
