"""Hostile URLs in the real browser: a message, never a traceback or an error box, and nothing
requested from outside the app's origin, however the link was crafted (issues 10 and 27)."""
from __future__ import annotations

import random
from urllib.parse import urlencode

import pytest

from devtools.browser import path_of, problems_on, screenshot, wait_rendered
from tests.hostile import EVIL, MARKUP, NASTY, PARAMS


def sample(n: int = 2, seed: int = 20261122) -> list[tuple[str, dict]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        page = list(PARAMS)[i % len(PARAMS)]
        names = rng.sample(PARAMS[page], k=min(len(PARAMS[page]), rng.randint(1, 3)))
        params = {name: rng.choice(NASTY[:36]) for name in names}
        params[rng.choice(["zzz", "q", "__proto__"])] = rng.choice(NASTY)
        out.append((page, params))
    return out


def markup_views() -> list[tuple[str, dict]]:
    """Every page with each of its parameters set to a different Markdown payload (Kaart's says
    which level it did not know, repeating the value), and Mijn buurt's unknown area alone (with a
    search beside it the page answers the search instead). Every payload in every kind of text
    element is read in the browser by tests/test_browser_escaping.py."""
    return [(page, {name: MARKUP[(i + j) % len(MARKUP)] for j, name in enumerate(names)})
            for i, (page, names) in enumerate(PARAMS.items())] + [("buurt", {"area": MARKUP[0]})]


# One random view beside the Markdown ones: the property suite (tests/test_hostile_urls.py) tries
# hundreds of random links on the server; here the browser only has to show what the server sends.
VIEWS = sample(1) + markup_views()


@pytest.mark.parametrize("i, page_name, params", [(i, p, q) for i, (p, q) in enumerate(VIEWS)])
def test_hostile_url_in_the_browser(server, browser, i, page_name, params):
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((server, "data:", "blob:")) else None)
    try:
        page.goto(f"{server}/{path_of(page_name)}?" + urlencode({k: v.replace("\x00", "") for k, v in params.items()}))
        wait_rendered(page)
        assert problems_on(page) == []
        assert page.locator("h1").count() >= 1
        made = page.locator(f'a[href*="{EVIL}"], img[src*="{EVIL}"], [data-testid="stMarkdown"] img')
        assert made.count() == 0, made.first.evaluate("e => e.outerHTML")
        page.wait_for_load_state("networkidle")  # an image the page made would be requested by now
        assert outside == []
        if i < 3 or i == len(sample()):
            screenshot(page, f"hostile-{i}-{page_name}")
    finally:
        page.close()
