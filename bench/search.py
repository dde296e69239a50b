"""`python -m bench.search`: what search costs (issue 28).

- server time per query of `core.search.find` over the real-query table of tests/test_search.py
  (plus prefixes of each, as a person types), median and p95 over many rounds;
- bytes per rerun of Mijn buurt when a resident searches (websocket, browserless visitor);
- the resident journey under load: N visitors typing postcodes, places and names on one process.

    python -m bench.search                                # this checkout: starts its own server
    python -m bench.search --url http://127.0.0.1:8501 --box-key area_search --queries postcodes
                                                          # another server (an older checkout's box)
Writes bench/search.md (or --out).
"""
from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import visitors as vs  # noqa: E402
from bench.reports import with_previous  # noqa: E402
from bench.load import describe  # noqa: E402

RESIDENT_QUERIES = ["3072 AP", "Den Haag", "Voorburg", "Utrecht Centrum", "Rotterdam Oude Noorden", "9711",
                    "Amsterdm", "Sneek", "1011AB", "Den Bosch", "Groningen", "Hengelo", "5611 AB", "Nootdorp"]
# More of what people type, timed only: Frisian and Dutch names, typos, codes, ambiguous names.
TIMED_EXTRA = ["Zuidwest-Friesland", "Ljouwert", "Tietjerksteradeel", "Rosmalen", "Vinkeveen", "Centrum",
               "Amsterdam Burgwallen", "Den Haag Centrum", "Schiedam Kethel", "Utrect", "Eindhovn", "Nijmegne",
               "gm0363", "bu06060501", "pc4-1011", "3072-AP", "Oude Noorden Rotterdam", "xqzvbn", "Bergen"]


def query_times(rounds: int = 30) -> dict:
    """Milliseconds per `find` on the real index, every query and its prefixes (a person typing)."""
    from core import config, queries, search
    from core.db import open_readonly
    con = open_readonly(config.db_path())
    index = search.build_index(queries.search_index(con), queries.places(con), queries.aliases(con),
                               queries.pc4_buurten(con))
    table = RESIDENT_QUERIES + TIMED_EXTRA
    texts = table + [q[:n] for q in table for n in range(3, len(q), 3)]
    times = []
    for _ in range(rounds):
        for q in texts:
            t0 = time.perf_counter()
            search.find(index, q)
            times.append((time.perf_counter() - t0) * 1000)
    con.close()
    times.sort()
    return {"queries": len(texts), "runs": len(times), "p50": statistics.median(times),
            "p95": times[int(0.95 * len(times))], "max": times[-1]}


LISTING = ["Centrum", "Voorburg", "Bergen", "Sneek", "Amsterdam Burgwallen"]  # answered with a short list
OPENING = ["3072 AP", "Den Haag", "9711", "Rotterdam Oude Noorden", "Amsterdm"]  # answered with an area


async def bytes_per_search(url: str, key: str, queries: list[str]) -> dict:
    """Bytes the browser receives for one search: answered with a list of candidates, and
    answered by opening an area (then the area's page itself travels: its charts and map)."""
    out = {}
    for kind, texts in (("list", LISTING), ("open", OPENING)):
        v = vs.Visitor(url, "bytes")
        await v.connect()
        sizes = []
        try:
            await v.open("buurt", "area=PC4-1011")
            for q in texts if key == "buurt_q" else [t for t in texts if t[:4].isdigit()] or texts[:1]:
                before = v.bytes_in
                outcome = await v.type_into(key, q, "buurt: search")
                if outcome.seconds is not None:
                    sizes.append(v.bytes_in - before)
        finally:
            await v.close()
        out[kind] = {"reruns": len(sizes), "median_kb": statistics.median(sizes) / 1000 if sizes else float("nan"),
                     "max_kb": max(sizes) / 1000 if sizes else float("nan")}
    return out


async def residents(url: str, key: str, visitors: int, queries: list[str], steps: int = 6) -> dict:
    """`visitors` residents arriving over 20 s, each opening Mijn buurt and searching `steps - 1` times."""
    outcomes: list[vs.Outcome] = []

    async def one(i: int):
        await asyncio.sleep(20 * i / visitors)
        rng = random.Random(i)
        v = vs.Visitor(url, f"resident-{i}", address=vs.own_address(i))
        try:
            await v.connect()
            outcomes.append(await v.open("buurt", "area=PC4-1011"))
            for _ in range(steps - 1):
                await asyncio.sleep(rng.uniform(5, 15))
                outcomes.append(await v.type_into(key, rng.choice(queries), "buurt: search"))
        except Exception as exc:  # noqa: BLE001
            outcomes.append(vs.Outcome("connect", None, str(exc)[:80]))
        finally:
            await v.close()

    await asyncio.gather(*(one(i) for i in range(visitors)))
    searches = [o.seconds for o in outcomes if o.seconds is not None and o.action == "buurt: search"]
    return {"visitors": visitors, **describe(searches), "errors": sum(1 for o in outcomes if o.seconds is None)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search")
    parser.add_argument("--url", help="a running server (loopback) instead of starting this checkout's")
    parser.add_argument("--box-key", default="buurt_q", help="the search box's widget key (older checkouts: area_search)")
    parser.add_argument("--queries", choices=("residents", "postcodes"), default="residents",
                        help="what residents type: postcodes, places and names, or 4-digit postcodes only")
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--skip-times", action="store_true", help="no query timing (another checkout's server)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "search.md"))
    args = parser.parse_args(argv)
    queries = RESIDENT_QUERIES if args.queries == "residents" else vs.POSTCODES
    lines = ["# Search: what it costs (issue 28)", "",
             "Measured by `python -m bench.search` on this machine (2 cores; the load generator on the same cores).", ""]
    if not args.skip_times:
        q = query_times()
        lines += [f"- **Server time per query** (`core.search.find`, {q['queries']} texts: what residents type (bench.search) "
                  f"and the prefixes of each, as typed, {q['runs']} runs): median **{q['p50']:.2f} ms**, "
                  f"p95 **{q['p95']:.2f} ms**, max {q['max']:.1f} ms (goal: median under 10 ms, p95 under 30 ms)."]
        print(lines[-1], flush=True)
    proc = None
    url = args.url
    if url is None:
        from bench.capacity import _warm, start_one
        from core import config
        proc, url, _ = start_one(config.db_path())
        asyncio.run(_warm(url))
    try:
        b = asyncio.run(bytes_per_search(url, args.box_key, queries))
        lines.append(f"- **Bytes per search** on Mijn buurt (websocket, from an open area): answered with a list of "
                     f"candidates median **{b['list']['median_kb']:.1f} kB** (max {b['list']['max_kb']:.1f} kB, "
                     f"{b['list']['reruns']} searches); answered by opening an area, which sends that area's page "
                     f"(charts, map), median {b['open']['median_kb']:.0f} kB (max {b['open']['max_kb']:.0f} kB, "
                     f"{b['open']['reruns']} searches).")
        print(lines[-1], flush=True)
        r = asyncio.run(residents(url, args.box_key, args.visitors, queries))
        lines.append(f"- **{r['visitors']} residents on one process** (each opens Mijn buurt and searches five times, "
                     f"5–15 s apart, arriving over 20 s): search p50 **{r['p50']:.2f} s**, p95 **{r['p95']:.2f} s**, "
                     f"{r['errors']} errors.")
        print(lines[-1], flush=True)
    finally:
        if proc is not None:
            from bench.capacity import stop
            stop(proc)
    text = "\n".join(lines) + "\n"
    if args.out:
        out = Path(args.out)  # the run before stays beside the new one (bench/reports.py)
        out.write_text(with_previous(text, out.read_text() if out.exists() else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
