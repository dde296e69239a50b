"""What a queued view shows, caught while it is on screen, for the slide deck (page helper).

Queueing a view reruns the page that shows it; in that one run the first chart (ui.chart) or
map (a page's `offer_map`) is kept with its title, subtitle and source, so the slide shows what
the presenter saw, drawn by the same code. Nothing is kept on other runs: an idle session
holds no figures (issue 15), and a queued view costs one figure or one map description, whose
outlines are the shared cached collection, not a copy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from typing import Callable
from urllib.parse import urlencode

import streamlit as st

from core.exports.map_images import MapPicture

PENDING, CAPTURING, KEPT = "deck_capture", "deck_capturing", "deck_exhibits"


@dataclass
class Exhibit:
    title: str
    subtitle: str
    source: str
    figure: object | None = None        # a plotly Figure
    picture: MapPicture | None = None   # a map, drawn on export


def view_key(view: tuple[str, dict]) -> str:
    page, params = view
    return page + "?" + urlencode(sorted(params.items()))


def plain(text) -> str:
    """Figure text without Plotly's markup (<b>, <br>)."""
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(text or ""))).strip())


def request(view: tuple[str, dict]) -> None:
    """Called from the queue button's callback: the run it triggers keeps the view's visual."""
    st.session_state[PENDING] = view_key(view)


def begin_run() -> None:
    """Called by ui.setup at the top of every run. A run that Streamlit restarts (a widget
    changed while it ran) keeps the request: only a finished run (end_run) drops it."""
    pending = st.session_state.pop(PENDING, None)
    if pending:
        st.session_state[CAPTURING] = pending


def end_run() -> None:
    """Called by ui.run_page when a page ran to its end: a view without a chart or map has
    nothing to keep, and the request must not catch the next view's."""
    st.session_state[CAPTURING] = None


def _keep(exhibit: Exhibit) -> None:
    key = st.session_state.get(CAPTURING)
    if key:
        store()[key] = exhibit
        st.session_state[CAPTURING] = None


def offer_chart(fig) -> None:
    if st.session_state.get(CAPTURING):
        subtitle = fig.layout.title.subtitle.text if fig.layout.title.subtitle else ""
        footer = fig.layout.annotations[-1].text if fig.layout.annotations else ""
        _keep(Exhibit(plain(fig.layout.title.text), plain(subtitle), plain(footer), figure=fig))


def offer_map(make: Callable[[], MapPicture]) -> None:
    """`make` builds the map's description only when this run keeps it."""
    if st.session_state.get(CAPTURING):
        picture = make()
        _keep(Exhibit(picture.title, picture.subtitle, picture.source, picture=picture))


def store() -> dict[str, Exhibit]:
    """The session's kept exhibits, by view key: the same dict object for the whole session,
    so a download built lazily sees the exhibit its own run kept after the button was drawn."""
    return st.session_state.setdefault(KEPT, {})


def forget_all() -> None:
    store().clear()
