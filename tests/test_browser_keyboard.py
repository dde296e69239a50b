"""The main tasks with the keyboard alone, with focus visible at every step (issue 17): find my
buurt, compare gemeenten, open an area from the map, step through a presentation."""
from __future__ import annotations

import pytest

from devtools.browser import wait_rendered

FOCUS_JS = """() => { const e = document.activeElement; const s = getComputedStyle(e);
  return {tag: e.tagName, label: e.getAttribute('aria-label') || '', text: (e.innerText || '').trim().slice(0, 80),
          href: e.getAttribute('href') || '',
          visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'}; }"""


def tab_to(page, matches, limit: int = 60) -> dict:
    """Press Tab until the focused element matches; every stop on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_JS)
        if focused["tag"] in ("A", "BUTTON", "INPUT"):
            assert focused["visible"], f"focus not visible on {focused}"
        if matches(focused):
            return focused
    raise AssertionError("never reached the element with Tab")


def type_and_enter(page, text: str) -> None:
    """Type into the focused box and press Enter; in a select box, once its options have
    filtered (the first option shown is what Enter picks)."""
    page.keyboard.type(text)
    if page.evaluate("document.activeElement.getAttribute('role')") == "combobox":
        page.locator('[role="option"]', has_text=text).first.wait_for(timeout=30000)
    page.keyboard.press("Enter")


@pytest.fixture
def page(browser):
    p = browser.new_page(viewport={"width": 1400, "height": 1000})
    yield p
    p.close()


def test_find_my_buurt_with_the_keyboard(server, page):
    page.goto(f"{server}/buurt")
    wait_rendered(page)
    tab_to(page, lambda f: f["label"].startswith("Zoek uw buurt"))
    type_and_enter(page, "3072 AP")  # a full postcode opens the largest buurt of its postcode area
    page.wait_for_url("**/buurt?*area=BU05991086*", timeout=60000)
    wait_rendered(page)
    assert page.locator("h2").first.inner_text() == "Afrikaanderwijk"
    # A name many areas share: the list, then Tab to a candidate and Enter opens it.
    tab_to(page, lambda f: f["label"].startswith("Zoek uw buurt"), limit=120)
    page.keyboard.press("Control+A")
    type_and_enter(page, "Centrum")
    page.get_by_text("Wat bedoelt u met").wait_for(timeout=60000)
    wait_rendered(page)
    tab_to(page, lambda f: f["tag"] == "BUTTON" and "Centrum" in f["text"])
    page.keyboard.press("Enter")
    page.wait_for_url("**/buurt?area=*", timeout=60000)
    wait_rendered(page)
    assert "Centrum" in page.locator("h2").first.inner_text()
    # ... and its map: Tab reaches the part on screen, the arrows move to "Kaart", Space opens it
    # (Streamlit's segmented control, as on Signalen).
    tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] == "Waarom deze score")
    for _ in range(3):
        if page.evaluate(FOCUS_JS)["text"] == "Kaart":
            break
        page.keyboard.press("ArrowRight")
    assert page.evaluate(FOCUS_JS)["visible"]
    page.keyboard.press("Space")
    page.wait_for_url("**section=map*", timeout=60000)
    page.locator('[data-testid="stDeckGlJsonChart"]').first.wait_for(timeout=60000)


def test_compare_gemeenten_with_the_keyboard(server, page):
    page.goto(f"{server}/vergelijk")  # opens with two gemeenten to compare
    wait_rendered(page)
    tab_to(page, lambda f: f["label"].startswith("Gemeente toevoegen"))
    type_and_enter(page, "Delft")
    page.wait_for_function("() => location.href.includes('GM0503')", timeout=60000)
    wait_rendered(page)
    assert page.locator('[data-testid="stMain"]').get_by_text("Delft", exact=True).first.is_visible()


def test_open_an_area_from_the_map_with_the_keyboard(server, page):
    page.goto(f"{server}/kaart")
    wait_rendered(page)
    tab_to(page, lambda f: f["label"].startswith("Open een gebied"))
    type_and_enter(page, "Delft")
    page.locator('a[href*="area=GM0503"]').first.wait_for(timeout=60000)  # the run the choice starts
    wait_rendered(page)
    tab_to(page, lambda f: f["tag"] == "A" and "area=GM0503" in f["href"])
    page.keyboard.press("Enter")
    page.wait_for_url("**/buurt?area=GM0503*", timeout=60000)
    wait_rendered(page)
    assert page.locator("h2").first.inner_text() == "Delft"


def test_step_through_a_presentation_with_the_keyboard(server, page):
    sidebar = page.locator('[data-testid="stSidebar"]')
    page.goto(f"{server}/kaart")
    wait_rendered(page)
    tab_to(page, lambda f: f["text"].endswith("Zet deze weergave in de presentatie"))
    page.keyboard.press("Enter")
    sidebar.get_by_text("1 weergave in de presentatie.").wait_for(timeout=30000)
    wait_rendered(page)
    page.keyboard.press("Shift+Tab")  # back into the page from where the rerun left focus
    tab_to(page, lambda f: f["tag"] == "A" and f["text"].endswith("Over de data"), limit=80)
    page.keyboard.press("Enter")
    page.wait_for_url("**/over*", timeout=30000)
    page.locator("h1", has_text="Over de data").wait_for(timeout=30000)
    wait_rendered(page)
    tab_to(page, lambda f: f["text"].endswith("Zet deze weergave in de presentatie"))
    page.keyboard.press("Enter")
    sidebar.get_by_text("2 weergaven in de presentatie.").wait_for(timeout=30000)
    wait_rendered(page)
    page.keyboard.press("Shift+Tab")
    tab_to(page, lambda f: f["text"].endswith("Presentatiemodus"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/kaart?*present=1*", timeout=30000)
    wait_rendered(page)
    assert page.get_by_text("1 / 2").is_visible()
    page.keyboard.press("ArrowRight")
    page.wait_for_url("**/over?*", timeout=15000)
    wait_rendered(page)
    assert page.locator("h1").first.inner_text() == "Over de data"
    assert page.get_by_text("2 / 2").is_visible()
    page.keyboard.press("ArrowLeft")
    page.wait_for_url("**/kaart?*", timeout=15000)
