"""The gemeente profile as a two-page PDF (fpdf2), in Dutch or English, for a council memo.

Page 1: class and score, the five dimensions beside the Netherlands, the derived trend.
Page 2: the spread of its buurten with the weakest named, households in weak buurten,
stijgers en dalers and areas under pressure, then the sources and the caveats. Every chart
carries its source line under it; a derived figure says it is ours.
"""
from __future__ import annotations

import io
import os
from datetime import date

from fpdf import FPDF

from core import charts

from core.exports import figure_images
from core.format import day, decimal, number, percent
from core.gemeente_profile import Profile
from core.i18n import plural, t
from core.signals import DEFAULT_MIN_CHANGE
from core.weighting import TREND_SOURCES
from core.scale import DIMENSIONS, class_colour, class_label, hex_to_rgb, text_colour_on

PAGE_W, MARGIN = 210, 15
INNER = PAGE_W - 2 * MARGIN
TEXT, MUTED = (38, 39, 48), (85, 85, 85)


def _font_files() -> tuple[str, str]:
    """DejaVu Sans, as shipped inside matplotlib: every character the texts use (– ≤ ë), no
    font file of our own to keep."""
    import matplotlib
    folder = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf")
    return os.path.join(folder, "DejaVuSans.ttf"), os.path.join(folder, "DejaVuSans-Bold.ttf")


class _Doc(FPDF):
    def __init__(self, footer_text: str):
        super().__init__(format="A4")
        self._footer_text = footer_text
        regular, bold = _font_files()
        self.add_font("DejaVu", "", regular)
        self.add_font("DejaVu", "B", bold)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=16)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(*MUTED)
        self.cell(0, 4, f"{self._footer_text} · {self.page_no()}/{{nb}}", align="L")


def _figures(p: Profile, lang: str) -> list:
    """The two charts, drawn by the same builders as the app's pages."""
    charts.set_language(lang)
    rows = [{"label": p.name, **p.scores}, {"label": t("level.nl", lang)[:1].upper() + t("level.nl", lang)[1:],
                                            **p.national}]
    # Horizontal bars: the dimension names stand in full beside them (rotated labels were cut
    # off in Dutch: "Sociale samenhan"), the legend below the bars, clear of every label.
    dims = charts.comparison(rows, lang, "", "", "")
    lines = [{"label": p.name, "years": p.trend["year"].tolist(), "values": p.trend["afw"].tolist()}]
    trend = charts.trend(lines, p.bounds, lang, "official", "", "", "") if len(p.trend) else None
    return [figure_images.unframed(dims, 900, 400)] + ([figure_images.unframed(trend, 900, 330)] if trend else [])


def build(p: Profile, lang: str, source_names: dict[str, str], made_on: date | None = None, link: str = "") -> bytes:
    """`source_names`: source id -> "publisher, title" in `lang` (from the database)."""
    made_on = made_on or date.today()
    doc = _Doc(t("profile.footer", lang, name=p.name, date=day(made_on, lang)))
    doc.set_title(t("profile.title", lang, name=p.name))
    doc.set_author(t("deck.author", lang))
    doc.set_lang("nl-NL" if lang == "nl" else "en-GB")
    doc.alias_nb_pages()
    try:
        images = figure_images.pngs(_figures(p, lang))
    except figure_images.ImagesUnavailable:
        images = []

    def heading(text: str, size: float = 12):
        doc.ln(2)
        doc.set_font("DejaVu", "B", size)
        doc.set_text_color(*TEXT)
        doc.multi_cell(INNER, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)

    def para(text: str, size: float = 9.5, colour=TEXT):
        doc.set_font("DejaVu", "", size)
        doc.set_text_color(*colour)
        doc.multi_cell(INNER, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)

    def picture(index: int, height_mm: float, source: str):
        if index < len(images):
            doc.image(io.BytesIO(images[index]), x=MARGIN, w=INNER, h=height_mm)
        else:
            para(t("profile.no_image", lang), colour=MUTED)
        para(source, 7.5, MUTED)

    lbm = source_names.get("lbm_gemeenten", "")
    # ------------------------------------------------------------------ page 1
    doc.add_page()
    doc.set_font("DejaVu", "B", 18)
    doc.set_text_color(*TEXT)
    doc.multi_cell(INNER, 9, t("profile.title", lang, name=p.name), new_x="LMARGIN", new_y="NEXT")
    para(t("profile.subtitle", lang, province=p.province, group=t(f"group.{p.group}", lang), year=p.year,
           date=day(made_on, lang)), 9.5, MUTED)
    if link:
        doc.set_font("DejaVu", "", 8)
        doc.set_text_color(31, 78, 121)
        doc.cell(INNER, 4, link, link=link, new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)

    colour = class_colour(p.klasse)
    doc.set_fill_color(*hex_to_rgb(colour))
    doc.set_text_color(*hex_to_rgb(text_colour_on(colour)))
    doc.set_font("DejaVu", "B", 13)
    doc.cell(80, 10, f" {p.klasse} · {class_label(p.klasse, lang)}", fill=True, new_x="LMARGIN", new_y="NEXT")
    doc.set_fill_color(255, 255, 255)
    doc.ln(2)
    para(t("profile.score", lang, score=decimal(p.scores["afw"], lang, signed=True), rank=p.rank, n=p.n_gemeenten)
         + " " + t("profile.households", lang, households=number(p.households, lang, -2),
           weak=number(p.weak_households, lang, -2), share=percent(p.weak_share, lang), year=p.year))

    heading(t("profile.dims.title", lang))
    strongest = max(DIMENSIONS, key=lambda d: p.scores[d] - (p.national.get(d) or 0))
    weakest = min(DIMENSIONS, key=lambda d: p.scores[d] - (p.national.get(d) or 0))
    para(t("profile.dims.text", lang, name=p.name, best=t(f"dim.{strongest}", lang),
           worst=t(f"dim.{weakest}", lang)))
    picture(0, INNER * 400 / 900, t("ui.source_footer", lang, source=lbm) + ". " + t("ui.derived", lang) + ": "
            + t("profile.national_derived", lang))

    heading(t("profile.trend.title", lang))
    if len(p.trend):
        first, last = p.trend.iloc[0], p.trend.iloc[-1]
        para(t("profile.trend.text", lang, a=int(first["year"]), b=int(last["year"]),
               va=decimal(first["afw"], lang, signed=True), vb=decimal(last["afw"], lang, signed=True)))
        sources = sorted(set(p.trend["source"]))
        ids = [i for s in sources for i in TREND_SOURCES[s]]
        picture(1, INNER * 330 / 900, t("ui.source_footer", lang, source="; ".join(
            source_names.get(i, i) for i in ids)) + ". " + t("ui.derived", lang) + ": "
            + "; ".join(t(f"method.{s}_weights", lang) for s in sources))
    else:
        para(t("profile.trend.none", lang), colour=MUTED)

    # ------------------------------------------------------------------ page 2
    doc.add_page()
    heading(t("profile.spread.title", lang, year=p.year))
    spread = (t("profile.spread.text", lang, n=p.buurten, iqr=decimal(p.iqr, lang)) if p.spread_reliable and p.iqr
              is not None else t("profile.spread.few", lang, n=p.buurten))
    para(spread)
    rows = [[t("profile.col.buurt", lang), t("col.class", lang), t("col.score", lang), t("col.households_est", lang)]]
    rows += [[w["name"], f"{w['klasse']} {class_label(w['klasse'], lang)}", decimal(w["afw"], lang, signed=True),
              number(w["households"], lang, -1)] for w in p.weakest]
    _table(doc, rows, (80, 45, 25, 30))
    para(t("ui.source_footer", lang, source=source_names.get("lbm_buurten", "") + "; "
           + source_names.get("kwb2024_households", "")), 7.5, MUTED)

    heading(t("profile.rf.title", lang, a=p.signal_years[0], b=p.signal_years[1]))
    para(t("profile.rf.text", lang, risers=plural("profile.rf.risers", p.n_risers, lang),
         fallers=plural("profile.rf.fallers", p.n_fallers, lang), a=p.signal_years[0],
           b=p.signal_years[1], min=decimal(DEFAULT_MIN_CHANGE, lang, 2)))
    listed = [(t("sig.risers", lang), r) for r in p.risers] + [(t("sig.fallers", lang), r) for r in p.fallers]
    if listed:
        rows = [[t("profile.col.wijk", lang), "", t("sig.col.from", lang), t("sig.col.to", lang),
                 t("sig.col.relative", lang), t("sig.col.driver", lang)]]
        rows += [[r["name"], kind, f"{r['class_from']} {class_label(r['class_from'], lang)}",
                  f"{r['class_to']} {class_label(r['class_to'], lang)}",
                  decimal(r["relative_change"], lang, signed=True),
                  t(f"dim.{r['driver']}", lang) if isinstance(r["driver"], str) else "–"] for kind, r in listed]
        _table(doc, rows, (46, 16, 32, 32, 18, 36))

    heading(t("profile.up.title", lang))
    para(plural("profile.up.text", p.n_pressure, lang, households=number(p.pressure_households, lang, -2),
           years=", ".join(map(str, p.pressure_years))))
    if p.pressure:
        rows = [[t("profile.col.wijk", lang), t("profile.col.weak_years", lang), t("sig.col.lowest", lang),
                 t("sig.col.weakest", lang), t("col.households_est", lang)]]
        rows += [[r["name"], f"{r['weak_of_last']}/{r['last_years']}",
                  f"{r['lowest_class']} {class_label(r['lowest_class'], lang)}",
                  t(f"dim.{r['weakest_dimension']}", lang) if isinstance(r["weakest_dimension"], str) else "–",
                  number(r["households"], lang, -1)] for r in p.pressure]
        _table(doc, rows, (52, 18, 38, 42, 30))
    para(t("ui.source_footer", lang, source=source_names.get("lbm_wijken", "") + "; "
           + source_names.get("kwb2021", "")) + ". " + t("ui.derived", lang) + ": " + t("method.wijk_weights", lang),
         7.5, MUTED)

    heading(t("profile.caveats.title", lang))
    para(t("ui.no_cause", lang) + " " + t("profile.caveats.text", lang), 8.5)
    heading(t("profile.sources.title", lang), 10)
    for sid in ("lbm_gemeenten", "lbm_buurten", "lbm_wijken", "kwb2024_households", "kwb2021", "lbm_pc4"):
        if sid in source_names:
            para("• " + source_names[sid], 8, MUTED)
    return bytes(doc.output())


def _table(doc: FPDF, rows: list[list[str]], widths: tuple[float, ...]) -> None:
    from fpdf.fonts import FontFace

    doc.set_text_color(*TEXT)
    doc.set_font("DejaVu", "", 7.5)
    with doc.table(col_widths=widths, text_align="LEFT", line_height=3.9, first_row_as_headings=True,
                   headings_style=FontFace(family="DejaVu", emphasis="BOLD", fill_color=(238, 238, 238)),
                   borders_layout="HORIZONTAL_LINES") as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(str(value))
    doc.ln(2)
