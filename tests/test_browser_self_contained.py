"""Nothing loads from outside the app (issue 14): no basemap, no web font, no icon, no script.

Deployments behind a ministry firewall and the offline promise on the map page depend on it.
Every request a page makes in Chromium must go to the app's own origin (or be inline data)."""
from __future__ import annotations

import pytest

from devtools.browser import wait_maps_drawn, wait_rendered

# Every page in both languages is also watched in tests/test_browser_accessibility.py, and every
# kind of Kaart map in tests/test_browser_map.py; here a wijk's neighbour map, and the national
# buurt map in the test below (one visit: it is the heaviest map).
VIEWS = ["buurt?area=WK036300&section=map"]


@pytest.mark.parametrize("path", VIEWS)
def test_a_page_requests_nothing_outside_the_app(server, browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith((server, "data:", "blob:")) else None)
    try:
        page.goto(f"{server}/{path}")
        wait_rendered(page)
        if page.locator('[data-testid="stDeckGlJsonChart"]').count():
            wait_maps_drawn(page, timeout_s=90)  # the map's own fetches (geometry, never a basemap)
        page.wait_for_load_state("networkidle")
        assert outside == []
    finally:
        page.close()


def test_a_national_map_fetches_its_geometry_once_and_not_through_the_websocket(server, browser):
    from devtools.browser import map_pixels, switch_select_option
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    geometry: list[str] = []
    outside: list[str] = []
    received = {"bytes": 0}
    page.on("request", lambda r: geometry.append(r.url) if "/app/static/geo/" in r.url else None)
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith((server, "data:", "blob:")) else None)
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: received.__setitem__(
        "bytes", received["bytes"] + len(f if isinstance(f, (str, bytes)) else f.get("payload", "")))))
    try:
        page.goto(f"{server}/kaart?level=wijk")  # not buurt: see test_switching_dimension_redraws
        wait_rendered(page)
        wait_maps_drawn(page, timeout_s=90)
        assert any(u.endswith("/wijk.json") for u in geometry)
        fetched = len(geometry)
        received["bytes"] = 0
        before = [map_pixels(page)]
        switch_select_option(page, 5)
        wait_maps_drawn(page, before, timeout_s=60)  # recoloured
        assert len(geometry) == fetched  # no new download of the geometry
        assert received["bytes"] < 200_000  # the rerun carried a spec, not 3,000 outlines (~2.7 MB before)
        page.wait_for_load_state("networkidle")
        assert outside == []  # no basemap, no font, no script from elsewhere
    finally:
        page.close()
