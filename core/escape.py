"""Text from outside the app (a URL, a search box, an uploaded file) made safe for the place
it lands in. One function per output context, named for it, as datasette does:

- `markdown`: Streamlit Markdown (st.markdown, st.warning, st.caption, widget labels …);
- `html`: HTML (st.html, map legends and tooltips);
- `plotly`: Plotly's text (titles, hovers, annotations), which reads a few tags (<b>, <br>,
  <a href>) and a few entities, not `&quot;`.

Checked in a real browser (tests/test_browser_escaping.py): every payload of
`tests/hostile.MARKUP` comes out as the same visible text, with no link, image, code span,
formula, icon or colour.
"""
from __future__ import annotations

import html as _html
import re

# CommonMark lets every ASCII punctuation character be escaped with a backslash. That covers
# emphasis, links and images, code spans, raw HTML, entities (&), LaTeX ($), Streamlit's
# directives (:red[…], :material/…:, :streamlit:) and tables.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
# What a backslash does not stop: GitHub's autolink literals ("https://…", "www.…",
# "name@host.nl") are found in the text after parsing, so an invisible WORD JOINER (U+2060)
# goes beside every '.', ':' and '@', where none of those patterns can then match.
_LINK_PARTS = re.compile(r"([.:@])")
JOINER = "\u2060"
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")  # newlines would start new Markdown blocks


def markdown(text, limit: int | None = None) -> str:
    """`text` as literal words inside Streamlit Markdown: it can never become markup.

    `limit` shortens long input first (with "…"), so the escapes never cut a character in two.
    Invisible word joiners stay in the text (see `_LINK_PARTS`); `plain` takes them out again.
    """
    text = _SPACE.sub(" ", "" if text is None else str(text)).strip()
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    text = _LINK_PARTS.sub(lambda m: JOINER + m.group(1) + JOINER, text)
    return _PUNCTUATION.sub(r"\\\1", text)  # after the joiners: a backslash must touch its character


def html(text) -> str:
    """`text` as literal words inside HTML (quotes too, for attributes)."""
    return _html.escape("" if text is None else str(text), quote=True)


def plotly(text) -> str:
    """`text` as literal words inside a Plotly title, hover or annotation."""
    return _html.escape("" if text is None else str(text), quote=False)


def plain(shown: str) -> str:
    """What a reader sees of an escaped text, without the invisible joiners (for tests and copies)."""
    return str(shown).replace(JOINER, "")
