"""`python -m bench.limits`: the per-client limits of the nginx deployment against real bursts
and against a flood (issue 27).

Starts `deploy/serve_many.sh` with one replica (or uses `--url`, a running nginx on loopback)
and measures, with the browserless visitors of bench.visitors:
- a crowd: 100 people, each from an address of their own, arriving within 20 s;
- a school class: 60 pupils behind one address, arriving within 20 s, each opening the app
  (page load and websocket) and acting twice;
- a flood from one address: 300 websockets opened as fast as possible, and 300 page loads.
Real visitors must meet no limit; the flood must. Writes bench/limits.md.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import visitors as vs  # noqa: E402
from bench.reports import with_previous  # noqa: E402

ONE_ADDRESS = "127.2.0.9"


def refused(outcomes: list[vs.Outcome]) -> int:
    return sum(1 for o in outcomes if o.seconds is None and "429" in o.error)


async def _page_load(url: str, address: str) -> int:
    """One page load from `address` (the HTML only): its HTTP status."""
    def get() -> int:
        import http.client
        from urllib.parse import urlsplit
        parts = urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(address, 0))
        try:
            conn.request("GET", "/")
            return conn.getresponse().status
        finally:
            conn.close()
    return await asyncio.to_thread(get)


async def school_class(url: str, pupils: int = 60, ramp_s: float = 20.0) -> dict:
    """Each pupil loads the page, then opens a session and acts: all from one address."""
    statuses: list[int] = []

    async def pupil(i: int) -> list[vs.Outcome]:
        await asyncio.sleep(ramp_s * i / pupils)
        statuses.append(await _page_load(url, ONE_ADDRESS))
        return []

    await asyncio.gather(*(pupil(i) for i in range(pupils)))
    outcomes = await vs.crowd(url, pupils, steps=3, think_s=(2.0, 6.0), ramp_s=ramp_s, max_seconds=120,
                              journeys=("citizen", "map"), addresses=ONE_ADDRESS)
    return {"pages_refused": sum(1 for s in statuses if s == 429), "pages": len(statuses),
            "sessions_refused": refused(outcomes), "actions": len(outcomes),
            "errors": sum(1 for o in outcomes if o.seconds is None)}


async def crowd(url: str, people: int = 100, ramp_s: float = 20.0) -> dict:
    outcomes = await vs.crowd(url, people, steps=2, think_s=(2.0, 6.0), ramp_s=ramp_s, max_seconds=150,
                              addresses="own")
    return {"sessions_refused": refused(outcomes), "actions": len(outcomes),
            "errors": sum(1 for o in outcomes if o.seconds is None)}


async def flood(url: str, n: int = 300) -> dict:
    """One address opening websockets (and loading the page) as fast as it can; each socket is
    closed again at once, so only the rate limit can refuse it."""
    import websockets

    from urllib.parse import urlsplit
    ws_url = f"ws://{urlsplit(url).netloc}/_stcore/stream"
    opened = refused_ws = 0
    started = time.monotonic()
    for _ in range(n):
        try:
            ws = await websockets.connect(ws_url, subprotocols=["streamlit"], open_timeout=30,
                                          local_addr=(ONE_ADDRESS, 0))
            opened += 1
            await ws.close()
        except websockets.exceptions.InvalidStatus as exc:
            refused_ws += exc.response.status_code == 429
    ws_seconds = time.monotonic() - started
    statuses = [await _page_load(url, ONE_ADDRESS) for _ in range(n)]
    return {"sockets": n, "sockets_opened": opened, "sockets_refused": refused_ws, "socket_seconds": ws_seconds,
            "pages": n, "pages_refused": sum(1 for s in statuses if s == 429)}


def report(results: dict) -> str:
    c, k, f = results["crowd"], results["class"], results["flood"]
    return "\n".join([
        "# Per-client limits against real bursts and a flood (issue 27)", "",
        "Measured by `python -m bench.limits` through the nginx of `make serve-many` (one replica) on this machine; "
        "the limits are in `deploy/nginx/limits.conf.template` and the two `limits-*.conf` files: page loads 5 per "
        "second per address with a burst of 100, new sessions (websockets) 2 per second with a burst of 60, at most "
        "100 open at once. Every visitor is a browserless Streamlit client (bench/visitors.py) connecting from a "
        "loopback address of its own, or all from one for the class and the flood.", "",
        "| who | what | refused by a limit | other errors |",
        "|---|---|---|---|",
        f"| 100 people, each their own address, within 20 s | {c['actions']} actions | {c['sessions_refused']} | "
        f"{c['errors'] - c['sessions_refused']} |",
        f"| a class of 60 behind one address, within 20 s | {k['pages']} page loads, {k['actions']} actions | "
        f"{k['pages_refused']} page loads, {k['sessions_refused']} sessions | {k['errors'] - k['sessions_refused']} |",
        f"| a flood from one address | {f['sockets']} websockets in {f['socket_seconds']:.1f} s | "
        f"{f['sockets_refused']} websockets | – |",
        f"| a flood from one address | {f['pages']} page loads | {f['pages_refused']} page loads | – |",
        "", "Real bursts meet no limit; the flood is cut after its burst allowance. A larger school (more than 60 "
        "sessions opened within half a minute from one address) would see some refused and succeed on reload a "
        "few seconds later; raise `burst` in `deploy/nginx/limits-sessions.conf` for such a site.", ""])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.limits")
    parser.add_argument("--url", help="a running nginx of the deployment (loopback only)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "limits.md"))
    args = parser.parse_args(argv)
    proc = None
    if args.url:
        vs.check_loopback(args.url)
        url = args.url
    else:
        from bench.capacity import start_three
        from core import config
        proc, url, _, _ = start_three(config.db_path(), 1)
    try:
        results = {"crowd": asyncio.run(crowd(url)), "class": asyncio.run(school_class(url))}
        results["flood"] = asyncio.run(flood(url))  # last: it leaves the address's allowance spent
    finally:
        if proc is not None:
            from bench.capacity import stop
            stop(proc)
    text = report(results)
    print(text)
    if args.out:
        out = Path(args.out)  # the run before stays beside the new one (bench/reports.py)
        out.write_text(with_previous(text, out.read_text() if out.exists() else ""))
    real_refused = results["crowd"]["sessions_refused"] + results["class"]["sessions_refused"] + \
        results["class"]["pages_refused"]
    return 1 if real_refused else 0


if __name__ == "__main__":
    raise SystemExit(main())
