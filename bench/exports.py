"""`python -m bench.exports`: how long a presenter and a policy officer wait for their files (issue 18).

In a real browser against a real server, as the user does it: ten views queued in one
session, then the click on "Download als presentatie (.pptx)" until the file has arrived; the
same for the gemeente profile. Then every one of the 342 gemeente profiles is built in both
languages (without the Chromium-drawn charts, which the timed downloads include) and its page
count checked with poppler, so "any gemeente" is a measurement, not a hope.
Prints the figures and writes bench/exports.md.
"""
from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reports import with_previous  # noqa: E402

from devtools.browser import chromium, streamlit_server, wait_rendered  # noqa: E402

# Ten distinct views reachable within one session: seven pages, then three again in the
# colour-blind palette (a different view: the palette is part of its link).
PAGES = ["Start", "Mijn buurt", "Gemeenten vergelijken", "Kaart", "Signalen", "Thema's", "Over de data"]
AGAIN = ["Start", "Kaart", "Signalen"]


def _nav(page, name: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name, exact=True).click()
    wait_rendered(page)


def _timed_download(page, button: str) -> tuple[float, bytes]:
    target = page.get_by_role("button", name=button).first
    target.scroll_into_view_if_needed()
    started = time.perf_counter()
    with page.expect_download(timeout=180000) as info:
        target.click()
    data = open(info.value.path(), "rb").read()
    return time.perf_counter() - started, data


def deck_download(url: str, repeats: int) -> dict:
    from pptx import Presentation
    times, slides = [], 0
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.goto(url)
        wait_rendered(page)
        for name in PAGES:
            _nav(page, name)
            page.get_by_role("button", name="Zet deze weergave in de presentatie").click()
            wait_rendered(page)
        page.get_by_test_id("stRadioGroup").get_by_text("Kleurenblind-vriendelijk").click()
        wait_rendered(page)
        for name in AGAIN:
            _nav(page, name)
            page.get_by_role("button", name="Zet deze weergave in de presentatie").click()
            wait_rendered(page)
        for _ in range(repeats):
            seconds, data = _timed_download(page, "Download als presentatie (.pptx)")
            times.append(seconds)
            slides = len(Presentation(io.BytesIO(data)).slides)
    return {"views": len(PAGES) + len(AGAIN), "slides": slides, "times": times}


def profile_downloads(url: str, codes: list[str]) -> dict:
    times = {}
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        for code in codes:
            page.goto(f"{url}/vergelijk?gm={code}")
            wait_rendered(page)
            for lang, label in (("nl", "Download profiel (Nederlands)"), ("en", "Download profiel (Engels)")):
                times[(code, lang)], _ = _timed_download(page, label)
    return times


def all_profiles(db: Path) -> dict:
    """Every gemeente in both languages, charts left out (LBM_CHROMIUM points nowhere)."""
    os.environ["LBM_DB"], os.environ["LBM_CHROMIUM"] = str(db), "/nonexistent"
    from core.exports import profile_pdf
    from core import compare, gemeente_profile, queries
    codes = compare.gemeenten_in(max(queries.years_of("buurt")))["code"].tolist()
    pages, failures, started = {}, [], time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("nl", "en"):
            names = {r.source_id: f"{r.publisher}, {r.title}" for r in queries.sources(lang).itertuples()}
            for code in codes:
                try:
                    data = profile_pdf.build(gemeente_profile.profile_of(code), lang, names)
                except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
                    failures.append(f"{code} {lang}: {type(exc).__name__}: {exc}")
                    continue
                pdf = Path(tmp) / "p.pdf"
                pdf.write_bytes(data)
                info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
                n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
                pages[n] = pages.get(n, 0) + 1
    return {"gemeenten": len(codes), "pages": pages, "failures": failures,
            "seconds_each": (time.perf_counter() - started) / (2 * len(codes))}


def report(deck: dict, profiles: dict, everyone: dict) -> str:
    lines = ["# Briefing exports (issue 18)", "",
             "Measured by `python -m bench.exports` in Debian's Chromium against a real server on this machine (2 cores): "
             "from the click on the download button until the file has arrived. Target: a queue of 10 views "
             "exports in under 15 s.", "",
             "| export | runs | median s | max s |", "|---|---|---|---|"]
    t = deck["times"]
    lines.append(f"| slide deck, {deck['views']} queued views ({deck['slides']} slides) | {len(t)} | "
                 f"{statistics.median(t):.1f} | {max(t):.1f} |")
    p = list(profiles.values())
    lines.append(f"| gemeente profile PDF with its two charts ({len(p)} downloads, {len(p) // 2} gemeenten × nl/en) | "
                 f"{len(p)} | {statistics.median(p):.1f} | {max(p):.1f} |")
    lines += ["", f"Every gemeente: {everyone['gemeenten']} gemeenten × 2 languages built without the Chromium-drawn "
              f"charts in {everyone['seconds_each']:.2f} s each; pages per PDF: "
              + ", ".join(f"{n} page(s): {c}" for n, c in sorted(everyone["pages"].items()))
              + f"; failures: {len(everyone['failures'])}."]
    lines += [f"- {f}" for f in everyone["failures"][:20]]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.exports")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "exports.md"))
    args = parser.parse_args(argv)
    from core import config
    db = config.db_path()
    with streamlit_server(db) as url:
        deck = deck_download(url, args.repeats)
        profiles = profile_downloads(url, ["GM0363", "GM0088", "GM1900"])
    everyone = all_profiles(db)
    text = report(deck, profiles, everyone)
    print(text)
    out = Path(args.out)  # the run before stays beside the new one (bench/reports.py)
    out.write_text(with_previous(text, out.read_text() if out.exists() else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
