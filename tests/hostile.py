"""Hostile URL parameters, shared by the AppTest property suite and the browser sample."""
from __future__ import annotations

from hypothesis import strategies as st

from core.web import params

NASTY = [
    "", " ", "0", "-1", "1e309", "NaN", "inf", "9" * 400, "'; DROP TABLE scores; --", "\" OR 1=1 --",
    "<script>alert(1)</script>", "../../etc/passwd", "%00", "\x00", "\u202e\u202dRTL", "🏠🏘️", "ÁÉÍÓÚ ñ ß",
    "GM0363,GM0363,GM0363", "BU0000000", "PC4-0000", "PC4-10111", "GM9999", "buurt", "pc4", "onv",
    "2014", "2022", "1999", "3000", "0.04", "-0.5", "1,5", "Centrum", "Amsterdam", "a" * 5000,
]

# The parameters each page reads, from the one declaration (core.web.params).
PARAMS = {page: [p.name for p in params.declared(page)] for page in params.PAGES}
ENUMERATED = {  # parameters with a closed set of values: a wrong one must be named in a message
    p.name: set(p.choices) for p in params.COMMON if p.choices and p.name != "present"
}
PAGE_ENUMERATED = {
    page: {p.name: set(p.choices) for p in declared if p.kind == "choice" and p.choices}
    for page, declared in params.PAGES.items()
}

# Text that Streamlit Markdown would turn into markup if it were not escaped (issue 27): a
# backtick closing the message's code span, links, images, autolinks, raw HTML, entities,
# LaTeX, Streamlit's directives and shortcodes, emphasis, blocks. Each fetches from or links
# to an outside host, so a browser test that watches requests catches any that slips through.
EVIL = "evil.example"
MARKUP = [
    f"a` ![i](https://{EVIL}/p.png) `",
    f"x`` ![i](https://{EVIL}/q.png) ``y",
    f"[klik hier](https://{EVIL}/phish)",
    f"![img](https://{EVIL}/img.png)",
    f"<https://{EVIL}/auto>",
    f"https://{EVIL}/bare",
    f"www.{EVIL}",
    f"user@{EVIL}",
    f'<img src="https://{EVIL}/tag.png">',
    f'<a href="https://{EVIL}/a">a</a>',
    "<b>vet</b> <script>alert(1)</script>",
    "&lt;b&gt; &amp; &#60;img&#62;",
    "$x^2$ en $$\\frac{1}{2}$$",
    "\\(x\\) \\[y\\]",
    ":material/warning: :red[rood] :blue-background[blauw] :smile: :streamlit:",
    "**vet** _schuin_ ~~weg~~ `code`",
    "# kop\n- lijst\n> citaat",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    f"[ref][1]\n\n[1]: https://{EVIL}/ref",
    "\\` \\\\ \\* \\_",
]
NASTY = NASTY + MARKUP

values = st.one_of(st.sampled_from(NASTY), st.text(max_size=60), st.integers(-10**12, 10**12).map(str),
                   st.floats(allow_nan=True, allow_infinity=True).map(str))


def params_for(page: str):
    names = st.one_of(st.sampled_from(PARAMS[page]), st.text(min_size=1, max_size=12).filter(str.isidentifier))
    return st.dictionaries(names, values, max_size=5)


def invalid_enumerated(page: str, params: dict) -> list[str]:
    """Names of closed-set parameters whose value is not allowed (the page must say so)."""
    rules = {**ENUMERATED, **PAGE_ENUMERATED.get(page, {})}
    return [k for k, v in params.items() if k in rules and v not in rules[k] and v != ""]
