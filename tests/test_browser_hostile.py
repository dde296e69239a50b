"""Twenty hostile URLs in the real browser: a message, never a traceback or an error box."""
from __future__ import annotations

import random
from urllib.parse import urlencode

import pytest

from tests.browser import path_of, problems_on, screenshot, wait_rendered
from tests.hostile import NASTY, PARAMS


def sample(n: int = 20, seed: int = 20261122) -> list[tuple[str, dict]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        page = list(PARAMS)[i % len(PARAMS)]
        names = rng.sample(PARAMS[page], k=min(len(PARAMS[page]), rng.randint(1, 3)))
        params = {name: rng.choice(NASTY[:36]) for name in names}
        params[rng.choice(["zzz", "q", "__proto__"])] = rng.choice(NASTY)
        out.append((page, params))
    return out


@pytest.mark.parametrize("i, page_name, params", [(i, p, q) for i, (p, q) in enumerate(sample())])
def test_hostile_url_in_the_browser(server, browser, i, page_name, params):
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    page.goto(f"{server}/{path_of(page_name)}?" + urlencode({k: v.replace("\x00", "") for k, v in params.items()}))
    wait_rendered(page)
    assert problems_on(page) == []
    assert page.locator("h1").count() >= 1
    if i < 4:
        screenshot(page, f"hostile-{i}-{page_name}")
    page.close()
