"""`python -m bench.first_visit`: what a phone's first and returning visit cost through the
deployment (issue 32): bytes on the wire and the wait on a slow mobile connection.

Starts `deploy/serve_many.sh` with one replica, then opens Mijn buurt and Kaart in Chromium:
- straight from the replica (Streamlit as it is: no compression) and through nginx;
- a first visit (an empty cache) and a returning one (the same browser, a new tab);
- a first visit through nginx on a simulated mobile connection (10 Mbit/s down, 5 up, 40 ms):
  the time until the area's class and sentence are on screen, and until the page is complete.
Bytes are as the browser's network layer counts them (compressed, with headers), plus the
websocket frames. Writes bench/first_visit.md; `make bench` runs it.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.replicas import start_replicas  # noqa: E402
from bench.reports import with_previous  # noqa: E402
from core import config  # noqa: E402
from devtools.browser import PHONE_AGENT, chromium, wait_maps_drawn, wait_rendered  # noqa: E402

VIEWS = {"Mijn buurt": "buurt?area=PC4-1011", "Kaart": "kaart"}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "user_agent": PHONE_AGENT}
MOBILE = {"offline": False, "latency": 40, "downloadThroughput": 10e6 / 8, "uploadThroughput": 5e6 / 8}
# The searched area's class badge and its sentence, the first things a resident reads.
ANSWER_JS = """() => { const texts = [...document.querySelectorAll('[data-testid="stMarkdown"]')].map(e => e.innerText);
  return texts.some(t => /naar schatting/.test(t)) && texts.some(t => /^[1-9] · /.test(t)); }"""
TARGETS = {"first": 4.0, "returning": 0.3, "answer_s": 5.0}  # issue 32: MB, MB, seconds at 10 Mbit/s


def _metered(page) -> dict:
    """Count the bytes this tab receives: HTTP as encoded on the wire, and websocket frames."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    got = {"http": 0, "ws": 0, "requests": 0}

    def finished(e):
        got["http"] += e.get("encodedDataLength", 0)
        got["requests"] += 1

    def frame(e):
        got["ws"] += len(e["response"].get("payloadData", ""))

    cdp.on("Network.loadingFinished", finished)
    cdp.on("Network.webSocketFrameReceived", frame)
    return {"cdp": cdp, "got": got}


def _visit(context, url: str, slow: bool = False) -> dict:
    page = context.new_page()
    meter = _metered(page)
    if slow:
        meter["cdp"].send("Network.emulateNetworkConditions", MOBILE)
    start = time.perf_counter()
    page.goto(url, timeout=180000)
    answer = None
    if "buurt" in url:
        page.wait_for_function(ANSWER_JS, timeout=180000, polling=50)
        answer = time.perf_counter() - start
    wait_rendered(page, timeout_ms=180000)
    if page.locator('[data-testid="stDeckGlJsonChart"]').count():
        wait_maps_drawn(page, timeout_s=180)
    page.wait_for_load_state("networkidle", timeout=180000)
    done = time.perf_counter() - start
    got = dict(meter["got"])
    page.close()
    return {"http_mb": got["http"] / 1e6, "ws_mb": got["ws"] / 1e6, "requests": got["requests"],
            "answer_s": answer, "done_s": done}


def measure(direct: str, proxied: str) -> dict:
    out = {}
    with chromium() as browser:
        for name, path in VIEWS.items():
            for route, base in (("Streamlit alone", direct), ("nginx", proxied)):
                context = browser.new_context(**PHONE)
                first = _visit(context, f"{base}/{path}")
                again = _visit(context, f"{base}/{path}")
                context.close()
                out[(name, route)] = {"first": first, "returning": again}
                print(f"{name:10s} {route:16s} first {first['http_mb']:.2f} MB http + {first['ws_mb']:.2f} MB ws, "
                      f"returning {again['http_mb']:.2f} + {again['ws_mb']:.2f} MB", flush=True)
            context = browser.new_context(**PHONE)
            slow = _visit(context, f"{proxied}/{path}", slow=True)
            context.close()
            out[(name, "slow")] = slow
            print(f"{name:10s} 10 Mbit/s 40 ms  answer {slow['answer_s'] or 0:.1f} s, complete {slow['done_s']:.1f} s",
                  flush=True)
    return out


def report(results: dict) -> str:
    lines = ["# A phone's first visit (issue 32)", "",
             f"`python -m bench.first_visit`, {time.strftime('%Y-%m-%d %H:%M')}, on this machine: one replica behind "
             "`deploy/serve_many.sh`'s nginx, Chromium at 390 × 844. Bytes as the browser's network layer counts "
             "them (compressed, headers included) plus the websocket frames. Targets (issue 32): a first visit of "
             f"Mijn buurt ≤ {TARGETS['first']:g} MB, a returning one ≤ {TARGETS['returning']:g} MB, and at 10 Mbit/s "
             f"the class and sentence on screen within {TARGETS['answer_s']:g} s.", "",
             "| view | served by | first visit: HTTP | websocket | requests | returning: HTTP | websocket |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for (name, route), r in results.items():
        if route == "slow":
            continue
        f, a = r["first"], r["returning"]
        lines.append(f"| {name} | {route} | {f['http_mb']:.2f} MB | {f['ws_mb']:.2f} MB | {f['requests']} | "
                     f"{a['http_mb']:.2f} MB | {a['ws_mb']:.2f} MB |")
    lines += ["", "On a simulated mobile connection (10 Mbit/s down, 5 Mbit/s up, 40 ms), first visit through nginx:", "",
              "| view | class and sentence on screen | page complete |", "|---|---:|---:|"]
    for (name, route), r in results.items():
        if route == "slow":
            answer = f"{r['answer_s']:.1f} s" if r["answer_s"] else "–"
            lines.append(f"| {name} | {answer} | {r['done_s']:.1f} s |")
    return "\n".join(lines) + "\n"


def main() -> int:
    proc, port, run = start_replicas(1, config.db_path())
    try:
        replica = int((run / "replica-1.pid").read_text())
        direct_port = next(int(line.split("--server.port")[1].split()[0]) for line in
                           [Path(f"/proc/{replica}/cmdline").read_text().replace("\0", " ")])
        results = measure(f"http://127.0.0.1:{direct_port}", f"http://127.0.0.1:{port}")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    out = ROOT / "bench" / "first_visit.md"
    text = with_previous(report(results), out.read_text() if out.exists() else "")
    out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
