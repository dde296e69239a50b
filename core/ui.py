"""The one page helper every page calls first: language, colours, database, shared chrome.

This is the only module in `core/` that imports streamlit; everything it shows is built from
plain functions elsewhere in `core/`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import duckdb
import streamlit as st

from core import charts, config, queries
from core.db import DatabaseUnavailable, open_readonly
from core.i18n import LANGUAGES, t, valid_lang
from core.scale import PALETTES


@dataclass
class PageContext:
    lang: str
    palette: str
    present: bool
    con: object

    def t(self, key: str, **fmt) -> str:
        return t(key, self.lang, **fmt)


@st.cache_resource(show_spinner=False)
def _connection(path: str, mtime: float):
    """One read-only connection per process and database version (a rebuild changes mtime)."""
    return open_readonly(path)


def _db_key() -> tuple[str, float]:
    path = config.db_path()
    return str(path), (path.stat().st_mtime if path.exists() else 0.0)


def connection():
    return _connection(*_db_key())


@st.cache_data(show_spinner=False, max_entries=5000)
def _cached_query(name: str, db_key: tuple[str, float], args: tuple):
    return getattr(queries, name)(_connection(*db_key), *args)


def q(name: str, *args):
    """Run `queries.<name>(con, *args)` once per database version and arguments.

    Results are plain DataFrames and dicts, so caching them across sessions is safe; the
    database file's mtime is part of the key, so a rebuild is picked up without a restart.
    """
    return _cached_query(name, _db_key(), args)


@st.cache_data(show_spinner=False)
def _search_index(db_key: tuple[str, float]):
    from core.search import prepare_index
    return prepare_index(queries.search_index(_connection(*db_key)))


def search_index():
    """All areas with normalised names, prepared once per database version."""
    return _search_index(_db_key())


@st.cache_data(show_spinner=False)
def _area_labels(db_key: tuple[str, float], lang: str) -> dict[str, str]:
    from core.search import area_label
    index = _search_index(db_key)
    return {r["code"]: area_label(r, lang) for r in index[["code", "level", "name", "gemeente_name"]].to_dict("records")}


@st.cache_data(show_spinner=False, max_entries=256)
def _signal(db_key, name: str, region: str | None, args: tuple):
    """Signals are computed on the whole country (the national reference stays national),
    then narrowed to the region's areas."""
    from core import signals
    series = _pc4_series(db_key)
    within = None
    if region:
        column = "gemeente_code" if region.startswith("GM") else "province_name"
        within = frozenset(series.loc[series[column] == region, "code"])
    return getattr(signals, name)(series, *args, within=within)


@st.cache_data(show_spinner=False)
def _pc4_series(db_key):
    return queries.pc4_series(_connection(*db_key))


def pc4_series():
    """The whole PC4 series with weights, read once per database version."""
    return _pc4_series(_db_key())


@st.cache_data(show_spinner=False, max_entries=512)
def _derived_trend(db_key, gemeente_codes: tuple[str, ...] | None):
    from core.weighting import trend
    return trend(_pc4_series(db_key), gemeente_codes)


def national_change(year_from: int, year_to: int) -> float:
    """Change of the national derived mean between two years (the reference of every signal)."""
    from core.signals import national_change as change
    return change(pc4_series(), year_from, year_to)


def derived_trend(gemeente_codes: tuple[str, ...] | None = None):
    """The household-weighted PC4 trend, nationally (None) or per gemeente (see core.weighting)."""
    return _derived_trend(_db_key(), tuple(gemeente_codes) if gemeente_codes is not None else None)


@st.cache_data(show_spinner=False, max_entries=1024)
def _level_mean(db_key, level: str, year: int, gemeente_code: str | None):
    from core.weighting import mean_of
    frame = queries.level_scores(_connection(*db_key), level, year)
    if gemeente_code:
        frame = frame[frame["gemeente_code"] == gemeente_code]
    return mean_of(frame)


def level_mean(level: str, year: int, gemeente_code: str | None = None) -> dict:
    """Household-weighted mean scores of one level's areas in one year (the country or a gemeente)."""
    return _level_mean(_db_key(), level, year, gemeente_code)


def signal(name: str, region: str | None, *args):
    """A signal from core.signals for a region (None, a gemeente code or a province), computed
    once per parameter set: the pressure scan walks every postcode area's series."""
    return _signal(_db_key(), name, region, args)


@st.cache_resource(show_spinner=False, max_entries=48)
def _map_collection(db_key, level, year, measure, palette, lang, from_year, gemeente, province):
    from core.maps import choropleth
    con = _connection(*db_key)
    df = queries.map_data(con, level, year, gemeente)
    if province and not gemeente:
        df = df[df["province_name"] == province]
    before = queries.scores_in_year(con, level, from_year) if from_year else None
    return choropleth(df, measure, palette, lang, before), df["code"].tolist()


def map_collection(level: str, year: int, measure: str, palette: str, lang: str,
                   from_year: int | None = None, gemeente: str | None = None, province: str | None = None):
    """The map's GeoJSON, built once per view and shared by all sessions (never mutated).

    Parsing 12,000 outlines costs about a second; a cached view comes back in microseconds.
    """
    return _map_collection(_db_key(), level, year, measure, palette, lang, from_year, gemeente, province)


@st.cache_resource(show_spinner=False, max_entries=48)
def _map_spec(db_key, level, year, measure, palette, lang, from_year, gemeente, province, with_provinces):
    from core import maps
    collection, codes = _map_collection(db_key, level, year, measure, palette, lang, from_year, gemeente, province)
    con = _connection(*db_key)
    if codes:
        box = queries.bbox_of(con, codes)
    else:
        box = {"min_lon": 3.3, "min_lat": 50.75, "max_lon": 7.25, "max_lat": 53.6}
    view = {"longitude": (box["min_lon"] + box["max_lon"]) / 2, "latitude": (box["min_lat"] + box["max_lat"]) / 2,
            "zoom": maps.zoom_for(box["min_lon"], box["min_lat"], box["max_lon"], box["max_lat"], px=430)}
    outlines = maps.outline_collection(queries.province_outlines(con)) if with_provinces else None
    deck = maps.national_map(collection, outlines, view, lang, from_year is not None)
    return maps.compact_json(deck), maps.tooltip(lang, from_year is not None)


def map_deck(level: str, year: int, measure: str, palette: str, lang: str, from_year: int | None = None,
             gemeente: str | None = None, province: str | None = None, height: int = 640):
    """The whole map as a ready-made deck: its JSON is built once per view and shared."""
    from core.maps import SpecDeck
    spec, tooltip = _map_spec(_db_key(), level, year, measure, palette, lang, from_year, gemeente, province,
                              not gemeente)
    return SpecDeck(spec, tooltip, height)


def area_labels(lang: str) -> dict[str, str]:
    """code -> how the area is named in lists, per language (16,000 labels: built once)."""
    return _area_labels(_db_key(), lang)


def _param(name: str) -> str | None:
    """A query parameter's last value (repeated parameters: the last one wins)."""
    values = st.query_params.get_all(name)
    return values[-1] if values else None


def read_choice(name: str, allowed, default, lang: str, what_key: str | None = None):
    """A URL parameter restricted to `allowed`; anything else warns and falls back to `default`."""
    raw = _param(name)
    if raw is None or raw == "":
        return default
    if raw in allowed:
        return raw
    what = t(what_key, lang) if what_key else t("ui.choose_from", lang, options=", ".join(map(str, allowed)))
    warn_param(name, raw, lang, what)
    return default


def warn_param(name: str, raw: str, lang: str, what: str = "") -> None:
    shown = raw if len(raw) <= 60 else raw[:57] + "…"
    st.warning(t("ui.bad_param", lang, param=name, value=f"`{shown}`", what=what), icon=":material/warning:")


def _leave_legacy_page_mode() -> None:
    """Make a deep link to a freshly started server go through app.py's navigation.

    Streamlit treats a `pages/` folder as the old (v1) multipage layout until `st.navigation`
    has run once in the process, so the very first visitor of `/over` would get page files
    run bare, with a file-name sidebar. Switching the flag off and rerunning lands on the
    same page (page ids are derived from the URL path) through app.py.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def setup(page_key: str) -> PageContext:
    """Language, palette and presenter flags from the URL (validated), the sidebar, the database."""
    _leave_legacy_page_mode()
    raw_lang = _param("lang")
    lang = valid_lang(raw_lang or st.session_state.get("lang"))
    st.session_state["lang"] = lang

    with st.sidebar:
        chosen = st.segmented_control(
            t("ui.language", lang), LANGUAGES, default=lang, key="lang_choice",
            format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
        )
    if chosen and chosen != lang:
        lang = chosen
        st.session_state["lang"] = lang
    if raw_lang not in (None, *LANGUAGES):
        warn_param("lang", raw_lang, lang, t("ui.choose_from", lang, options="nl, en"))
    _sync_param("lang", lang, "nl")

    palette = read_choice("palette", tuple(PALETTES), st.session_state.get("palette", "official"), lang)
    with st.sidebar:
        palette = st.radio(
            t("ui.palette", lang), tuple(PALETTES), index=tuple(PALETTES).index(palette),
            format_func=lambda p: t(f"ui.palette.{p}", lang), key="palette_choice", horizontal=True,
        )
    st.session_state["palette"] = palette
    _sync_param("palette", palette, "official")

    present = _share_and_present(page_key, lang, _param("present") == "1")
    charts.set_type_scale(charts.PRESENTER_TYPE_SCALE if present else 1.0)

    try:
        con = connection()
    except DatabaseUnavailable as exc:
        database_problem(exc, lang)
        st.stop()
    return PageContext(lang=lang, palette=palette, present=present, con=con)


# Presenter mode hides everything a presenter does not show: the sidebar, the toolbar and
# every input widget, except the bar that steps through the queued views.
PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stSelectbox"], [data-testid="stMultiSelect"],
[data-testid="stButtonGroup"], [data-testid="stSlider"], [data-testid="stNumberInput"],
[data-testid="stCheckbox"], [data-testid="stFileUploader"], [data-testid="stDownloadButton"],
[data-testid="stButton"], [data-testid="stPageLink"], [data-testid="stRadio"], [data-testid="stExpander"]
  { display: none !important; }
.st-key-presenter-bar [data-testid="stButton"] { display: block !important; }
.block-container { max-width: 100% !important; padding-top: 1.2rem !important; }
html, .stMarkdown p, .stMarkdown li { font-size: 1.25rem !important; }
h1 { font-size: 2.6rem !important; }
.presenter-corner { position: fixed; right: 1rem; bottom: 0.6rem; font-size: 0.95rem; color: #444;
  background: rgba(255,255,255,0.9); padding: 0.2rem 0.6rem; border-radius: 0.3rem; z-index: 1000; }
</style>
"""


def _current_url(page_key: str, extra: dict | None = None) -> str:
    """The link that reopens exactly this view (page and all its URL parameters)."""
    from urllib.parse import urlencode, urlsplit
    try:
        base = urlsplit(st.context.url)
        root = f"{base.scheme}://{base.netloc}"
    except Exception:  # noqa: BLE001 - AppTest has no browser URL
        root = ""
    params = {k: st.query_params.get_all(k)[-1] for k in st.query_params}
    params.update(extra or {})
    query = urlencode({k: v for k, v in params.items() if v is not None}, safe=",")
    path = "" if page_key == "start" else page_key  # the default page lives at the root
    return f"{root}/{path}" + (f"?{query}" if query else "")


def _share_and_present(page_key: str, lang: str, present: bool) -> bool:
    """Copy-link box and presenter controls in the sidebar; the presenter bar when presenting.
    Returns whether this run presents (Stop ends it at once).

    Buttons work through callbacks that leave a request in the session; the request is acted
    on here, at the top of the next run, where st.switch_page is allowed.
    """
    queue = st.session_state.setdefault("deck", [])
    here = (page_key, {k: st.query_params.get_all(k)[-1] for k in st.query_params if k != "present"})
    goto = st.session_state.pop("deck_goto", None)
    if goto is not None and 0 <= goto < len(queue):
        _go(queue[goto])
    if st.session_state.pop("deck_stop", False):
        st.query_params.pop("present", None)
        present = False
    with st.sidebar:
        st.markdown("**" + t("share.title", lang) + "**")
        st.code(_current_url(page_key), language=None, wrap_lines=True)
        st.caption(t("share.caption", lang))
        st.markdown("**" + t("present.title", lang) + "**")
        st.button(t("present.add", lang), key="present_add", icon=":material/playlist_add:",
                  on_click=_queue_view, args=(here,))
        st.caption(t("present.queued", lang, n=len(queue)))
        st.button(t("present.start", lang), key="present_start", icon=":material/slideshow:",
                  on_click=_start_presenting)
    if not present:
        return False
    st.markdown(PRESENTER_CSS, unsafe_allow_html=True)
    st.markdown(f'<div class="presenter-corner">{t("present.corner", lang)}</div>', unsafe_allow_html=True)
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


def _queue_view(view) -> None:
    queue = st.session_state.setdefault("deck", [])
    if view not in queue:
        queue.append(view)


def _start_presenting() -> None:
    if st.session_state.get("deck"):
        st.session_state["deck_goto"] = 0
    else:
        st.query_params["present"] = "1"


def _go(view: tuple[str, dict]) -> None:
    page_key, params = view
    st.switch_page(f"pages/{page_key}.py", query_params={**params, "present": "1"})


def run_page(page) -> None:
    """Run the chosen page; any failure becomes a message, never a traceback on screen.

    Streamlit's own stop/rerun signals are BaseExceptions and pass through untouched.
    """
    try:
        page.run()
    except DatabaseUnavailable as exc:
        database_problem(exc, st.session_state.get("lang", "nl"))
    except duckdb.Error as exc:
        database_problem(DatabaseUnavailable("corrupt", config.db_path(), str(exc).splitlines()[0]),
                         st.session_state.get("lang", "nl"))
    except Exception:  # noqa: BLE001 - last line of defence; the log keeps the details
        logging.getLogger("leefbaarometer").exception("page failed")
        st.error(t("ui.unexpected", st.session_state.get("lang", "nl")), icon=":material/error:")


def _sync_param(name: str, value: str, default: str) -> None:
    """Keep shareable state in the URL, leaving defaults out so links stay short."""
    if value == default:
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get(name) != value:
        st.query_params[name] = value


def database_problem(exc: DatabaseUnavailable, lang: str) -> None:
    st.title(t("db.title", lang))
    st.error(t(f"db.{exc.reason}", lang, path=str(exc.path), detail=exc.detail), icon=":material/error:")
    st.markdown(t("db.howto", lang))


def source_names(ctx: PageContext, source_ids: list[str]) -> str:
    """"Publisher, title; …" for the listed sources, titles in the reader's language."""
    meta = q("sources", ctx.lang).set_index("source_id")
    return "; ".join(f"{meta.loc[s, 'publisher']}, {meta.loc[s, 'title']}" for s in source_ids if s in meta.index)


def source_caption(ctx: PageContext, source_ids: list[str], derived: str | None = None) -> None:
    """The footer under every figure: named sources (from the database) and, if any, our derivation."""
    text = ctx.t("ui.source_footer", source=source_names(ctx, source_ids))
    if derived:
        text += f". {ctx.t('ui.derived')}: {derived}"
    st.caption(text)


def coming_soon(ctx: PageContext, title_key: str) -> None:
    st.title(ctx.t(title_key))
    st.info(ctx.t("ui.coming_soon"), icon=":material/construction:")
