"""Plotly figures as PNG on the server, for slides and the gemeente profile.

Kaleido drives Debian's Chromium (the one the browser tests use, never a downloaded browser),
with MathJax off so that it asks no CDN for anything. One browser starts per export and
renders all its figures; exports take turns per process, so a publication day's rush of
downloads queues instead of starting a Chromium per visitor on two cores.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import threading

import plotly.graph_objects as go

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
# One export at a time per process (re-entrant: an export's own chart drawing takes it again).
_one_export_at_a_time = threading.RLock()
_waiting = 0  # exports running or waiting for their turn, for the "busy" message
_count_lock = threading.Lock()
EXPORT_WAIT_S = 60.0  # an export that cannot start within this time gives up (ExportBusy)


class ImagesUnavailable(RuntimeError):
    """No browser to draw with, or it failed: callers say so instead of showing a traceback."""


class ExportBusy(RuntimeError):
    """Other exports kept the process busy for longer than EXPORT_WAIT_S."""


def exports_in_progress() -> int:
    """Exports (slide decks, profiles) being made or waiting in this process now: pages show
    "busy, try again in a moment" instead of a download button while there are any, so a
    rush of downloads never queues a visitor behind minutes of others' work."""
    return _waiting


@contextlib.contextmanager
def export_slot(timeout: float = EXPORT_WAIT_S):
    """Hold the process's one export slot for a whole export; ExportBusy if it is not free in time."""
    global _waiting
    with _count_lock:
        _waiting += 1
    try:
        if not _one_export_at_a_time.acquire(timeout=timeout):
            raise ExportBusy(f"no export slot within {timeout:g} s")
        try:
            yield
        finally:
            _one_export_at_a_time.release()
    finally:
        with _count_lock:
            _waiting -= 1


def browser_path() -> str | None:
    """LBM_CHROMIUM if set, else the first Chromium on PATH (Debian: /usr/bin/chromium)."""
    configured = os.environ.get("LBM_CHROMIUM")
    if configured:
        return configured if os.path.exists(configured) else None
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def unframed(fig: go.Figure, width: int, height: int) -> go.Figure:
    """A copy without the title, subtitle and source footer that charts.frame() put in the
    figure: a slide or a PDF page carries those as real text (selectable, read aloud)."""
    out = go.Figure(fig)
    annotations = list(out.layout.annotations)[:-1] if out.layout.annotations else []
    legend = bool(out.layout.showlegend)
    out.layout.annotations = annotations  # assigned: update_layout would merge element by element
    out.update_layout(title_text="", title_subtitle_text="", width=width, height=height,
                      margin={"l": 80, "r": 30, "t": 24, "b": 70 if legend else 40})
    out.update_yaxes(automargin=True)
    if legend:
        out.update_layout(legend={"y": 0, "yref": "container", "yanchor": "bottom"})
    return out


async def _render(figures: list[go.Figure], scale: float, path: str) -> list[bytes]:
    import kaleido

    opts = {"format": "png", "scale": scale}
    async with kaleido.Kaleido(n=1, timeout=60, mathjax=False, path=path) as k:
        return [await k.calc_fig(f, opts=opts) for f in figures]


def pngs(figures: list[go.Figure], scale: float = 2.0) -> list[bytes]:
    """Each figure at its own width and height (set them first, e.g. with `unframed`)."""
    if not figures:
        return []
    path = browser_path()
    if path is None:
        raise ImagesUnavailable("no Chromium found (set LBM_CHROMIUM or install Debian's chromium)")
    result: list[bytes] = []
    failure: list[BaseException] = []

    def work() -> None:  # a fresh thread: its own event loop, whatever the caller runs in
        try:
            result.extend(asyncio.run(_render(figures, scale, path)))
        except BaseException as exc:  # noqa: BLE001 - reported to the caller below
            failure.append(exc)

    with export_slot():
        thread = threading.Thread(target=work, name="figure-images")
        thread.start()
        thread.join()
    if failure:
        raise ImagesUnavailable(f"{type(failure[0]).__name__}: {failure[0]}") from failure[0]
    return result
