"""What a map view costs the network: bytes over the websocket and over HTTP per view and per
rerun (issue 14). `python -m bench.bytes URL` measures a running server (say, an older
checkout for a before/after); `make bench` includes it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools.browser import chromium, map_pixels, timed_rerun, wait_maps_drawn, wait_rendered  # noqa: E402

VIEWS = {"kaart (gemeente)": "kaart", "kaart (buurt)": "kaart?level=buurt", "kaart (pc4)": "kaart?level=pc4",
         "kaart (wijk)": "kaart?level=wijk", "buurt": "buurt?area=PC4-1011", "signalen": "signalen"}
SWITCH = ("kaart (buurt)", "kaart?level=buurt")  # a rerun: another dimension on the buurt map


def _meter(page) -> dict:
    """Count bytes the browser receives: websocket frames and HTTP bodies (as sent, compressed)."""
    got = {"ws": 0, "http": 0, "geometry_http": 0}

    def frame(f):
        got["ws"] += len(f if isinstance(f, (str, bytes)) else f.get("payload", ""))

    def response(r):
        try:
            size = int(r.headers.get("content-length") or 0) or len(r.body())
        except Exception:  # noqa: BLE001 - a response without a body (redirect, 304) counts as nothing
            size = 0
        got["http"] += size
        if "/app/static/geo/" in r.url:
            got["geometry_http"] += size

    page.on("websocket", lambda ws: ws.on("framereceived", frame))
    page.on("response", response)
    return got


def bytes_per_view(url: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with chromium() as browser:
        for name, path in VIEWS.items():
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            got = _meter(page)
            page.goto(f"{url}/{path}")
            wait_rendered(page)
            if page.locator('[data-testid="stDeckGlJsonChart"]').count():
                wait_maps_drawn(page, timeout_s=120)
            out[name] = dict(got)
            if name == SWITCH[0]:
                before = [map_pixels(page)]
                for key in got:
                    got[key] = 0
                box = page.locator('[data-testid="stSelectbox"]').first
                timed_rerun(page, lambda: (box.click(), page.locator('[role="option"]').nth(5).click()))
                wait_maps_drawn(page, before, timeout_s=60)
                out["rerun: buurt map, another dimension"] = dict(got)
            page.close()
            print(f"  bytes {name:<22} websocket {out[name]['ws'] / 1e6:6.2f} MB  http {out[name]['http'] / 1e6:6.2f} MB",
                  flush=True)
    return out


def table(measured: dict[str, dict], before: dict[str, dict] | None = None) -> list[str]:
    lines = ["| view | websocket MB | HTTP MB (geometry) |" + (" before: websocket MB |" if before else ""),
             "|---|---|---|" + ("---|" if before else "")]
    for name, v in measured.items():
        row = f"| {name} | {v['ws'] / 1e6:.2f} | {v['http'] / 1e6:.2f} ({v['geometry_http'] / 1e6:.2f}) |"
        if before:
            b = before.get(name)
            row += f" {b['ws'] / 1e6:.2f} |" if b else " – |"
        lines.append(row)
    return lines


if __name__ == "__main__":
    result = bytes_per_view(sys.argv[1].rstrip("/"))
    print(json.dumps(result))
