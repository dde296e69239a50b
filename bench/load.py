"""Concurrent browser sessions doing real interactions, for one server or a load balancer.

Each session opens Mijn buurt in its own browser context (its own websocket, so its own
Streamlit session) and picks postcodes from the search box; latency is from the key press to
the end of the rerun it triggers, as in devtools/browser.py.
"""
from __future__ import annotations

import asyncio
import statistics
import time

from devtools.browser import CHROMIUM, FLAGS, READY_JS

POSTCODES = ["1011", "3072", "9711", "2525", "5611", "6811", "7511", "8011", "3511", "1102"]

WATCH_JS = """() => {
  window.__sawRun = false;
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(() => {
    if (app.getAttribute('data-test-script-state') === 'running') window.__sawRun = true;
  }).observe(app, {attributes: true});
}"""


async def _session(browser, url: str, index: int, interactions: int, latencies: list, errors: list,
                   start_gate: asyncio.Event, keep_open: asyncio.Event | None):
    context = await browser.new_context(viewport={"width": 1200, "height": 900})
    page = await context.new_page()
    try:
        await page.goto(f"{url}/buurt?area=PC4-1011", timeout=120_000)
        await page.wait_for_function(READY_JS, timeout=120_000, polling=100)
        await start_gate.wait()
        box = page.locator('[data-testid="stTextInput"] input').first
        for i in range(interactions):
            code = POSTCODES[(index + i) % len(POSTCODES)]
            try:
                await box.click(timeout=30_000)
                await box.fill(code)
                await page.wait_for_timeout(150)
                await page.evaluate(WATCH_JS)
                t0 = time.perf_counter()
                await box.press("Enter")
                await page.wait_for_function("() => window.__sawRun", timeout=60_000, polling=20)
                await page.wait_for_function(READY_JS, timeout=60_000, polling=20)
                latencies.append(time.perf_counter() - t0)
                if f"area=PC4-{code}" not in page.url:
                    errors.append(f"session {index}: URL {page.url} after {code}")
            except Exception as exc:  # noqa: BLE001 - a failed interaction is a measured error
                errors.append(f"session {index}: {type(exc).__name__}: {str(exc)[:120]}")
        if keep_open is not None:
            await keep_open.wait()
    except Exception as exc:  # noqa: BLE001
        errors.append(f"session {index} could not start: {type(exc).__name__}: {str(exc)[:120]}")
    finally:
        await context.close()


async def run_sessions(url: str, sessions: int = 25, interactions: int = 20, hold=None) -> dict:
    """Run `sessions` concurrent users; `hold` (async callable) runs once all are open, e.g. to
    read memory or kill a replica mid-run."""
    from playwright.async_api import async_playwright

    latencies: list[float] = []
    errors: list[str] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        gate = asyncio.Event()
        keep = asyncio.Event() if hold else None
        tasks = [asyncio.create_task(_session(browser, url, i, interactions, latencies, errors, gate, keep))
                 for i in range(sessions)]
        await asyncio.sleep(1)
        # Let the sessions open (each loads the page once), then start interacting together.
        deadline = time.time() + 300
        while time.time() < deadline and not all(t.done() for t in tasks):
            await asyncio.sleep(2)
            opened = sum(1 for t in tasks if not t.done())
            if opened == sessions or time.time() > deadline - 200:
                break
        started = time.perf_counter()
        gate.set()
        hold_result = None
        if hold:
            hold_result = await hold()
        if keep:
            # Wait for the interactions, then release the sessions.
            while sum(1 for _ in latencies) + len(errors) < sessions * interactions and time.perf_counter() - started < 900:
                await asyncio.sleep(1)
            keep.set()
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - started
        await browser.close()
    return {"sessions": sessions, "interactions": interactions, "latencies": latencies, "errors": errors,
            "wall": wall, "hold": hold_result, **describe(latencies)}


def describe(values: list[float]) -> dict:
    if not values:
        return {"n": 0, "p50": float("nan"), "p95": float("nan"), "max": float("nan")}
    ordered = sorted(values)
    return {"n": len(values), "p50": statistics.median(ordered),
            "p95": ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))], "max": ordered[-1]}
