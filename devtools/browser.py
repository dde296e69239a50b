"""A real Streamlit server and Debian's Chromium: what the browser tests and the benchmarks drive
(one module both use, so bench/ imports nothing from tests/)."""
from __future__ import annotations

import contextlib
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHROMIUM = "/usr/bin/chromium"
PUBLIC_URL = "https://leefbaarometer.example.nl"  # the public address test servers are given (exports link to it)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
         "--enable-unsafe-swiftshader", "--disable-background-networking"]
OUTPUT = ROOT / "test-output" / "browser"

# Rendered = the script finished, the websocket is connected, and no lazy-loaded element
# still shows its placeholder skeleton.
READY_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.getAttribute('data-test-script-state') === 'notRunning'
      && app.getAttribute('data-test-connection-state') === 'CONNECTED'
      && !document.querySelector('[data-testid="stSkeleton"]');
}"""


# A run has ended when the page's title is there and, on pages with a share box, its link has been
# written (core.web.presenter.fill_share_link runs after the page).
RENDERED_JS = READY_JS.replace("return app &&", """return !!document.querySelector('[data-testid="stMain"] h1')
      && (!document.querySelector('.st-key-share') || !!document.querySelector('.st-key-share [data-testid="stCode"]'))
      && app &&""")


# What a phone's browser says it is: the app fits its maps to a phone by this (core.web.ui.screen).
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/120.0.0.0 Mobile Safari/537.36")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(db_path: Path | None, port: int | None = None, script: Path | None = None):
    """Start `streamlit run app.py` (or a test's own `script`) on a free port against
    `db_path`; yields the base URL. The server runs from a temporary site of links to the app,
    with a `static/geo` of its own: the map files of a test database never land in the source
    tree (Streamlit serves `static/` beside the script it runs)."""
    port = port or free_port()
    site = Path(tempfile.mkdtemp(prefix="lbm-site-"))
    for name in ("app.py", "views", "core", ".streamlit"):
        (site / name).symlink_to(ROOT / name)
    geo = site / "static" / "geo"
    geo.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LBM_GEO_DIR": str(geo), "LBM_PUBLIC_URL": PUBLIC_URL}
    if db_path is not None:
        env["LBM_DB"] = str(db_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script or site / "app.py"), "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1"],
        cwd=site, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("streamlit did not start: " + proc.stdout.read().decode()[-2000:])
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(site, ignore_errors=True)


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def wait_rendered(page, timeout_ms: int = 90000) -> None:
    """Until the app's own state says a run has finished: the script is not running, the
    websocket is connected, nothing shows a placeholder, and the page's title (every page and
    every failure page has one) is there, so the first run has really ended (no fixed sleep)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_function(RENDERED_JS, timeout=timeout_ms, polling=100)


def visit(page, url: str) -> str:
    """Open a URL, wait until the app has finished its run, and return what it shows as text."""
    page.goto(url)
    wait_rendered(page)
    return page.inner_text("body")


def problems_on(page) -> list[str]:
    """Error boxes and tracebacks a user would see."""
    found = []
    for sel in ('[data-testid="stException"]',):
        if page.query_selector(sel):
            found.append(sel)
    body = page.inner_text("body")
    if "Traceback" in body:
        found.append("Traceback text")
    if page.locator('[role="dialog"]').count():
        found.append("dialog: " + page.locator('[role="dialog"]').first.inner_text()[:80])
    return found


def screenshot_path(name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT / f"{name}.png"


def screenshot(page, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def map_pixels(page, index: int = 0):
    """The deck.gl map as the user sees it (a small RGB image), taken from the screen."""
    from PIL import Image
    png = page.locator('[data-testid="stDeckGlJsonChart"]').nth(index).screenshot()
    return Image.open(io.BytesIO(png)).convert("RGB").resize((200, 160))


def coloured_pixels(page, index: int = 0) -> int:
    """Non-white, non-grey pixels in the map: proof that areas were drawn."""
    return sum(1 for r, g, b in map_pixels(page, index).get_flattened_data() if max(r, g, b) - min(r, g, b) > 25)


def drawn_pixels(page, index: int = 0) -> int:
    """Pixels that are not (near) white: areas or borders drawn on the empty canvas."""
    return sum(1 for px in map_pixels(page, index).get_flattened_data() if min(px) < 230)


def drawn_extent(page, index: int = 0) -> tuple[float, float, float, float]:
    """Left, top, right and bottom of what the map has drawn (non-white pixels), as fractions of
    the map's width and height: (0, 0, 1, 1) is drawn to every edge, i.e. probably cut off."""
    image = page.locator('[data-testid="stDeckGlJsonChart"]').nth(index).screenshot()
    from PIL import Image
    picture = Image.open(io.BytesIO(image)).convert("L")
    mask = picture.point(lambda v: 255 if v < 235 else 0)
    box = mask.getbbox()
    if box is None:
        return (0.0, 0.0, 0.0, 0.0)
    return (box[0] / picture.width, box[1] / picture.height, box[2] / picture.width, box[3] / picture.height)


def wait_maps_drawn(page, before: list | None = None, timeout_s: float = 120) -> None:
    """Wait until every map on the page shows something drawn, or (with `before`, the maps'
    images before an action) until each map's image has changed. A canvas exists long
    before deck.gl has drawn into it, so only the pixels tell when the user sees the map."""
    from PIL import ImageChops, ImageStat
    deadline = time.perf_counter() + timeout_s
    n = page.locator('[data-testid="stDeckGlJsonChart"]').count()
    for i in range(n):
        while True:
            if before is None:
                done = drawn_pixels(page, i) > 100
            else:
                diff = ImageStat.Stat(ImageChops.difference(map_pixels(page, i), before[i])).mean
                done = sum(diff) > 3
            if done:
                break
            if time.perf_counter() > deadline:
                raise TimeoutError("the map was not drawn")
            page.wait_for_timeout(50)


def timed_rerun(page, action, timeout_ms: int = 30000, finish_ms: int = 120000) -> float:
    """Seconds from a user action until the rerun it triggers has finished rendering.
    `timeout_ms` bounds the wait for the run to start (a lost key or click: the caller may act
    again); once it has started, a slow run on a busy machine is waited for up to `finish_ms`,
    because acting again would find nothing left to change and no run would come."""
    # A quick rerun can flip the state to "running" and back before the observer's callback
    # runs; the records keep the old values, so a run is seen even when it is already over.
    # The whole document is observed, not the app element of the moment: on a busy machine Streamlit
    # could replace that element after the page looked finished, and an observer on the old one
    # never saw the run the key started (CI: the search box's Enter ran, the wait timed out).
    page.evaluate("""() => {
      window.__sawRun = false;
      new MutationObserver(records => {
        if (records.some(r => r.oldValue === 'running'
                              || r.target.getAttribute('data-test-script-state') === 'running')) window.__sawRun = true;
      }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['data-test-script-state'],
                                 attributeOldValue: true});
    }""")
    start = time.perf_counter()
    action()
    page.wait_for_function("() => window.__sawRun", timeout=timeout_ms, polling=10)
    page.wait_for_function(READY_JS, timeout=max(timeout_ms, finish_ms), polling=10)
    return time.perf_counter() - start


def path_of(page_name: str) -> str:
    """URL path of a page: the start page is the app's root ("/start" is not a page)."""
    return "" if page_name == "start" else page_name


def no_dialog(page) -> bool:
    """Streamlit shows 'Page not found' in a dialog, not as an error box."""
    return page.locator('[role="dialog"]').count() == 0


_SCRIPT_STATE_JS = """() => [...document.querySelectorAll('[data-test-script-state]')]
  .map(e => e.getAttribute('data-test-script-state')).join(',')"""


def switch_select_option(page, option: int = 5, timeout_ms: int = 45000) -> float:
    """Pick option `option` of the page's first select box with the keyboard, as a keyboard user
    does (type its name, Enter), and wait for the rerun it starts. Clicking into the open list
    missed on a busy machine: the list could close before the click landed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    box = page.locator('[data-testid="stSelectbox"]').first
    field = box.locator("input")
    label = None
    start = time.perf_counter()
    url_before = page.url
    for attempt in (1, 2, 3):  # a busy machine drawing a large map can lose the key; a third miss fails
        # Scroll to the box first, as a person does: a map's screenshot may have scrolled it out of
        # view, and a click that scrolls the page as it opens the list can see the list close again.
        box.scroll_into_view_if_needed()
        page.wait_for_timeout(150)
        field.click()
        label = label or page.locator('[role="option"]').nth(option).inner_text()
        field.fill(label)
        choice = page.locator('[role="option"]', has_text=label).first
        choice.wait_for(timeout=timeout_ms)
        # Enter as a keyboard user does; after a lost Enter, the option itself, as a mouse user does.
        act = (lambda: field.press("Enter")) if attempt == 1 else (lambda: choice.click())
        try:
            return timed_rerun(page, act, timeout_ms=timeout_ms // 2)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            wait_rendered(page)
            # The switch took and its run was missed or slow: do not switch again. The link proves it
            # (the page writes the new choice there when its run ends): in a CI failure the URL had the
            # new measure while the box, still focused after the typing, showed only its label.
            if label in box.inner_text() or page.url != url_before:
                return time.perf_counter() - start
            if attempt == 3:  # say what the page showed: this has failed now and then in CI, never alone
                screenshot(page, "switch-select-lost")
                raise AssertionError(
                    f"three attempts to pick {label!r} started no run; URL {page.url}; the box shows "
                    f"{box.inner_text()!r}; open options {page.locator('[role=option]').all_inner_texts()[:8]}; "
                    f"script state {page.evaluate(_SCRIPT_STATE_JS)!r}; screenshot test-output/browser/"
                    f"switch-select-lost.png") from None
