"""What you see is what you share (issue 29): on every page a control is changed in Chromium,
then the link in "Deel deze weergave" must equal the view's own URL (the parameters the page
declares), and opening it must show the same view."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from core.web import params
from devtools.browser import path_of, problems_on, timed_rerun, wait_maps_drawn, wait_rendered


def _declared(page_key: str, url: str) -> dict[str, str]:
    names = {p.name for p in params.declared(page_key)} - {"present"}
    return {k: v[-1] for k, v in parse_qs(urlsplit(url).query).items() if k in names}


def _share_link(page) -> str:
    return page.locator('[data-testid="stSidebar"] [data-testid="stCode"]').first.inner_text().strip()


def _type(page, label: str, text: str):
    box = page.get_by_label(label).first
    box.click()
    box.fill(text)
    return lambda: box.press("Enter")


def _pick(page, key: str, option: str):
    def act():
        page.locator(f".st-key-{key} [data-testid='stSelectbox']").click()
        page.get_by_role("option", name=option, exact=True).click()
    return act


# (page, URL to start from, the change a person makes, what the view's heading shows afterwards)
CHANGES = [
    # Start and Over de data carry only the common parameters (lang, palette): AppTest covers them
    # (tests/test_presenter_and_sharing.py).
    ("buurt", "buurt?area=PC4-1011", lambda p: _type(p, "Zoek uw buurt", "3072"), "h2"),
    ("vergelijk", "vergelijk?gm=GM0363,GM0599", lambda p: _type(p, "Gemeente toevoegen", "Zwolle"), "h1"),
    # From the gemeente map: the 12,147-buurt map is the heaviest view and is drawn elsewhere
    # (tests/test_browser_self_contained.py); here only the link matters.
    ("kaart", "kaart?level=gemeente&measure=onv", lambda p: lambda: p.locator(".st-key-m_level").get_by_text("Wijk").click(),
     "h1"),
    # Signalen's select boxes write the link the same way Thema's does (AppTest covers its parameters).
    # At gemeente level: the link is written the same way at every level, and the buurt scatter is
    # drawn in tests/test_browser_themes.py and in the accessibility and presenter visits.
    ("themas", "themas?ind=crime_per_1000&level=gemeente", lambda p: _pick(p, "t_measure", "Sociale samenhang"), "h1"),
]


@pytest.mark.parametrize("page_key, start, change, heading", CHANGES, ids=[c[0] for c in CHANGES])
def test_the_share_link_opens_the_view_on_screen(server, browser, page_key, start, change, heading):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{server}/{start}")
        wait_rendered(page)
        before = _share_link(page)
        if page_key == "kaart":  # a click while deck.gl draws can be lost: let the map finish first
            wait_maps_drawn(page)
        act = change(page)
        try:
            timed_rerun(page, act, timeout_ms=15000)  # a lost click is retried below; a slow run is waited for
        except PlaywrightTimeout:  # on a busy machine a click can land while the control is redrawn
            wait_rendered(page)
            if _declared(page_key, page.url) == _declared(page_key, before):
                timed_rerun(page, act, timeout_ms=45000)  # a person clicks again; a second miss fails
        wait_rendered(page)
        link = _share_link(page)
        # the address bar follows the page's own state update: wait for it, not for a time
        page.wait_for_url(lambda u: _declared(page_key, u) == _declared(page_key, link), timeout=30000)
        assert link != before, "the link did not follow the change"
        assert _declared(page_key, link) == _declared(page_key, page.url), (link, page.url)
        shown = page.locator(heading).first.inner_text()
        other = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            other.goto(link)
            wait_rendered(other)
            assert other.locator(heading).first.inner_text() == shown
            assert _declared(page_key, other.url) == _declared(page_key, link)
            assert problems_on(other) == []
        finally:
            other.close()
        assert path_of(page_key) in urlsplit(link).path
    finally:
        page.close()
