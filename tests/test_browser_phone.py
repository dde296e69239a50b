"""At 390 × 844 (a phone) every page reads without sideways scrolling, and a chart's title and
source line wrap as text instead of running off the screen (issue 17). Screenshots land in
test-output/browser/ for a person to look at."""
from __future__ import annotations

import pytest

from tests.browser import screenshot, wait_rendered

VIEWS = {"start": "", "buurt": "buurt?area=PC4-3072", "buurt-wijk": "buurt?area=WK036300",
         "vergelijk": "vergelijk?gm=GM0363,GM0599", "kaart": "kaart?level=wijk", "signalen": "signalen?level=wijk",
         "themas": "themas", "over": "over"}


@pytest.mark.parametrize("name", list(VIEWS))
def test_a_phone_shows_the_page_without_sideways_scrolling(server, browser, name):
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    try:
        page.goto(f"{server}/{VIEWS[name]}")
        wait_rendered(page)
        page.wait_for_load_state("networkidle")  # charts and their phone captions are in
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        # Every chart's title and source are on screen as text that wraps within the width...
        shown = page.evaluate("""() => [...document.querySelectorAll('.lbm-phone')]
            .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().right)""")
        charts = page.locator('[data-testid="stPlotlyChart"]').count()
        if charts:
            assert len(shown) >= 2 * charts and max(shown) <= 390
        # ... and the figure's own, unwrapped title is not drawn over the edge.
        visible_titles = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"] .g-gtitle')]
            .filter(e => getComputedStyle(e).display !== 'none').length""")
        assert visible_titles == 0
        # axe at phone width too: here wide tables scroll inside themselves and need a tab stop.
        from tests.test_browser_accessibility import serious_violations
        assert serious_violations(page) == []
        screenshot(page, f"phone-{name}")
    finally:
        page.close()


def test_a_desktop_keeps_the_titles_inside_the_figure(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{server}/buurt?area=PC4-3072")
        wait_rendered(page)
        assert page.evaluate("""() => [...document.querySelectorAll('.lbm-phone')]
            .filter(e => e.offsetParent !== null).length""") == 0
        assert page.locator('[data-testid="stPlotlyChart"] .g-gtitle').first.is_visible()
    finally:
        page.close()
