"""Every page in a real browser, once per language (and the other palette and presenter mode
for some), checked in one visit: it renders (a title, no error box, a screenshot), axe-core
(WCAG 2.1 A and AA rules) finds no serious or critical violation, the document language follows
the interface language (screen readers pronounce by it), and nothing is requested from outside
the app's origin (issue 14: no basemap, font, icon or script from elsewhere). The Dutch visit
then narrows the window to a phone (390 × 844) for the phone checks (tests/test_browser_phone.py)."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from devtools.browser import path_of, problems_on, screenshot, wait_maps_drawn, wait_rendered

PAGES = {"start": "", "buurt": "area=PC4-3072", "vergelijk": "", "kaart": "", "signalen": "", "themas": "", "over": ""}
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"]}
# Violations Streamlit itself causes and the app cannot fix, with the reason. Empty: every one
# found (caption contrast, the map legend's list roles, the document language) is fixed.
ALLOWED: dict[str, str] = {}


def serious_violations(page) -> list[str]:
    results = Axe().run(page, options=WCAG).response["violations"]
    return [f"{v['id']} ({v['impact']}): {n['html'][:100]}" for v in results if v["impact"] in ("serious", "critical")
            and v["id"] not in ALLOWED for n in v["nodes"]]


# Presenter mode is checked with axe in tests/test_browser.py's projector test (one visit per page).
# The English visit of a page with parts opens another part than the Dutch one: Mijn buurt's map
# (its other parts are Plotly charts like the Dutch visit's), Over de data's letters (an HTML table),
# Vergelijken's ranking of all gemeenten (a table with filters).
OTHER_PART = {"buurt": "map", "over": "letters", "vergelijk": "ranking"}
CASES = ([(p, {"lang": lang, **({"section": OTHER_PART[p]} if lang == "en" and p in OTHER_PART else {})})
          for p in PAGES for lang in ("nl", "en")]
         + [(p, {"palette": "colourblind"}) for p in ("kaart",)])  # the palette changes colours only: text on the legend chips


@pytest.mark.parametrize("page_name, params", CASES, ids=[f"{p}-{'-'.join(v for v in q.values())}" for p, q in CASES])
def test_no_serious_accessibility_violation(server, browser, page_name, params):
    query = "&".join([q for q in [PAGES[page_name]] if q] + [f"{k}={v}" for k, v in params.items()])
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((server, "data:", "blob:")) else None)
    try:
        page.goto(f"{server}/{path_of(page_name)}?{query}")
        wait_rendered(page)
        assert problems_on(page) == []
        assert page.query_selector("h1"), "every page shows a title"
        if page.locator('[data-testid="stDeckGlJsonChart"]').count():
            wait_maps_drawn(page, timeout_s=90)  # the map's own fetches (geometry, never a basemap)
        assert page.evaluate("document.documentElement.lang") == params.get("lang", "nl")
        assert serious_violations(page) == []
        if page_name == "buurt" and "section" not in params:  # on a desktop the figure keeps its own title; the phone's text copy is hidden
            assert page.evaluate("""() => [...document.querySelectorAll('.lbm-phone')]
                .filter(e => e.offsetParent !== null).length""") == 0
            assert page.locator('[data-testid="stPlotlyChart"] .g-gtitle').first.is_visible()
        screenshot(page, f"{page_name}-{'-'.join(params.values())}")
        if params == {"lang": "nl"}:  # the same page turned into a phone: tests/test_browser_phone.py
            from tests.test_browser_phone import check_phone
            check_phone(page, f"phone-{page_name}")
        assert outside == []
    finally:
        page.close()
