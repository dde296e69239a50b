"""Sharing and presenting: the copy-link box, the queue of views, and presenter mode.

Buttons work through callbacks that leave a request in the session; the request is acted on
at the top of the next run, where st.switch_page is allowed.
"""
from __future__ import annotations

import streamlit as st

from core.i18n import plural, t
from core.exports import exhibits
from core.web import url_state

MAX_QUEUED = 20  # views in one presentation: a briefing's length, and a bound on a session's work

# Presenter mode hides everything a presenter does not show: the sidebar, the toolbar and
# every input widget, except the bar that steps through the queued views.
PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stSelectbox"], [data-testid="stMultiSelect"],
[data-testid="stButtonGroup"], [data-testid="stSlider"], [data-testid="stNumberInput"],
[data-testid="stCheckbox"], [data-testid="stFileUploader"], [data-testid="stDownloadButton"],
[data-testid="stButton"], [data-testid="stPageLink"], [data-testid="stRadio"], [data-testid="stExpander"],
[data-testid="stTextInput"]
  { display: none !important; }
/* Plotly's toolbar (zoom, pan, download) is for exploring, not for a projector (a stranger's walk). */
.modebar-container { display: none !important; }
.st-key-presenter-bar [data-testid="stButton"] { display: block !important; }
.st-key-lbm-play [data-testid="stButton"] { display: block !important; }
.block-container { max-width: 100% !important; padding-top: 1.2rem !important; }
html, .stMarkdown p, .stMarkdown li { font-size: 1.25rem !important; }
h1 { font-size: 2.6rem !important; }
/* The view's main chart or map comes right after the title, on the first screen (issue 29):
   the page's flex column is reordered, nothing is moved in the page's own order. */
[data-testid="stMain"] [data-testid="stVerticalBlock"]:has(> [data-testid="stLayoutWrapper"] > .st-key-lbm-exhibit) > *
  { order: 2; }
[data-testid="stMain"] [data-testid="stVerticalBlock"]:has(> [data-testid="stLayoutWrapper"] > .st-key-lbm-exhibit) > :has(h1),
[data-testid="stMain"] [data-testid="stVerticalBlock"]:has(> [data-testid="stLayoutWrapper"] > .st-key-lbm-exhibit) > :has(> .st-key-presenter-bar)
  { order: 0; }
[data-testid="stMain"] [data-testid="stVerticalBlock"] > [data-testid="stLayoutWrapper"]:has(> .st-key-lbm-exhibit)
  { order: 1; }
</style>
"""


def share_and_present(page_key: str, lang: str, present: bool) -> bool:
    """Copy-link box and presenter controls in the sidebar; the presenter bar when presenting.
    Returns whether this run presents (Stop ends it at once)."""
    queue = st.session_state.setdefault("deck", [])
    here = (page_key, url_state.declared_in_link(page_key))
    goto = st.session_state.pop("deck_goto", None)
    if goto is not None and 0 <= goto < len(queue):
        _go(queue[goto])
    if st.session_state.pop("deck_stop", False):
        url_state.set_value("present", None)
        present = False
    with st.sidebar:
        # Filled in when the page has run (fill_share_link): the link of the view on screen. The
        # keyed box also tells a browser test that the run has ended (tests/browser.RENDERED_JS).
        with st.container(key="share"):
            st.markdown("**" + t("share.title", lang) + "**")
            st.session_state["_share_slot"] = st.empty()
            st.caption(t("share.caption", lang))
        st.markdown("**" + t("present.title", lang) + "**")
        full = len(queue) >= MAX_QUEUED
        st.button(t("present.add", lang), key="present_add", icon=":material/playlist_add:",
                  on_click=_queue_view, args=(page_key,), disabled=full)
        # The queue lives in this tab's session: say so, a reload or a typed address started afresh
        # without a word (a stranger's walk).
        st.caption(plural("present.queued", len(queue), lang) + (" " + t("present.full", lang, n=MAX_QUEUED) if full else "")
                   + (" " + t("present.kept", lang) if queue else ""))
        st.button(t("present.start", lang), key="present_start", icon=":material/slideshow:",
                  on_click=_start_presenting)
        _deck_download(queue, lang)
    if not present:
        return False
    st.markdown(PRESENTER_CSS, unsafe_allow_html=True)
    st.session_state["_presenting_lang"] = lang  # the general source goes under the page (end_presenting)
    index = next((i for i, view in enumerate(queue) if view == here), None)
    with st.container(key="presenter-bar", horizontal=True):
        if queue and index is not None:
            st.button("◀ " + t("present.prev", lang), key="present_prev", shortcut="Left", disabled=index == 0,
                      on_click=st.session_state.__setitem__, args=("deck_goto", index - 1))
            st.markdown(f"**{index + 1} / {len(queue)}**")
            st.button(t("present.next", lang) + " ▶", key="present_next", shortcut="Right",
                      disabled=index >= len(queue) - 1,
                      on_click=st.session_state.__setitem__, args=("deck_goto", index + 1))
        st.button(t("present.stop", lang), key="present_stop", shortcut="Esc", icon=":material/close:",
                  on_click=st.session_state.__setitem__, args=("deck_stop", True))
    return True


def end_presenting() -> None:
    """In presenter mode the general source line closes the page, in the flow of the text (it
    used to be a fixed corner that covered content); every exhibit carries its own source."""
    lang = st.session_state.pop("_presenting_lang", None)
    if lang:
        st.caption(t("present.corner", lang))


def fill_share_link() -> None:
    """After the page ran (ui.run_page): every widget has been read and every parameter
    validated and written, so the link opens exactly the view on screen (issue 29)."""
    slot = st.session_state.pop("_share_slot", None)
    if slot is not None:
        slot.code(url_state.link(url_state.shown_page()), language=None, wrap_lines=True)


def _queue_view(page_key: str) -> None:
    """The view on screen when the button is clicked: what the page's last run showed, as the
    share link names it (only declared parameters, valid values)."""
    view = (page_key, url_state.shown(page_key))
    queue = st.session_state.setdefault("deck", [])
    if view not in queue and len(queue) < MAX_QUEUED:
        queue.append(view)
    exhibits.request(view)  # the run this click starts keeps the view's chart or map


def _clear_queue() -> None:
    st.session_state["deck"] = []
    exhibits.forget_all()


def _deck_download(queue: list, lang: str) -> None:
    """"Download als presentatie (.pptx)": built only when clicked (Chromium draws the charts),
    from what this run knows; an empty queue gets a sentence instead of an empty file."""
    if not queue:
        st.caption(t("deck.empty", lang))
        return
    from core.exports import briefing
    if export_busy(lang, "deck_retry"):
        return

    views = [(page, exhibits.view_key((page, params)), url_state.public_link(page, params)) for page, params in queue]
    kept = exhibits.store()  # read when clicked: this very run may still keep the last view's chart

    def deck() -> bytes:
        return briefing.deck([(page, kept.get(key), link) for page, key, link in views], lang)

    st.download_button(t("deck.download", lang), deck, "leefbaarometer_briefing.pptx",
                       "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                       key="deck_download", icon=":material/download:", on_click="ignore")
    st.button(t("deck.clear", lang), key="deck_clear", icon=":material/delete:", on_click=_clear_queue)


def export_busy(lang: str, key: str) -> bool:
    """While other exports are being made in this process, say so and offer to try again
    instead of a download button (figure_images.export_slot): one export at a time per process."""
    from core.exports import figure_images
    waiting = figure_images.exports_in_progress()
    if not waiting:
        return False
    st.warning(t("export.busy", lang, n=waiting), icon=":material/hourglass_top:")
    st.button(t("export.retry", lang), key=key, icon=":material/refresh:")
    return True


def _start_presenting() -> None:
    if st.session_state.get("deck"):
        st.session_state["deck_goto"] = 0
    else:
        url_state.set_value("present", "1")


def _go(view: tuple[str, dict]) -> None:
    page_key, params = view
    st.switch_page(f"views/{page_key}.py", query_params={**params, "present": "1"})
