"""`python -m bench`: the speed of the app, measured the same way every time.

Prints a table and writes bench/results.md (quoted in the README): build, queries, page loads
against a one-map floor app, interactions and bytes per view. Capacity under many visitors is
`python -m bench.capacity` (it replaced the old 25-browser load test). Targets from issue 10 are
reported next to the figures, never asserted: a benchmark informs, tests decide.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import describe  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from bench.reports import with_previous  # noqa: E402
from core import config, queries  # noqa: E402
from etl import build  # noqa: E402
from core.db import open_readonly  # noqa: E402
from devtools.browser import READY_JS, chromium, free_port, map_pixels, timed_rerun, wait_maps_drawn  # noqa: E402

PAGES = {
    "start": "", "buurt": "buurt?area=PC4-1011", "vergelijk": "vergelijk?gm=GM0363,GM0599",
    "kaart (gemeente)": "kaart", "kaart (buurt)": "kaart?level=buurt", "kaart (wijk)": "kaart?level=wijk",
    "buurt (wijk)": "buurt?area=WK036300", "signalen": "signalen",
    "themas": "themas?ind=crime_per_1000&level=buurt&measure=onv", "over": "over",
}
# Everything drawn: the script finished, and every chart and map has its SVG or canvas.
DRAWN_JS = """() => {
  const ready = (""" + READY_JS + """)();
  if (!ready) return false;
  const plots = [...document.querySelectorAll('.stPlotlyChart')];
  const decks = [...document.querySelectorAll('[data-testid="stDeckGlJsonChart"]')];
  return plots.every(p => p.querySelector('.main-svg')) && decks.every(d => d.querySelector('canvas'));
}"""


def rss_mb(pid: int) -> float:
    total = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def start_server(script: str, db: Path, port: int) -> tuple[subprocess.Popen, float]:
    """Start streamlit and return it with the seconds until /_stcore/health answered."""
    import urllib.request
    env = {**os.environ, "LBM_DB": str(db)}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
                             "--server.headless", "true", "--server.address", "127.0.0.1"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return proc, time.perf_counter() - t0
        except OSError:
            time.sleep(0.05)
        if time.perf_counter() - t0 > 120:
            raise RuntimeError("server did not start")


def page_loads(url: str, paths: dict[str, str], loads: int) -> dict[str, dict]:
    """Seconds until each page is fully drawn, each load in a fresh tab."""
    out = {}
    with chromium() as browser:
        for name, path in paths.items():
            timings = []
            for _ in range(loads + 1):  # the first load warms the caches and is not counted
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                t0 = time.perf_counter()
                page.goto(f"{url}/{path}")
                page.wait_for_function(DRAWN_JS, timeout=120_000, polling=20)
                wait_maps_drawn(page)  # the canvas exists before deck.gl has drawn into it
                timings.append(time.perf_counter() - t0)
                page.close()
            out[name] = describe(timings[1:])
            print(f"  load {name:<18} median {out[name]['p50']:.2f} s  p95 {out[name]['p95']:.2f} s", flush=True)
    return out


INTERACTIONS = {
    "start": ("", lambda p: p.locator('[data-testid="stSidebar"] button', has_text="English").first.click()),
    "buurt": ("buurt?area=PC4-1011", None),
    "vergelijk": ("vergelijk?gm=GM0014,GM0034", lambda p: p.get_by_role("button", name="De G4").click()),
    "kaart (buurt)": ("kaart?level=buurt", "dim"),
    "kaart (wijk)": ("kaart?level=wijk", "dim"),
    # One step of the played years (issue 31: goal under 0.5 s per year); the step button reruns the
    # page, a playing map only its fragment, so this is the upper bound of a step.
    "kaart (wijk year)": ("kaart?level=wijk&year=2014", lambda p: p.get_by_role("button", name="Naar 2016").click()),
    "signalen": ("signalen", lambda p: p.get_by_role("button", name="Laatste stap (2020–2022)").click()),
    "themas": ("themas?ind=crime_per_1000&level=buurt", "measure"),
    "over": ("over", lambda p: p.locator('[data-testid="stSidebar"] button', has_text="English").first.click()),
}


DECK = '[data-testid="stDeckGlJsonChart"]'
REDRAWS_MAP = {"kaart (buurt)", "kaart (wijk)", "kaart (wijk year)"}  # interactions whose result is a different map
# (Mijn buurt opens on its part without a map since issue 32: another postcode redraws its charts.)


def interactions(url: str, repeats: int) -> dict[str, dict]:
    """One typical interaction per page, warm, `repeats` times."""
    out = {}
    with chromium() as browser:
        for name, (path, action) in INTERACTIONS.items():
            timings, lost = [], 0
            for i in range(repeats):
                try:
                    timings.append(_one_interaction(browser, url, name, path, action, i))
                except PlaywrightTimeout:  # reported as lost, not a stopped bench (a missed rerun of a
                    lost += 1               # fast fragment, a busy machine); the other pages still count
            out[name] = {**describe(timings), "lost": lost}
            print(f"  interaction {name:<14} median {out[name]['p50']:.2f} s  p95 {out[name]['p95']:.2f} s"
                  + (f"  ({lost} lost)" if lost else ""), flush=True)
    return out


def _one_interaction(browser, url: str, name: str, path: str, action, i: int) -> float:
    """One interaction in a fresh tab: seconds from the action until its result is on screen."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{url}/{path}")
        page.wait_for_function(DRAWN_JS, timeout=120_000, polling=50)
        wait_maps_drawn(page)
        redraws = name in REDRAWS_MAP
        before = [map_pixels(page, k) for k in range(page.locator(DECK).count())] if redraws else None
        if action is None:  # Mijn buurt: pick another postcode in the search box
            box = page.locator('[data-testid="stTextInput"] input').first
            box.click()
            box.fill(["3072", "9711", "2525"][i % 3])
            page.wait_for_timeout(200)
            act = (lambda b=box: b.press("Enter"))
        elif isinstance(action, str):  # change the second choice of a select box
            box = page.locator('[data-testid="stSelectbox"]').nth(0 if action == "dim" else 3)
            # As a keyboard user: type the dimension's name, then Enter (timed). A click into the
            # list missed once the map's screenshot had scrolled the page (the list closed).
            field = box.locator("input")
            field.click()
            label = ["Voorzieningen", "Sociale samenhang"][i % 2]
            field.fill(label)
            page.locator('[role="option"]', has_text=label).first.wait_for(timeout=30_000)
            act = (lambda f=field: f.press("Enter"))
        else:
            act = (lambda a=action: a(page))
        t0 = time.perf_counter()
        timed_rerun(page, act)
        if redraws:  # done when the user sees the new map, not when the script ends
            wait_maps_drawn(page, before)
        seconds = time.perf_counter() - t0
        page.wait_for_function(DRAWN_JS, timeout=120_000, polling=50)
        return seconds
    finally:
        page.close()


def naive(source: Path, page: str):
    """What a page would cost if it read the open data with pandas on every rerun."""
    lbm = source / "leefbaarometer"
    if page in ("buurt", "signalen"):
        df = pd.read_csv(lbm / "lbm3_pc4_2002_2022.csv", na_values=["NA"])
        with open(source / "boundaries" / "pc4_2018.geojson") as fh:  # the page's map needs outlines
            outlines = pd.json_normalize(json.load(fh)["features"])
        return (df[df["PC4"] == 1011] if page == "buurt" else df), outlines
    if page in ("kaart (buurt)", "themas", "start", "vergelijk"):
        frames = []
        for path in sorted(glob.glob(str(lbm / "lbm3_2024_buurten_pv*.geojson"))):
            with open(path) as fh:
                frames.append(pd.json_normalize(json.load(fh)["features"]))
        out = pd.concat(frames)
        if page in ("themas", "start", "vergelijk"):
            hh = pd.read_csv(source / "cbs" / "kwb2024_buurt_households_85984NED_subset.csv")
            out = out.merge(hh, left_on="properties.code", right_on="WijkenEnBuurten", how="left")
        if page == "themas":
            crime = pd.read_csv(source / "cbs" / "crime_buurt_2024_47018NED.csv")
            out = out.merge(crime, left_on="properties.code", right_on="buurtcode", how="left")
        return out
    return None


MAIN_QUERIES = {
    "start": [("households_by_class", ("buurt", 2024))],
    "buurt": [("area", ("PC4-1011",)), ("scores_of", ("PC4-1011",)), ("neighbourhood", ("PC4-1011",))],
    "vergelijk": [("level_scores", ("gemeente", 2024)), ("level_scores", ("buurt", 2024))],
    "kaart (buurt)": [("map_data", ("buurt", 2024))],
    "signalen": [("pc4_series", ())],
    "themas": [("indicator_values", ("crime_per_1000", "buurt")), ("level_scores", ("buurt", 2024))],
    "over": [("sources", ()), ("coverage", ())],
}


def query_times(db: Path, source: Path, repeats: int = 5) -> dict[str, dict]:
    """Our query functions vs the same SQL on a bare connection vs naive pandas file reads."""
    con = open_readonly(db)
    bare = duckdb.connect(str(db), read_only=True)
    recorded: list[tuple[str, list]] = []
    original = queries._df

    def recording(c, sql, params=None):
        recorded.append((sql, params or []))
        return original(c, sql, params)

    out = {}
    for page, calls in MAIN_QUERIES.items():
        ours, raw = [], []
        for _ in range(repeats):
            recorded.clear()
            queries._df = recording
            t0 = time.perf_counter()
            for name, args in calls:
                getattr(queries, name)(con, *args)
            ours.append(time.perf_counter() - t0)
            queries._df = original
            t0 = time.perf_counter()
            for sql, params in recorded:
                bare.execute(sql, params).df()
            raw.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        naive(source, page)
        naive_s = time.perf_counter() - t0
        cached = cached_rerun(db, calls)
        out[page] = {"ours": statistics.median(ours), "raw": statistics.median(raw), "naive": naive_s,
                     "cached": cached}
        print(f"  query {page:<16} ours {1000 * out[page]['ours']:.1f} ms  raw {1000 * out[page]['raw']:.1f} ms"
              f"  cached {1000 * cached:.2f} ms  naive {1000 * naive_s:.0f} ms", flush=True)
    return out


def cached_rerun(db: Path, calls) -> float:
    """What a rerun pays for the same data in the app: a cache hit (core.caching)."""
    os.environ["LBM_DB"] = str(db)
    for name, args in calls:
        getattr(queries, name)(*args)
    timings = []
    for _ in range(5):
        t0 = time.perf_counter()
        for name, args in calls:
            getattr(queries, name)(*args)
        timings.append(time.perf_counter() - t0)
    return statistics.median(timings)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"))
    args = parser.parse_args(argv)
    source = config.source_dir()
    results: dict = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                     "cpus": os.cpu_count()}

    print("build", flush=True)
    tmp = Path(tempfile.mkdtemp()) / "bench.duckdb"
    summary = build(source, tmp, log=lambda m: None)
    results["build_s"], results["db_mb"] = summary["seconds"], summary["bytes"] / 1e6
    db = tmp

    print("queries", flush=True)
    results["queries"] = query_times(db, source)

    port, floor_port = free_port(), free_port()
    server, results["cold_start_s"] = start_server("app.py", db, port)
    floor, _ = start_server("bench/floor_app.py", db, floor_port)
    url, floor_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{floor_port}"
    try:
        results["rss_idle_mb"] = rss_mb(server.pid)
        print("page loads", flush=True)
        results["floor"] = page_loads(floor_url, {"floor plotly": "?kind=plotly", "floor pydeck": "?kind=pydeck"},
                                      args.loads)
        results["loads"] = page_loads(url, PAGES, args.loads)
        print("interactions", flush=True)
        results["interactions"] = interactions(url, 3)
        print("bytes per view", flush=True)
        from bench.bytes import bytes_per_view
        results["bytes"] = bytes_per_view(url)
    finally:
        for proc in (server, floor):
            proc.terminate()
            proc.wait(10)
    out = Path(args.out)  # the run before stays beside the new one (bench/reports.py)
    out.write_text(with_previous(report(results), out.read_text(encoding="utf-8") if out.exists() else ""),
                   encoding="utf-8")
    Path(args.out).with_suffix(".json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(report(results))
    return 0


def report(r: dict) -> str:
    floor_plotly = r["floor"]["floor plotly"]["p50"]
    floor_deck = r["floor"]["floor pydeck"]["p50"]
    lines = [
        f"# Benchmark results ({r['when']}, {r['cpus']} cores, headless Chromium with software WebGL)",
        "",
        "Made by `make bench` (`python -m bench`). Targets from issue 14 in brackets; reported, not asserted.",
        "",
        f"- Database build: **{r['build_s']:.1f} s**, size **{r['db_mb']:.1f} MB** [build < 60 s]",
        f"- Cold start until `/_stcore/health` answers: **{r['cold_start_s']:.1f} s**",
        f"- Server memory idle: **{r['rss_idle_mb']:.0f} MB**"
        + "",
        "",
        "## Page fully drawn (fresh tab, warm server; a map counts when its coloured areas are on screen)",
        "",
        "| page | median s | p95 s | × floor [≤ 1.3×; buurt map ≤ 1.2×, signalen ≤ 1.5×] |",
        "|---|---|---|---|",
        f"| floor: one Plotly chart | {floor_plotly:.2f} | {r['floor']['floor plotly']['p95']:.2f} | 1.0 |",
        f"| floor: one pydeck map | {floor_deck:.2f} | {r['floor']['floor pydeck']['p95']:.2f} | 1.0 |",
    ]
    for name, v in r["loads"].items():
        base = floor_deck if name.startswith(("kaart", "buurt", "signalen")) else floor_plotly
        lines.append(f"| {name} | {v['p50']:.2f} | {v['p95']:.2f} | {v['p50'] / base:.1f} |")
    lines += ["", "## A typical interaction, warm (action until the rerun has finished and, where the map changes, the new map is on screen) [median: map dimension or year ≤ 1.0 s, anything else ≤ 0.8 s]", "",
              "| page | interaction | median s | p95 s |", "|---|---|---|---|"]
    what = {"start": "switch language", "buurt": "pick another postcode", "vergelijk": "quick pick G4",
            "kaart (buurt)": "switch dimension", "kaart (wijk)": "switch dimension", "kaart (wijk year)": "step a year", "signalen": "last step 2020–2022", "themas": "switch measure",
            "over": "switch language"}
    for name, v in r["interactions"].items():
        lost = f" ({v['lost']} of the runs lost: no rerun seen within 30 s)" if v.get("lost") else ""
        lines.append(f"| {name} | {what[name]} | {v['p50']:.2f} | {v['p95']:.2f}{lost} |")
    if r.get("bytes"):
        from bench.bytes import table
        before_path = ROOT / "bench" / "bytes_before.json"
        before = json.loads(before_path.read_text()) if before_path.exists() else None
        lines += ["", "## Bytes to the browser per view and per rerun (issue 14: geometry as static files)", "",
                  "Fresh tab until every map is drawn; HTTP counts bodies as sent (compressed where the server "
                  "compresses). " + ("`before`: the same views on the last commit that sent geometry over the "
                                     "websocket (bench/bytes_before.json)." if before else ""), ""]
        lines += table(r["bytes"], before)
    lines += ["", "## Main queries of each page [≤ 2× raw DuckDB; ≥ 50× faster than reading the files per rerun]",
              "", "Uncached: our query function vs the same SQL on a bare connection. Per rerun the app pays only "
              "a cache hit (`st.cache_data`), which is what the speed-up compares with reading the source files "
              "with pandas on every rerun.", "",
              "| page | our function ms | bare DuckDB ms | overhead × | cached rerun ms | naive pandas ms | "
              "speed-up per rerun × | speed-up uncached × |", "|---|---|---|---|---|---|---|---|"]
    for name, v in r["queries"].items():
        naive_ms = "–" if v["naive"] < 1e-4 else f"{1000 * v['naive']:.0f}"
        speed = "–" if v["naive"] < 1e-4 else f"{v['naive'] / v['cached']:,.0f}"
        speed_u = "–" if v["naive"] < 1e-4 else f"{v['naive'] / v['ours']:.1f}"
        lines.append(f"| {name} | {1000 * v['ours']:.1f} | {1000 * v['raw']:.1f} | {v['ours'] / v['raw']:.2f} | "
                     f"{1000 * v['cached']:.2f} | {naive_ms} | {speed} | {speed_u} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
