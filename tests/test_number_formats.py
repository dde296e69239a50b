"""One number format per language on every page (issue 29): decimal comma and thousands dot in
Dutch, the English forms in English; ranks in words; no "k". Every page is rendered in both
languages (AppTest) and every text, metric, table cell as displayed, chart text and map tooltip
is searched for a number written the other language's way."""
from __future__ import annotations

import io
import json
import re

import pytest

from tests.apptest import MARKDOWN_KINDS, PAGES, assert_clean, open_page

# A decimal written the other way: "0.062" or "+0.062" or "23.4" in Dutch ("763.825", three
# digits after the dot, is a Dutch thousands group); "0,062" or "23,4" in English.
WRONG = {
    "nl": re.compile(r"(?<![\w.,/:-])[+−-]?\d+\.\d{1,2}(?![\d.])|(?<![\w.,/:-])[+−-]?0\.\d+"),
    "en": re.compile(r"(?<![\w.,/:-])[+−-]?\d+,\d{1,2}(?![\d,])|(?<![\w.,/:-])[+−-]?0,\d+"),
}
THOUSANDS_K = re.compile(r"\d[\d.,]*k\b")  # "2,400k": never
VIEWS = {"start": {}, "buurt": {"area": "BU05990535"}, "vergelijk": {"gm": "GM0363,GM0599,GM0344"},
         "kaart": {"level": "wijk"}, "signalen": {}, "themas": {"ind": "advice_vwo", "level": "pc4"}, "over": {}}
SECTIONS = {"signalen": [{"section": s} for s in ("rf", "up", "ew")],
            "vergelijk": [{"section": s} for s in ("compare", "ranking", "groups")]}


def _displayed_cells(el) -> list[str]:
    """A dataframe's cells as the reader sees them: the styler's display values where the page
    formats them, else the raw values as Streamlit would print them."""
    import pyarrow as pa
    proto = el.proto
    data = proto.arrow_data if hasattr(proto, "arrow_data") else proto
    styler = getattr(data, "styler", None)
    if styler is not None and styler.display_values:
        table = pa.ipc.open_stream(io.BytesIO(styler.display_values)).read_all()
    else:
        table = pa.ipc.open_stream(io.BytesIO(data.data)).read_all()
    out = []
    for column in table.columns:
        out.extend(str(v) for v in column.to_pylist() if isinstance(v, str))
    return out


def shown_texts(at) -> list[str]:
    texts = [str(el.value) for kind in MARKDOWN_KINDS for el in getattr(at, kind)]
    texts += [f"{m.label} {m.value}" for m in at.metric]
    for kind in ("select_slider", "selectbox", "radio"):  # the options as the widget shows them
        for el in at.get(kind):
            texts.extend(str(o) for o in getattr(el.proto, "options", []))
    for el in at.get("arrow_data_frame") + at.get("arrow_table"):
        texts.extend(_displayed_cells(el))
    for el in at.get("plotly_chart"):
        spec = json.loads(el.proto.spec)
        for trace in spec["data"]:
            for field in ("text", "y", "x"):
                values = trace.get(field)
                if isinstance(values, list):
                    texts.extend(v for v in values if isinstance(v, str))
    for el in at.get("deck_gl_json_chart"):
        texts.append(json.loads(el.proto.json).get("tooltip", {}).get("html", ""))
    # Markup is not text (a badge's CSS says 0.7em), and "Leefbaarometer 3.0" is a name.
    return [re.sub(r"Leefbaarometer 3\.0|WCAG 2\.\d", "", re.sub(r"<[^>]*>", " ", t.replace("\u2060", "")))
            for t in texts]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("page", list(PAGES))
def test_every_number_is_written_the_readers_way(app_db, page, lang):
    found = []
    for section in SECTIONS.get(page, [{}]):  # Signalen and Vergelijken show one part per view
        at = open_page(page, {**VIEWS[page], **section, "lang": lang}, timeout=120)
        assert_clean(at)
        # an empty cell says "–" as the text does, not Streamlit's grey "None" (core.web.ui.table)
        found.extend(f"a table of {page} {section} writes {d.proto.placeholder or 'None'!r} for a missing value"
                     for d in at.dataframe if d.proto.placeholder != "–")
        for text in shown_texts(at):
            for m in WRONG[lang].finditer(text):
                found.append(f"{m.group(0)!r} in {text[max(0, m.start() - 40):m.end() + 40]!r}")
            if THOUSANDS_K.search(text):
                found.append(f"'k' in {text[:80]!r}")
    assert found == [], "\n".join(dict.fromkeys(found))
