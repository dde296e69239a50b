"""core.escape: text from outside comes out with every Markdown-active character neutralised.
What the browser then shows is checked in tests/test_browser_escaping.py."""
from __future__ import annotations

import re

from hypothesis import given, strategies as st

from core import escape
from tests.hostile import MARKUP

ACTIVE = set("\\`*_{}[]()<>#+-.!|$:~&=\"'^%@/;?,")


def unescaped_punctuation(shown: str) -> list[str]:
    """ASCII punctuation not preceded by a backslash (an escaping backslash is skipped)."""
    out, i = [], 0
    while i < len(shown):
        if shown[i] == "\\" and i + 1 < len(shown):
            i += 2
            continue
        if shown[i] in ACTIVE:
            out.append(shown[i])
        i += 1
    return out


@given(st.text(max_size=200))
def test_no_active_character_survives(text):
    shown = escape.markdown(text)
    assert unescaped_punctuation(shown) == []
    assert "\n" not in shown and "\r" not in shown


@given(st.text(max_size=200))
def test_no_autolink_pattern_survives(text):
    """GitHub's autolink literals are found after escapes are undone: none may be left."""
    words = escape.markdown(text).replace("\\", "")
    assert not re.search(r"https?://|www\.|[\w.+-]@[\w-]", words, re.IGNORECASE)


def test_the_words_stay_the_words():
    for payload in MARKUP:
        shown = escape.plain(escape.markdown(payload))
        assert re.sub(r"\\(.)", r"\1", shown) == re.sub(r"\s+", " ", payload).strip()


def test_a_limit_shortens_before_escaping():
    assert escape.plain(escape.markdown("a" * 100, 10)) == "a" * 9 + "…"
    assert escape.markdown("`" * 100, 5).endswith("\\`…")  # never half an escape


def test_html_and_plotly_contexts():
    assert escape.html('<img src="x">') == "&lt;img src=&quot;x&quot;&gt;"
    assert escape.plotly('<a href="x">') == '&lt;a href="x"&gt;'  # Plotly shows &quot; as it is
    assert escape.markdown(None) == "" and escape.html(None) == ""
