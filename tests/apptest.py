"""Helpers to run one page of the real app in AppTest, as a user opening a URL would."""
from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

PAGES = {
    "start": "views/start.py", "buurt": "views/buurt.py", "vergelijk": "views/vergelijk.py",
    "kaart": "views/kaart.py", "signalen": "views/signalen.py", "themas": "views/themas.py",
    "over": "views/over.py",
}


def open_page(page: str, params: dict | None = None, timeout: float = 60) -> AppTest:
    """Run app.py, switch to `page` with the given URL parameters, and return the result."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.switch_page(PAGES[page])
    return at.run()


def texts(at: AppTest) -> str:
    """Everything a person reads on the page, as one string: Markdown's backslash escapes
    (core.escape.markdown) are not read, so "Den Haag \\= gemeente" reads "Den Haag = gemeente"."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error",
                 "success", "metric"):
        for el in getattr(at, kind):
            parts.append(str(getattr(el, "label", "")) + " " + str(el.value))
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


MARKDOWN_KINDS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success")


def unescaped(at: AppTest, needle: str) -> list[str]:
    """Markdown on the page that holds `needle` as it was given, not escaped (tests.hostile's
    payloads all name one outside host; core.escape.markdown never leaves it intact)."""
    return [str(el.value)[:120] for kind in MARKDOWN_KINDS for el in getattr(at, kind) if needle in str(el.value)]


def assert_clean(at: AppTest) -> None:
    """No exception element and no traceback text anywhere on the page."""
    assert not at.exception, [e.value for e in at.exception]
    assert "Traceback" not in texts(at)
    # The page-level safety net turns a crash into this message; in a test it is a failure.
    assert not [e.value for e in at.error if "Er ging iets mis" in e.value or "Something went wrong" in e.value]


def plotly_values(y) -> list[float]:
    """An array of a Plotly spec as numbers, whether it came as a list or binary-encoded."""
    import base64

    import numpy as np
    if isinstance(y, dict) and "bdata" in y:
        return np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"]).astype(float).tolist()
    return [float(v) for v in y]
