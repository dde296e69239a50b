"""At 390 × 844 (a phone) every page reads without sideways scrolling, and a chart's title and
source line wrap as text instead of running off the screen (issue 17). Screenshots land in
test-output/browser/ for a person to look at. Every page gets these checks in its Dutch visit in
tests/test_browser_accessibility.py (the window narrowed to a phone); here the views of their own
kind that the page list does not open: a wijk, a wijk map and the signals at wijk level."""
from __future__ import annotations

import pytest

from devtools.browser import PHONE_AGENT, drawn_extent, screenshot, wait_maps_drawn, wait_rendered

PHONE = {"width": 390, "height": 844}
VIEWS = {"buurt-wijk": "buurt?area=WK036300", "kaart-wijk": "kaart?level=wijk", "signalen-wijk": "signalen?level=wijk"}


def check_phone(page, name: str) -> None:
    """Narrow an open page to a phone and check it there: no sideways scrolling, chart titles and
    sources as wrapping text, the figure's own unwrapped title hidden, axe at that width."""
    page.set_viewport_size(PHONE)
    page.wait_for_function(f"() => window.innerWidth === {PHONE['width']}")
    page.wait_for_load_state("networkidle")  # charts and their phone captions are in
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
    # Every chart's title and source are on screen as text that wraps within the width...
    shown = page.evaluate("""() => [...document.querySelectorAll('.lbm-phone')]
        .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().right)""")
    charts = page.locator('[data-testid="stPlotlyChart"]').count()
    if charts:
        assert len(shown) >= 2 * charts and max(shown) <= PHONE["width"], name
    # ... and the figure's own, unwrapped title is not drawn over the edge.
    visible_titles = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"] .g-gtitle')]
        .filter(e => getComputedStyle(e).display !== 'none').length""")
    assert visible_titles == 0, name
    # axe at phone width too: here wide tables scroll inside themselves and need a tab stop.
    from tests.test_browser_accessibility import serious_violations
    assert serious_violations(page) == [], name
    screenshot(page, name)


@pytest.mark.parametrize("name", list(VIEWS))
def test_a_phone_shows_the_page_without_sideways_scrolling(server, browser, name):
    page = browser.new_page(viewport=PHONE, device_scale_factor=1, user_agent=PHONE_AGENT)
    try:
        page.goto(f"{server}/{VIEWS[name]}")
        wait_rendered(page)
        if name == "kaart-wijk":  # the whole country fits across the phone (issue 31): nothing drawn to an edge
            page.locator('[data-testid="stDeckGlJsonChart"]').scroll_into_view_if_needed()
            wait_maps_drawn(page)
            left, top, right, bottom = drawn_extent(page)
            assert 0.005 < left and right < 0.995 and right - left > 0.75, (left, right)
        check_phone(page, f"phone-{name}")
    finally:
        page.close()
