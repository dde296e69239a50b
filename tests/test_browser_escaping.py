"""Text from outside stays text in the browser (issue 27): each Markdown payload, escaped by
core.escape for its context, is shown in Streamlit's Markdown elements, a button label, a
Plotly chart and raw HTML, and comes out as the same words, with no link, image, code span,
formula, icon or colour, and nothing fetched from the payloads' outside host."""
from __future__ import annotations

import re
import textwrap

import pytest

from core import escape
from devtools.browser import streamlit_server, wait_rendered
from tests.hostile import MARKUP

SCRIPT = textwrap.dedent('''
    import plotly.graph_objects as go
    import streamlit as st
    from core import escape
    from tests.hostile import MARKUP

    st.title("Escaping")

    for i, payload in enumerate(MARKUP):
        with st.container(key=f"md{i}"):
            st.markdown("X " + escape.markdown(payload) + " Y")
        with st.container(key=f"warn{i}"):
            st.warning("X " + escape.markdown(payload) + " Y")
        with st.container(key=f"cap{i}"):
            st.caption("X " + escape.markdown(payload) + " Y")
        with st.container(key=f"btn{i}"):
            st.button("X " + escape.markdown(payload) + " Y", key=f"b{i}")
        with st.container(key=f"html{i}"):
            st.html("<p>X " + escape.html(payload) + " Y</p>")
    fig = go.Figure(go.Bar(x=[1, 2], y=[1, 2]))
    fig.update_layout(title_text=escape.plotly(MARKUP[0]), annotations=[
        {"text": escape.plotly(p), "x": 0, "y": -0.1 - 0.05 * i, "xref": "paper", "yref": "paper", "showarrow": False}
        for i, p in enumerate(MARKUP)], height=1400)
    st.plotly_chart(fig, key="fig")
''')

# Anything in an element that only markup would have made.
MARKUP_NODES = "a, img, code, pre, .katex, math, [data-testid='stIconMaterial'], span[style*='color'], h1, h2, li, table, blockquote, b, strong, em, del, script"


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    script = tmp_path_factory.mktemp("escaping") / "escaping.py"
    script.write_text(SCRIPT)
    with streamlit_server(None, script=script) as url:
        yield url


def shown(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_payload_reads_as_the_words_it_is(probe, browser):
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((probe, "data:", "blob:")) else None)
    try:
        page.goto(probe)
        wait_rendered(page)
        page.wait_for_selector(".st-key-fig .main-svg", timeout=60000)
        for i, payload in enumerate(MARKUP):
            expected = "X " + shown(payload) + " Y"
            for kind in ("md", "warn", "cap", "btn", "html"):
                box = page.locator(f".st-key-{kind}{i}")
                text = escape.plain(box.inner_text())
                assert shown(text) == expected, (kind, payload, text)
                made = box.locator(MARKUP_NODES)
                assert made.count() == 0, (kind, payload, made.first.evaluate("e => e.outerHTML"))
        annotations = page.locator(".st-key-fig .annotation-text").evaluate_all("els => els.map(e => e.textContent)")
        assert [shown(a) for a in annotations] == [shown(p) for p in MARKUP]
        assert page.locator(".st-key-fig a").count() == 0
        assert outside == []
    finally:
        page.close()
