"""The one page helper every page calls first: language, colours, database, shared chrome.

Cached data access is each domain function's own (`core.caching`), the address bar in `core.web.url_state`, sharing and
presenting in `core.web.presenter`; this module sets a page up and shows what every page shows
(source footers, failure pages).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import duckdb
import streamlit as st

from core import caching, charts, config, escape, gemeente_profile, provenance, queries
from core import format as format_
from core.db import DatabaseUnavailable
from core.i18n import LANGUAGES, plural, t, valid_lang
from core.scale import PALETTES
from core.exports import exhibits
from core.web import presenter, url_state


@dataclass
class PageContext:
    lang: str
    palette: str
    present: bool

    def t(self, key: str, **fmt) -> str:
        return t(key, self.lang, **fmt)

    def plural(self, key: str, n: int, **fmt) -> str:
        return plural(key, n, self.lang, **fmt)


# Streamlit's index page says <html lang="en"> and greys its captions to a contrast below WCAG
# AA (axe: color-contrast on every page). The page sets the document language (screen readers
# pronounce Dutch as Dutch) and shows captions in full opacity at 7.5:1 on white (Streamlit fades them to 3.1:1), and the same for the
# keyboard hints on the presenter buttons.
ACCESSIBLE_CSS = """<style>
[data-testid="stCaptionContainer"] { opacity: 1 !important; }
kbd { color: #333333 !important; opacity: 1 !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #555555 !important; }
/* Streamlit writes "Press Enter to apply" in English under a text box; the app's own labels
   say it in the reader's language (issue 28). */
[data-testid="InputInstructions"] { display: none !important; }
/* Keyboard focus always shows (WCAG 2.4.7): Streamlit gives the page links none. */
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible,
[role="combobox"]:focus-visible { outline: 3px solid #3F6E8C !important; outline-offset: 2px; }
/* On a phone a chart's title, subtitle and source line come as text that wraps (ui.chart);
   the same words inside the figure, which Plotly cannot wrap to the screen, are hidden there.
   They stay in the figure itself, so a downloaded PNG keeps them. */
[data-testid="stElementContainer"]:has(.lbm-phone) { display: none; }
.lbm-phone { margin: 0; }
.lbm-phone-title { font-weight: 700; font-size: 1.05rem; color: #262730; }
/* The year of a map that plays (Kaart): large, for a room (issue 31). */
.stMarkdown p.lbm-play-year, .lbm-play-year { font-size: 3.2rem !important; font-weight: 700; line-height: 1.1; margin: 0; color: #262730; }
.lbm-phone-sub { color: #262730; }
.lbm-phone-source { font-size: 0.8rem; color: #555555; }
@media (max-width: 640px) {
  [data-testid="stElementContainer"]:has(.lbm-phone) { display: block; }
  [data-testid="stPlotlyChart"] .g-gtitle { display: none; }
  [data-testid="stPlotlyChart"] .annotation-text[style*="fill: rgb(92, 92, 92)"] { display: none; }
}
</style>"""


# On a phone a wide st.table scrolls sideways inside itself, and a scrolling region must be
# reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable). Streamlit gives it no
# tab stop, so every table wrapper that scrolls gets one, also after reruns and resizes: a size
# observer, because a resize event fires before the table's own layout has narrowed it.
SCROLLABLE_TABLES_JS = """<script>
if (!window.lbmTables) {
  window.lbmTables = true;
  const mark = d => {
    if (d.scrollWidth > d.clientWidth && !d.hasAttribute('tabindex')) {
      d.tabIndex = 0; d.setAttribute('role', 'region');
      d.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Table' : 'Tabel');
    }
  };
  const sized = new ResizeObserver(entries => entries.forEach(e => mark(e.target)));
  const fix = () => document.querySelectorAll('[data-testid="stTable"] div').forEach(d => {
    mark(d); sized.observe(d);
  });
  new MutationObserver(fix).observe(document.body, {subtree: true, childList: true});
  fix();
}
</script>"""


def _language_script(lang: str) -> str:
    return f"<script>document.documentElement.lang = {('nl' if lang == 'nl' else 'en')!r};</script>"


def inline_scripts() -> list[str]:
    """Every inline script the app can run, for the Content-Security-Policy's hashes
    (deploy/script_hashes.py): a changed script needs a new hash, and a test says so."""
    return [_language_script(lang) for lang in LANGUAGES] + [SCROLLABLE_TABLES_JS]


def _page_language_and_contrast(lang: str) -> None:
    st.html(ACCESSIBLE_CSS)
    st.html(_language_script(lang) + SCROLLABLE_TABLES_JS, unsafe_allow_javascript=True)


def language_now(from_link: str | None = None) -> str:
    """The language this run speaks, for the menu (app.py) and the page alike: the sidebar's switch
    (its new value is in the session before it is drawn; read later, the menu and the switch's own
    label stayed Dutch one run after choosing English), else the link's, else the session's."""
    return valid_lang(st.session_state.get("lang_choice") or from_link or st.session_state.get("lang"))


def setup(page_key: str) -> PageContext:
    """Language, palette and presenter flags from the URL (validated), the sidebar, the database."""
    common, problems = url_state.read_common()
    lang = language_now(common["lang"] if url_state.given("lang") else None)
    with st.sidebar:
        chosen = st.segmented_control(
            t("ui.language", lang), LANGUAGES, default=lang, key="lang_choice",
            format_func=lambda code: t(f"ui.language.{code}", code),
        )
    lang = chosen or lang
    st.session_state["lang"] = lang

    raw_palette = url_state.given("palette")
    palette = common["palette"] if raw_palette else st.session_state.get("palette", common["palette"])
    with st.sidebar:
        palette = st.radio(
            t("ui.palette", lang), tuple(PALETTES), index=tuple(PALETTES).index(palette),
            format_func=lambda p: t(f"ui.palette.{p}", lang), key="palette_choice", horizontal=True,
        )
    st.session_state["palette"] = palette
    for problem in problems:
        url_state.show_problem(problem, lang)

    _page_language_and_contrast(lang)
    url_state.begin_run(page_key)
    url_state.keep("start", {"lang": lang, "palette": palette})
    exhibits.begin_run()
    present = presenter.share_and_present(page_key, lang, common["present"] == "1")
    charts.set_type_scale(charts.PRESENTER_TYPE_SCALE if present else 1.0)
    charts.set_language(lang)

    try:
        caching.connection()
    except DatabaseUnavailable as exc:
        database_problem(exc, lang)
        stop_page()
    from core.web import warm
    warm.start_once()  # the first page view of a process warms the shared caches in the background
    return PageContext(lang=lang, palette=palette, present=present)


def stop_page() -> None:
    """`st.stop()` for a page that has said all it has to say (no area chosen yet, a message
    instead of a chart): the share link and the presenter's source line are written first,
    because after `st.stop()` Streamlit runs no further command, not even in a `finally`."""
    _finish_run()
    st.stop()


def _finish_run() -> None:
    """What closes every run: the presenter's source line, then the share link of the view."""
    presenter.end_presenting()
    presenter.fill_share_link()


def run_page(page) -> None:
    """Run the chosen page; any failure becomes a message, never a traceback on screen.

    Streamlit's own stop/rerun signals are BaseExceptions and pass through untouched.
    """
    try:
        try:
            page.run()
            exhibits.end_run()
        finally:  # after an exception too (after st.stop() it is stop_page that writes them)
            _finish_run()
    except DatabaseUnavailable as exc:
        database_problem(exc, st.session_state.get("lang", "nl"))
    except duckdb.Error as exc:
        database_problem(DatabaseUnavailable("corrupt", config.db_path(), str(exc).splitlines()[0]),
                         st.session_state.get("lang", "nl"))
    except Exception:  # noqa: BLE001 - last line of defence; the log keeps the details
        logging.getLogger("leefbaarometer").exception("page failed")
        st.error(t("ui.unexpected", st.session_state.get("lang", "nl")), icon=":material/error:")


def _plain(text) -> str:
    """Figure text without Plotly's markup (<b>, <br>), escaped for HTML."""
    return escape.html(exhibits.plain(text))


def exhibit():
    """The container of a page's main chart or map: in presenter mode it comes right after the
    title, on the first screen (presenter.PRESENTER_CSS), whatever the page shows above it."""
    return st.container(key="lbm-exhibit")


def chart(where, fig, **kwargs):
    """`where.plotly_chart(fig, **kwargs)`, with the chart's title, subtitle and source as
    wrapping text around it that only a phone shows (see PAGE_CSS): Plotly's own title and
    annotations do not wrap, and at 390 px they ran off the screen."""
    title = _plain(fig.layout.title.text)
    subtitle = _plain(fig.layout.title.subtitle.text) if fig.layout.title.subtitle else ""
    footer = _plain(fig.layout.annotations[-1].text) if fig.layout.annotations else ""
    if title:
        where.html(f'<p class="lbm-phone lbm-phone-title">{title}</p>'
                   + (f'<p class="lbm-phone lbm-phone-sub">{subtitle}</p>' if subtitle else ""))
    exhibits.offer_chart(fig)  # kept only in the run that queues this view (slide deck)
    event = where.plotly_chart(fig, **kwargs)
    if footer:
        where.html(f'<p class="lbm-phone lbm-phone-source">{footer}</p>')
    return event


def database_problem(exc: DatabaseUnavailable, lang: str) -> None:
    st.title(t("db.title", lang))
    st.error(t(f"db.{exc.reason}", lang, path=str(exc.path), detail=exc.detail), icon=":material/error:")
    st.markdown(t("db.howto", lang))


def screen() -> str:
    """"phone" when the browser says it is a mobile one (its User-Agent has "Mobi", as every phone
    browser's does), else "wide": a map is fitted to the screen on the server, before the
    browser has drawn anything that could be measured (core.map_views.SCREENS)."""
    agent = (st.context.headers or {}).get("User-Agent", "") or ""
    return "phone" if "Mobi" in agent else "wide"


def source_names(ctx: PageContext, *parts) -> str:
    """"Publisher, title; …" for the sources behind `parts` (query results, which carry theirs,
    or source ids: core.provenance.of), titles in the reader's language."""
    meta = queries.sources(ctx.lang).set_index("source_id")
    return "; ".join(f"{meta.loc[s, 'publisher']}, {meta.loc[s, 'title']}" for s in provenance.of(*parts)
                     if s in meta.index)


def trend_footer(ctx: PageContext, trend) -> str:
    """The footer of a derived trend: its sources and method, for each source it drew on."""
    used = [s for s in ("wijk", "pc4") if s in set(trend["source"])] if len(trend) else ["wijk"]
    return source_text(ctx, trend, derived="; ".join(ctx.t(f"method.{s}_weights") for s in used))


def source_text(ctx: PageContext, sources, derived: str | None = None, named: tuple[str, ...] = ()) -> str:
    """The footer under every figure: the sources behind it (a query result, which carries its
    own, or a list of source ids), named from the database, then any `named` outside it (the
    G40 membership list), and, if any, our derivation."""
    text = ctx.t("ui.source_footer", source="; ".join([source_names(ctx, sources), *named]))
    if derived:
        text += f". {ctx.t('ui.derived')}: {derived}"
    return text


def source_caption(ctx: PageContext, sources, derived: str | None = None) -> str:
    text = source_text(ctx, sources, derived)
    st.caption(text)
    return text


def table(data, **kwargs):
    """`st.dataframe` with missing values written "–", as the rest of the app writes them:
    Streamlit wrote a grey "None" in an empty cell, whatever the Styler said (a stranger's walk:
    the spread of gemeenten with few buurten, the dimensions before 2012)."""
    return st.dataframe(data, placeholder="–", **kwargs)


def csv_download(ctx: PageContext, frame, file_name: str, key: str, where=st):
    """A CSV download of `frame`, written only when clicked (issue 32: the pages wrote every CSV on
    every run, a few percent of the server's time under load), without a rerun of the page."""
    return where.download_button(ctx.t("cmp.download"), lambda: format_.csv_bytes(frame, ctx.lang), file_name,
                                 "text/csv", key=key, on_click="ignore", help=ctx.t("ui.csv_help"))


def gemeente_profile_downloads(ctx: PageContext, code: str, key: str) -> None:
    """Two buttons, the gemeente profile as PDF in Dutch and in English. The PDF is built only
    when clicked (its figures take about half a second, its charts two seconds in Chromium)."""
    from core.exports import profile_pdf
    from core.i18n import LANGUAGES

    sources = {lang: {r.source_id: f"{r.publisher}, {r.title}" for r in queries.sources(lang).itertuples()}
               for lang in LANGUAGES}
    links = {lang: url_state.public_link("vergelijk", {"gm": code, "lang": lang}) for lang in LANGUAGES}

    def pdf(lang: str) -> bytes:
        from core.exports import figure_images
        with figure_images.export_slot():
            return profile_pdf.build(gemeente_profile.profile_of(code), lang, sources[lang], link=links[lang])

    if presenter.export_busy(ctx.lang, f"{key}_retry"):
        return
    row = st.container(horizontal=True, key=f"{key}_row")
    for lang in LANGUAGES:
        row.download_button(ctx.t(f"profile.download_{lang}"), lambda lang=lang: pdf(lang),
                               f"gemeenteprofiel_{code}_{lang}.pdf", "application/pdf", key=f"{key}_{lang}",
                               icon=":material/picture_as_pdf:", on_click="ignore")
