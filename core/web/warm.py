"""Warm the shared caches once per process, in the background, so the first visitors after a
deploy do not each pay for them (issue 14).

Streamlit has no start-up hook: the first page view of a process starts this (once, through
`st.cache_resource`), on a thread of its own, while that page renders as usual. It computes
what most first views need: the search index and area labels, both series and the official
trends, the static map files, and the deck specs of each level's national map.
"""
from __future__ import annotations

import gc
import json
import os
import threading
import time
from pathlib import Path

import streamlit as st
from streamlit.logger import get_logger


from core import caching, map_views, queries, search, weighting

log = get_logger("leefbaarometer.warm")  # Streamlit's own log format and --logger.level
# Start after the first page has had time to draw: the warm-up shares the interpreter (and its
# lock) with the sessions, and the visitor who triggered it should not wait for it.
DELAY_S = 3.0
LEVELS = ("gemeente", "wijk", "buurt", "pc4")


def warm_up() -> dict[str, float]:
    """Compute the common cached values; returns seconds per step (also logged)."""
    steps: dict[str, float] = {}

    def step(name, fn):
        t0 = time.perf_counter()
        fn()
        steps[name] = round(time.perf_counter() - t0, 2)

    step("search index", search.search_index)
    step("area labels", lambda: [search.area_labels(lang) for lang in ("nl", "en")])
    step("series", lambda: [queries.series(level) for level in queries.SERIES_LEVELS])
    step("national trend", weighting.derived_trend)
    # Every gemeente's own trend, in one pass: Vergelijken's choices are new combinations almost
    # every time, and each gemeente met for the first time cost its computation inside a visitor's
    # action (issue 32); each gemeente's part is then a cheap slice of this.
    step("gemeente trends", lambda: weighting.every_gemeente_trend())
    step("map files", map_views.static_urls)
    latest = {level: max(queries.years_of(level)) for level in LEVELS}
    step("map views", lambda: [map_views.deck(level, latest[level], "afw", "official", lang)
                               for level in LEVELS for lang in ("nl", "en")])
    return steps


@st.cache_resource(show_spinner=False)
def _started(db_key) -> dict:
    """Once per process and database version: start the warm-up thread; its result lands here."""
    result: dict = {"started": time.time()}

    def run():
        time.sleep(DELAY_S)
        t0 = time.perf_counter()
        try:
            result["steps"] = warm_up()
        except Exception:  # noqa: BLE001 - warming is an optimisation; a page computes what it needs itself
            log.exception("warm-up failed")
        result["seconds"] = round(time.perf_counter() - t0, 1)
        # The caches now hold most of the process's objects, for its whole life: move them out
        # of the collector's way, so that a full collection (which holds the interpreter lock
        # for every session) walks only what came since (issue 15).
        gc.freeze()
        result["frozen"] = gc.get_freeze_count()
        log.warning("caches warm in %.1f s: %s; %d objects frozen", result["seconds"], result.get("steps"),
                    result["frozen"])
        mark_done(result)

    threading.Thread(target=run, name="warm-up", daemon=True).start()
    return result


def mark_done(result: dict) -> None:
    """Leave `<LBM_WARM_DONE_DIR>/<pid>.json` when the warm-up has finished (issue 32): a load test
    waits for it, so that it measures serving, not a warm-up still running beside the load."""
    folder = os.environ.get("LBM_WARM_DONE_DIR")
    if folder:
        try:
            (Path(folder) / f"{os.getpid()}.json").write_text(json.dumps(result, default=str))
        except OSError:
            log.warning("could not mark the warm-up done in %s", folder)


def start_once() -> dict:
    """Start the background warm-up if this process has not yet (a no-op on later page views)."""
    try:
        return _started(caching.db_key())
    except Exception:  # noqa: BLE001 - never let warming stop a page
        return {}
