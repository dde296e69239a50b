"""Plotly figures in one house style: a title that states the point, a subtitle with the
measure, a footer with the source; class colours and dimension colours as everywhere else."""
from __future__ import annotations

import contextvars
import functools
import numbers
import textwrap
import weakref

import plotly.graph_objects as go

from core import format as format_
from core.i18n import t
from core.inequality import weighted_quantile
from core.scale import (DIMENSION_COLOURS, DIMENSIONS, PALETTES, class_colour, class_label,
                        text_colour_on)

FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"
# Paul Tol's "bright" scheme: distinguishable for colour-blind readers; for series that are
# places, not classes (class colours are reserved for classes).
SERIES_COLOURS = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB")
GRID = "#E6E6E6"

# Presenter mode enlarges the type on every chart, read from a projector at the back of a
# room. ui.setup() sets the scale at the start of every script run, and each session runs in
# its own thread, so one presenter's setting never reaches another session's charts.
_type_scale: contextvars.ContextVar[float] = contextvars.ContextVar("type_scale", default=1.0)
PRESENTER_TYPE_SCALE = 1.4


def set_type_scale(scale: float) -> None:
    _type_scale.set(scale)


# Figures shared by every session, and what built each: tests/test_shared_caches.py builds each
# again and compares (a page that changed a shared figure would show in every other session).
# (A Figure defines == and so cannot be a weak dictionary's key: by id, with a weak reference.)
_issued: dict[int, tuple[weakref.ref, tuple]] = {}


def shared(fn=None, *, max_entries: int = 256):
    """Build a figure once per arguments, language and type scale, for every session (issue 32:
    Plotly's property machinery was the largest share of a rerun's time, and most views are
    opened by many people: the national charts, a gemeente's, the groups). Like the query
    caches (core.caching) the figure is one object, not a copy: whoever gets it draws or copies
    it (core.exports.figure_images), never changes it. Outside a Streamlit run (the exports'
    command line, unit tests) and for arguments Streamlit cannot hash, it is built every time.
    `max_entries` per builder bounds the memory a crawler opening every view could fill."""
    if fn is None:
        return functools.partial(shared, max_entries=max_entries)

    @functools.cache
    def store():
        import streamlit as st

        def build(name: str, scale: float, lang: str, args: tuple, kwargs: tuple) -> go.Figure:
            fig = fn(*args, **dict(kwargs))
            for dead in [k for k, (ref, _) in _issued.items() if ref() is None]:
                del _issued[dead]
            _issued[id(fig)] = (weakref.ref(fig), (fn, scale, lang, args, kwargs))
            return fig

        # Streamlit keys a cache by module, name and source: `build` is the same source for every
        # builder, so its name carries the builder's (as core.caching does).
        build.__module__, build.__qualname__ = fn.__module__, f"{fn.__qualname__}.shared"
        return st.cache_resource(show_spinner=False, max_entries=max_entries)(build)

    @functools.wraps(fn)
    def call(*args, **kwargs):
        from streamlit.runtime.caching.cache_errors import UnhashableParamError
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        if get_script_run_ctx(suppress_warning=True) is None:
            return fn(*args, **kwargs)
        try:
            return store()(fn.__qualname__, _type_scale.get(), format_.language(), args, tuple(sorted(kwargs.items())))
        except UnhashableParamError:
            return fn(*args, **kwargs)

    call.uncached = fn  # type: ignore[attr-defined]
    return call


def issued() -> list[tuple[go.Figure, tuple]]:
    """The shared figures alive now, each with what built it: (builder, type scale, language, args, kwargs)."""
    alive = [(ref(), how) for ref, how in list(_issued.values())]
    return [(fig, how) for fig, how in alive if fig is not None]


def set_language(lang: str) -> None:
    """Called by ui.setup at the start of every run, per session like the type scale: numbers on
    charts as the reader writes them (core.format, and Plotly's `separators` for its own)."""
    format_.set_language(lang)


def wrap(text: str, width: int = 110) -> str:
    """Plotly does not wrap annotations; break long footers into lines."""
    return "<br>".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) or text


def _years_on(fig, axis: str) -> bool:
    """Whether every value on this axis of every trace is a whole year (1900–2100)."""
    values = [v for trace in fig.data for v in (() if getattr(trace, axis, None) is None else getattr(trace, axis))]
    return bool(values) and all(isinstance(v, numbers.Real) and not isinstance(v, bool) and float(v).is_integer()
                                and 1900 <= v <= 2100 for v in values)


def frame(fig: go.Figure, title: str, subtitle: str, source: str, height: int = 420,
          legend: bool = False, footer_width: int = 110, legend_rows: int = 1) -> go.Figure:
    """Title, subtitle and source footer, in the same place on every chart; a legend, if
    any, sits under the plot so it never covers the subtitle."""
    s = _type_scale.get()
    footer_width = round(footer_width / s)  # larger type, fewer characters a line: nothing cut at the right
    footer = wrap(source, footer_width)
    title_lines = wrap(title, footer_width * 2 // 3).count("<br>")
    n_lines = footer.count("<br>") + 1
    bottom = round(s * (60 + 16 * n_lines + (22 + 20 * legend_rows if legend else 0)))
    top = round(s * (80 + 34 * title_lines))  # a wrapped title pushes the subtitle down
    total = round(s * height) + bottom - 70
    plot_h = total - top - bottom
    subtitle = wrap(subtitle, footer_width) if subtitle else subtitle
    top += round(s * 24 * subtitle.count("<br>")) if subtitle else 0
    plot_h = total - top - bottom
    fig.update_layout(
        title={"text": "<b>" + wrap(title, footer_width * 2 // 3) + "</b>", "subtitle": {"text": subtitle}, "x": 0, "xanchor": "left",
               "font": {"size": round(18 * s)}},
        font={"family": FONT, "size": round(14 * s), "color": "#262730"},
        height=total, margin={"l": 10, "r": 30, "t": top, "b": bottom},
        plot_bgcolor="white", paper_bgcolor="white", showlegend=legend, separators=format_.plotly_separators(),
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 0, "yanchor": "top",
                "yref": "container", "entrywidth": 0},
        annotations=list(fig.layout.annotations) + [{
            "text": footer, "xref": "paper", "yref": "paper", "x": 0, "y": -(bottom - 6) / plot_h,
            "yanchor": "bottom",
            "xanchor": "left", "align": "left", "showarrow": False,
            "font": {"size": round(11 * s), "color": "#5C5C5C"}}],
    )
    if legend:
        fig.update_layout(legend={"y": s * (16 * n_lines + 24) / total, "yanchor": "bottom"})
    # Whole numbers on axes as the reader writes them: "300.000", never Plotly's "300k" (which a
    # Dutch reader takes for a decimal) nor "1000" without its separator.
    # Years stay years: "2002", never "2.002".
    for update, axis in ((fig.update_xaxes, "x"), (fig.update_yaxes, "y")):
        update(gridcolor=GRID, zerolinecolor="#9E9E9E", exponentformat="none",
               separatethousands=not _years_on(fig, axis))
    if s != 1.0:  # Streamlit's chart theme sets ticks, legend and subtitle itself: scale those too
        for update in (fig.update_xaxes, fig.update_yaxes):
            update(tickfont={"size": round(13 * s)}, title_font={"size": round(14 * s)})
        fig.update_layout(legend_font_size=round(14 * s), title_subtitle_font_size=round(14 * s))
    return fig


def fmt(value: float | None, signed: bool = True) -> str:
    """A score as the reader writes it (+0,049 in Dutch, +0.049 in English: the run's language)."""
    return format_.decimal(value, None, 3, signed)


@shared
def waterfall(contributions: dict[str, float | None], total: float, lang: str, palette: str,
              title: str, subtitle: str, source: str) -> go.Figure:
    """From the national reference (0) through the five dimensions to the area's deviation."""
    dims = [d for d in DIMENSIONS if contributions.get(d) is not None]
    values = [0.0] + [contributions[d] for d in dims] + [total]
    # The value goes into the axis label: bar-end labels collide with the axis on narrow screens.
    labels = [t("chart.reference", lang)] + [t(f"dim.{d}", lang) for d in dims] + [t("chart.this_area", lang)]
    labels = [f"{name}  <b>{fmt(v)}</b>" if i else name for i, (name, v) in enumerate(zip(labels, values))]
    measure = ["absolute"] + ["relative"] * len(dims) + ["total"]
    colours = PALETTES[palette]
    fig = go.Figure(go.Waterfall(
        y=labels, x=values, measure=measure, orientation="h",
        increasing={"marker": {"color": colours[6]}}, decreasing={"marker": {"color": colours[2]}},
        totals={"marker": {"color": "#4D4D4D"}}, connector={"line": {"color": "#9E9E9E", "dash": "dot"}},
        hovertemplate="%{y}: %{x:+.3f}<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=t("chart.deviation", lang))
    return frame(fig, title, subtitle, source, footer_width=62)


@shared
def comparison(rows: list[dict], lang: str, title: str, subtitle: str, source: str) -> go.Figure:
    """The area, its gemeente and the Netherlands side by side: total and the five dimensions."""
    measures = ["afw", *DIMENSIONS]
    y = [t(f"dim.{m}", lang) for m in measures]
    greys = ["#1F4E79", "#7F9DBA", "#BFBFBF"]
    fig = go.Figure()
    for i, row in enumerate(rows):
        fig.add_bar(
            y=y, x=[row.get(m) for m in measures], name=row["label"], orientation="h",
            marker={"color": greys[i % len(greys)]},
            text=[fmt(row.get(m)) for m in measures], textposition="outside", cliponaxis=False,
            hovertemplate=f"{row['label']}<br>%{{y}}: %{{x:+.3f}}<extra></extra>",
        )
    fig.update_layout(barmode="group")
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=t("chart.deviation", lang),
                     range=room_for_labels([row.get(m) for row in rows for m in measures]))
    return frame(fig, title, subtitle, source, height=460, legend=True)


def room_for_labels(values, share: float = 0.3) -> list[float]:
    """An axis range with room beyond the longest bars for their value labels, which would
    otherwise run into the names on the left or off the chart on the right (on a phone too)."""
    known = [v for v in values if v is not None and v == v]
    lo, hi = min(known + [0.0]), max(known + [0.0])
    pad = share * (hi - lo or 0.1)
    return [lo - (pad if lo < 0 else 0), hi + (pad if hi > 0 else 0)]


@shared
def trend(series: list[dict], bounds: list[float], lang: str, palette: str, title: str,
          subtitle: str, source: str, equal: bool = False) -> go.Figure:
    """Deviation over the years on a background of the nine class bands.

    `series`: [{"label", "years", "values", "dash"?}]; the first is drawn strongest.
    """
    all_values = [v for s in series for v in s["values"] if v is not None]
    lo = min(all_values + [0.0]) - 0.05
    hi = max(all_values + [0.0]) + 0.05
    fig = go.Figure()
    edges = [-10.0, *bounds, 10.0]
    for k in range(1, 10 if bounds else 1):
        y0, y1 = max(edges[k - 1], lo), min(edges[k], hi)
        if y0 >= y1:
            continue
        fig.add_hrect(y0=y0, y1=y1, fillcolor=class_colour(k, palette), opacity=0.35, line_width=0,
                      layer="below")
        if y1 - y0 > (hi - lo) * 0.06:
            fig.add_annotation(x=1, xref="paper", xanchor="right", y=(y0 + y1) / 2, text=class_label(k, lang),
                               showarrow=False, font={"size": 11, "color": "#404040"})
    styles = [("#1F1F1F", 3, "solid"), ("#1F4E79", 2, "dash"), ("#7F7F7F", 2, "dot")]
    if equal or len(series) > len(styles):  # places of equal standing: one colour each
        styles = [(c, 2.5, "solid") for c in SERIES_COLOURS]
    for i, s in enumerate(series):
        colour, width, dash = styles[i % len(styles)]
        fig.add_scatter(x=s["years"], y=s["values"], name=s["label"], mode="lines+markers",
                        line={"color": colour, "width": width, "dash": s.get("dash", dash)},
                        hovertemplate=f"{s['label']}<br>%{{x}}: %{{y:+.3f}}<extra></extra>")
    fig.update_yaxes(range=[lo, hi], title=t("chart.deviation", lang))
    fig.update_xaxes(dtick=2 if len(series[0]["years"]) < 12 else None, title=None)
    return frame(fig, title, subtitle, source, legend=True)


@shared
def change_bars(change: dict, lang: str, palette: str, title: str, subtitle: str, source: str) -> go.Figure:
    """The change in each dimension and in total between two years, the driver marked."""
    dims = [d for d in DIMENSIONS if change["dimensions"].get(d) is not None]
    labels = [t(f"dim.{d}", lang) + (" ◀" if d == change["driver"] else "") for d in dims]
    values = [change["dimensions"][d] for d in dims]
    colours = [DIMENSION_COLOURS[d] for d in dims]
    labels.append(t("dim.afw", lang))
    values.append(change["total"])
    colours.append("#4D4D4D")
    fig = go.Figure(go.Bar(x=values, y=labels, orientation="h", marker={"color": colours},
                           text=[fmt(v) for v in values], textposition="outside", cliponaxis=False,
                           hovertemplate="%{y}: %{x:+.3f}<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=t("chart.change", lang), range=room_for_labels(values, 0.45))
    return frame(fig, title, subtitle, source, height=380)


def class_badge_html(klasse: int | None, lang: str, palette: str) -> str:
    """A coloured label with the class in words: colour never carries the meaning alone."""
    bg = class_colour(klasse, palette)
    fg = text_colour_on(bg)
    return (f'<span style="background:{bg};color:{fg};padding:0.25em 0.7em;border-radius:0.4em;'
            f'font-weight:600;font-size:1.4em;display:inline-block;white-space:nowrap">'
            f'{klasse or "–"} · {class_label(klasse, lang)}</span>')


def _two_lines(label: str, longer_than: int = 10) -> str:
    """A long axis label on two lines, broken at the space nearest its middle."""
    spaces = [i for i, c in enumerate(label) if c == " "]
    if len(label) <= longer_than or not spaces:
        return label
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:cut] + "<br>" + label[cut + 1:]


@shared
def profile_bars(rows: list[dict], lang: str, title: str, subtitle: str, source: str) -> go.Figure:
    """Total and five dimensions for several places or groups (`label` and one value per
    measure in each row), grouped per measure, one scale."""
    measures = ["afw", *DIMENSIONS]
    # Two lines where a name is long: Plotly slanted them, and on a projector or a phone they ran
    # off the chart ("Overlast en onve…"); the hover keeps the name on one line.
    x = [_two_lines(t(f"dim.{m}", lang)) for m in measures]
    fig = go.Figure()
    for i, row in enumerate(rows):
        fig.add_bar(x=x, y=[row.get(m) for m in measures], name=row["label"],
                    marker={"color": SERIES_COLOURS[i % len(SERIES_COLOURS)]},
                    customdata=[t(f"dim.{m}", lang) for m in measures],
                    hovertemplate=f"{row['label']}<br>%{{customdata}}: %{{y:+.3f}}<extra></extra>")
    fig.update_layout(barmode="group")
    fig.update_yaxes(title=t("chart.deviation", lang))
    return frame(fig, title, subtitle, source, height=440, legend=True)


@shared
def spread_strip(buurten, order: list[str], names: dict[str, str], lang: str, palette: str,
                 title: str, subtitle: str, source: str) -> go.Figure:
    """Every buurt of each gemeente as a dot in its class colour, over a box of the
    household-weighted quartiles (the same quartiles as the spread table beside it)."""
    fig = go.Figure()
    for code in order:
        g = buurten[buurten["gemeente_code"] == code]
        label = names.get(code, code)
        w = g["households"].fillna(0)
        q1, med, q3 = (weighted_quantile(g["afw"], w, q) for q in (0.25, 0.5, 0.75))
        fig.add_box(y=[label], q1=[q1], median=[med], q3=[q3], lowerfence=[g["afw"].min()],
                    upperfence=[g["afw"].max()], orientation="h", name=label, boxpoints=False,
                    marker={"color": "#606060"}, line={"width": 1.5}, fillcolor="rgba(0,0,0,0)",
                    showlegend=False, hoverinfo="skip")
        fig.add_scatter(
            x=g["afw"], y=[label] * len(g), mode="markers", showlegend=False,
            marker={"color": [class_colour(int(k), palette) for k in g["klasse"]], "size": 7,
                    "line": {"width": 0.5, "color": "#404040"}},
            text=[f"{n}: {class_label(int(k), lang)} ({format_.score(a, lang)})"
                  for n, k, a in zip(g["name"], g["klasse"], g["afw"])],
            hovertemplate="%{text}<extra></extra>")
    fig.update_xaxes(title=t("chart.deviation", lang))
    fig.update_yaxes(autorange="reversed")
    return frame(fig, title, subtitle, source, height=120 + 70 * max(1, len(order)))


@shared
def risers_fallers_bars(periods, lang: str, palette: str, title: str, subtitle: str, source: str) -> go.Figure:
    """Households in risers (up) and fallers (down) per period; the number of areas on hover."""
    colours = PALETTES[palette]
    fig = go.Figure()
    for kind, sign, colour in (("risers", 1, colours[7]), ("fallers", -1, colours[1])):
        fig.add_bar(x=periods["period"], y=sign * periods[f"{kind}_households"], name=t(f"sig.{kind}", lang),
                    marker_color=colour, customdata=list(zip(periods[f"{kind}_households"], periods[kind])),
                    hovertemplate="%{x}: %{customdata[0]:,.0f} " + t("col.households", lang).lower()
                    + " (%{customdata[1]} " + t("col.areas", lang).lower() + ")<extra></extra>")
    fig.update_layout(barmode="relative")
    fig.update_yaxes(title=t("sig.periods.axis", lang))
    return frame(fig, title, subtitle, source, height=380, legend=True)


@shared
def class_bars(by_class, lang: str, palette: str, title: str, subtitle: str, source: str,
               narrow: bool = False) -> go.Figure:
    """Households per class, each bar in its class colour and named in words. Upright bars name a
    class one word per line ("zeer onvoldoende" on one line made Plotly slant every label into the
    source line); on a phone (`narrow`) the bars lie down, so the names read across the screen."""
    ks = [int(k) for k in by_class["klasse"]]
    names = ([f"{k} {class_label(k, lang)}" for k in ks] if narrow
             else [f"{k}<br>" + class_label(k, lang).replace(" ", "<br>") for k in ks])
    counts = by_class["households"]
    fig = go.Figure(go.Bar(
        x=counts if narrow else names, y=names if narrow else counts, orientation="h" if narrow else "v",
        marker={"color": [class_colour(k, palette) for k in ks], "line": {"color": "#404040", "width": 0.5}},
        text=[format_.large(v, lang) for v in counts], textposition="outside", cliponaxis=False,
        hovertemplate=("%{y}: %{x:,.0f}" if narrow else "%{x}: %{y:,.0f}") + "<extra></extra>"))
    values_axis = fig.update_xaxes if narrow else fig.update_yaxes
    values_axis(title=t("col.households", lang), tickformat=",.0f")  # 2.500.000, not Plotly's "2,5M"
    if narrow:
        fig.update_yaxes(autorange="reversed")  # class 1 at the top, as in the legend
        fig.update_xaxes(range=[0, 1.35 * float(counts.max())])  # room for "2,4 mln" beside the longest bar
    return frame(fig, title, subtitle, source, height=420)


@shared
def national_trend(trend_df, lang: str, title: str, subtitle: str, source: str, upto: int | None = None) -> go.Figure:
    """Mean deviation per year as a line, with the five dimension contributions as bars from 2014.
    `upto` draws the years until then only, on the axes of the whole series, so that a trend played
    year by year (core.web.play) grows in place instead of rescaling at every step."""
    fig = go.Figure()
    whole = trend_df
    if upto is not None:
        trend_df = trend_df[trend_df["year"] <= upto]
    with_dims = trend_df[trend_df["fys"].notna()]
    for d in DIMENSIONS:
        fig.add_bar(x=with_dims["year"], y=with_dims[d], name=t(f"dim.{d}", lang),
                    marker={"color": DIMENSION_COLOURS[d]},
                    hovertemplate=f"{t(f'dim.{d}', lang)} %{{x}}: %{{y:+.3f}}<extra></extra>")
    fig.add_scatter(x=trend_df["year"], y=trend_df["afw"], name=t("dim.afw", lang), mode="lines+markers",
                    line={"color": "#1F1F1F", "width": 3},
                    hovertemplate=f"{t('dim.afw', lang)} %{{x}}: %{{y:+.3f}}<extra></extra>")
    fig.update_layout(barmode="relative")
    fig.update_yaxes(title=t("chart.deviation", lang))
    fig.update_xaxes(dtick=2)
    if upto is not None:
        dims = whole[list(DIMENSIONS)].fillna(0)
        low = min(whole["afw"].min(), dims.clip(upper=0).sum(axis=1).min(), 0)
        high = max(whole["afw"].max(), dims.clip(lower=0).sum(axis=1).max(), 0)
        pad = 0.08 * (high - low)
        fig.update_yaxes(range=[low - pad, high + pad])
        fig.update_xaxes(range=[whole["year"].min() - 1, whole["year"].max() + 1])
    return frame(fig, title, subtitle, source, height=440, legend=True)


@shared
def class_distribution(dist, lang: str, palette: str, title: str, subtitle: str, source: str) -> go.Figure:
    """Share of areas per class per year, stacked to 100%."""
    totals = dist.groupby("year")["areas"].transform("sum")
    dist = dist.assign(share=100 * dist["areas"] / totals)
    fig = go.Figure()
    for k in range(1, 10):
        part = dist[dist["klasse"] == k]
        fig.add_bar(x=part["year"], y=part["share"], name=f"{k} {class_label(k, lang)}",
                    marker={"color": class_colour(k, palette), "line": {"color": "#FFFFFF", "width": 0.5}},
                    hovertemplate=f"{class_label(k, lang)} %{{x}}: %{{y:.1f}}%<extra></extra>")
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title="%", range=[0, 100])
    fig.update_xaxes(dtick=2)
    return frame(fig, title, subtitle, source, height=440, legend=True)


@shared
def share_bars(labels: list[str], shares: list[float], lang: str, title: str, subtitle: str,
               source: str, highlight: int = 0) -> go.Figure:
    """Horizontal bars of percentages; the first `highlight` bars (groups) in a darker tone."""
    colours = ["#1F4E79" if i < highlight else "#7F9DBA" for i in range(len(labels))]
    fig = go.Figure(go.Bar(y=labels, x=shares, orientation="h", marker={"color": colours},
                           text=[format_.decimal(v, lang, 1) + "%" for v in shares], textposition="outside",
                           cliponaxis=False,
                           hovertemplate="%{y}: %{x:.1f}%<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="%")
    return frame(fig, title, subtitle, source, height=120 + 26 * len(labels))


@shared(max_entries=32)  # up to 12,000 points each
def scatter(joined, measure: str, class_col: str, x_label: str, lang: str, palette: str, fit: tuple[float, float],
            highlight: list[str], title: str, subtitle: str, source: str, dimension: bool,
            log_x: bool = False) -> go.Figure:
    """Indicator against liveability, dots in class colours, the least-squares line, chosen areas named.
    The dots are drawn with WebGL: 12,000 buurten as SVG circles took the browser about 1.5 s more
    per run (and made Thema's the slowest page in the browser tests); slides draw them the same way."""
    fig = go.Figure()
    ks = joined[class_col]
    for k in sorted(ks.dropna().unique()):
        part = joined[ks == k]
        fig.add_trace(go.Scattergl(
            x=part["value"], y=part[measure], mode="markers", name=f"{int(k)} {class_label(int(k), lang, dimension)}",
            marker={"color": class_colour(int(k), palette), "size": 7, "line": {"width": 0.5, "color": "#404040"}},
            text=part["name"] + " (" + part["gemeente_name"].fillna("") + ")",
            hovertemplate="%{text}<br>" + x_label + ": %{x:.2f}<br>%{y:+.3f}<extra></extra>"))
    slope, intercept = fit
    if slope == slope:
        xs = [float(joined["value"].min()), float(joined["value"].max())]
        fig.add_scatter(x=xs, y=[slope * x + intercept for x in xs], mode="lines", name=t("themes.fit", lang),
                        line={"color": "#1F1F1F", "dash": "dash", "width": 2}, hoverinfo="skip")
    chosen = joined[joined["code"].isin(highlight)]
    if len(chosen):
        fig.add_scatter(x=chosen["value"], y=chosen[measure], mode="markers+text", text=chosen["name"],
                        textposition="top center", name=t("themes.highlighted", lang),
                        marker={"size": 14, "color": "rgba(0,0,0,0)", "line": {"width": 2.5, "color": "#000000"}},
                        hoverinfo="skip")
    fig.update_xaxes(title=x_label, type="log" if log_x else "linear")
    fig.update_yaxes(title=t("chart.deviation", lang))
    return frame(fig, title, subtitle, source, height=480, legend=True, legend_rows=3)


@shared
def class_means(per_class, unit: str, lang: str, palette: str, title: str, subtitle: str, source: str,
                dimension: bool) -> go.Figure:
    """Mean of the indicator per liveability class, bars in class colours, n on each bar."""
    ks = per_class["klasse"].astype(int).tolist()
    fig = go.Figure(go.Bar(
        x=[f"{k}<br>" + class_label(k, lang, dimension).replace(" ", "<br>") for k in ks], y=per_class["mean"],
        marker={"color": [class_colour(k, palette) for k in ks], "line": {"color": "#404040", "width": 0.5}},
        text=[f"n={format_.number(n, lang)}" for n in per_class["n"]], textposition="outside", cliponaxis=False,
        hovertemplate="%{x}: %{y:.2f}<extra></extra>"))
    fig.update_yaxes(title=unit)  # tick labels turn by themselves where they would overprint (a phone)
    return frame(fig, title, subtitle, source, height=400)
