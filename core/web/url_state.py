"""The address bar: each page's declared parameters (core.web.params) read once, with a message
for anything invalid, and written back with defaults left out. The only place that touches
`st.query_params`."""
from __future__ import annotations

from typing import Any, Iterable
from urllib.parse import urlencode, urlsplit

import streamlit as st

from core import escape
from core.i18n import t
from core.web import params


def _raw() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


# What this run shows, parameter by parameter: the values the page read (invalid ones already
# replaced by their defaults) and then wrote back after reading its widgets. The share link and
# the presentation queue are made from it, so they name the view on screen, never the previous
# one, and only declared parameters with valid values (issue 29).
_SHOWN = "_url_shown"


def begin_run(page: str) -> None:
    st.session_state[_SHOWN] = {"page": page, "values": {}, "defaults": {}}


def _note(values: dict[str, Any], defaults: dict[str, Any] | None = None) -> None:
    shown = st.session_state.setdefault(_SHOWN, {"page": "start", "values": {}, "defaults": {}})
    shown["values"].update(values)
    shown["defaults"].update(defaults or {})


def read(page: str, lang: str, allowed: dict[str, Iterable] | None = None, defaults: dict[str, Any] | None = None,
         handled_by_page: tuple[str, ...] = ()) -> tuple[dict[str, Any], list[params.Problem]]:
    """The page's parameter values; every problem is shown, except for names the page
    explains itself (Mijn buurt suggests areas for an unknown code)."""
    raw = _raw()
    values, problems = params.read(page, raw, allowed, defaults, common=False)
    for old in params.RENAMED.get(page, {}):  # an old name in a shared link: the address bar gets the new one
        st.query_params.pop(old, None)
    for problem in problems:
        if problem.name not in handled_by_page:
            show_problem(problem, lang)
    _note(values, defaults)
    return values, problems


def given(name: str) -> str | None:
    """The raw value the address bar gives one of the parameters every page has (lang, palette),
    or None: whether the link chose it, or the visitor's earlier choice stands."""
    return params.last(_raw(), name) if name in {p.name for p in params.COMMON} else None


def read_common() -> tuple[dict[str, Any], list[params.Problem]]:
    """lang, palette and present; problems are returned for the helper to show once the
    language is known."""
    return params.read_common(_raw())


def shown_page() -> str:
    return (st.session_state.get(_SHOWN) or {}).get("page", "start")


def shown(page: str) -> dict[str, str]:
    """The URL parameters of the view on screen: declared for this page (and lang, palette), valid,
    defaults left out; presenter mode is not part of a view."""
    state = st.session_state.get(_SHOWN) or {"values": {}, "defaults": {}}
    out = params.url_values(page, state["values"], state["defaults"])
    return {k: v for k, v in out.items() if v is not None and k != "present"}


def show_problem(problem: params.Problem, lang: str) -> None:
    if problem.kind == "duplicates":
        st.info(t("cmp.duplicates", lang))
    elif problem.kind == "truncated":
        st.info(t("cmp.too_many", lang))
    elif problem.kind == "unknown_codes":
        warn(problem.name, problem.raw, lang, t("cmp.unknown_codes", lang, codes=escape.markdown(problem.raw, 120)))
    else:
        warn(problem.name, problem.raw, lang, t("ui.choose_from", lang, options=problem.allowed) if problem.allowed else "")


def warn(name: str, raw: str, lang: str, what: str = "") -> None:
    """A message naming a parameter and the value the link gave it; the value is text from
    outside (anyone can craft a link), so it is escaped and can never become markup. `name` is
    always one the app declares (core.web.params), shown as code; `what` is the app's own Markdown."""
    st.warning(t("ui.bad_param", lang, param=name, value=escape.markdown(raw, 60), what=what),
               icon=":material/warning:")


def keep(page: str, values: dict[str, Any], defaults: dict[str, Any] | None = None) -> None:
    """Write the page's current values into the address bar (defaults and empties left out)."""
    _note(values, defaults)
    for name, text in params.url_values(page, values, defaults).items():
        if text is None:
            if name in st.query_params:
                del st.query_params[name]
        elif st.query_params.get(name) != text:
            st.query_params[name] = text


def declared_in_link(page: str) -> dict[str, str]:
    """The declared parameters the address bar holds now, as given (for finding the queued view
    a presenter is on)."""
    names = {p.name for p in params.declared(page)} - {"present"}
    return {k: st.query_params.get_all(k)[-1] for k in st.query_params if k in names}


def link(page_key: str) -> str:
    """The link that reopens exactly this view (see `shown`)."""
    return link_to(page_key, shown(page_key))


def link_to(page_key: str, params: dict[str, str]) -> str:
    """The link to a page with these parameters, on the address this visitor uses."""
    try:
        base = urlsplit(st.context.url)
        root = f"{base.scheme}://{base.netloc}"
    except Exception:  # noqa: BLE001 - AppTest has no browser URL
        root = ""
    query = urlencode(params, safe=",")
    path = "" if page_key == "start" else page_key  # the default page lives at the root
    return f"{root}/{path}" + (f"?{query}" if query else "")


def public_link(page_key: str, params: dict[str, str]) -> str:
    """The link to a view on the public site, for exports that leave this browser (slides,
    PDFs); empty when no public address is configured (core.config.public_url)."""
    from core import config
    root = config.public_url()
    if root is None:
        return ""
    query = urlencode(params, safe=",")
    return f"{root}/{'' if page_key == 'start' else page_key}" + (f"?{query}" if query else "")


def set_value(name: str, value: str | None) -> None:
    """For callbacks that change one parameter (a picked area, presenter mode)."""
    if value is None:
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = value
