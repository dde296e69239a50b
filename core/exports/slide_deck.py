"""The presentation queue as a PowerPoint file (python-pptx), to send ahead or show without the app.

A title slide with the date and a link back to each view; then one slide per view: its title
and subtitle as real text, the chart or map as an image (with alt text), and the source line.
Text carries its language, so a screen reader and the spelling check read Dutch as Dutch.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.util import Emu, Inches, Pt

from core.i18n import plural, t

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.5)
TEXT = RGBColor(0x26, 0x27, 0x30)
MUTED = RGBColor(0x55, 0x55, 0x55)
LINK = RGBColor(0x1F, 0x4E, 0x79)
LANGUAGE = {"nl": MSO_LANGUAGE_ID.DUTCH, "en": MSO_LANGUAGE_ID.ENGLISH_UK}


@dataclass
class Slide:
    """One queued view, ready to be laid out."""
    title: str
    subtitle: str
    source: str
    link: str
    image: bytes | None = None        # PNG
    image_size: tuple[int, int] | None = None  # pixels, for the aspect ratio
    note: str = ""                    # why there is no image, or what the reader should know


def _text(slide, left, top, width, height, text, size, lang, bold=False, colour=TEXT, link=None):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, colour
    run.font.language_id = LANGUAGE.get(lang, MSO_LANGUAGE_ID.DUTCH)
    if link:
        run.hyperlink.address = link
    return box


def _picture(slide, image: bytes, size: tuple[int, int] | None, left, top, width, height, alt: str):
    """The image as large as fits the box, centred, keeping its aspect ratio."""
    w_px, h_px = size or (16, 9)
    scale = min(width / w_px, height / h_px)
    w, h = int(w_px * scale), int(h_px * scale)
    pic = slide.shapes.add_picture(io.BytesIO(image), Emu(left + (width - w) // 2), Emu(top + (height - h) // 2),
                                   Emu(w), Emu(h))
    pic._element.nvPicPr.cNvPr.set("descr", alt)  # alt text; python-pptx has no public setter
    return pic


def build(slides: list[Slide], lang: str, made_on: date | None = None, app_link: str = "") -> bytes:
    """The .pptx file as bytes. An empty list is the caller's to refuse (see presenter)."""
    made_on = made_on or date.today()
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    deck.core_properties.title = t("deck.title", lang)
    deck.core_properties.author = t("deck.author", lang)
    deck.core_properties.language = "nl-NL" if lang == "nl" else "en-GB"
    blank = deck.slide_layouts[6]
    inner = WIDTH - 2 * MARGIN

    first = deck.slides.add_slide(blank)
    _text(first, MARGIN, Inches(0.7), inner, Inches(1.0), t("deck.title", lang), 36, lang, bold=True)
    _text(first, MARGIN, Inches(1.7), inner, Inches(0.5),
          plural("deck.made_on", len(slides), lang, date=_long_date(made_on, lang)), 16, lang, colour=MUTED)
    top = Inches(2.5)
    for i, s in enumerate(slides[:12], start=1):
        _text(first, MARGIN, top, inner, Inches(0.35), f"{i}. {s.title}", 13, lang, colour=LINK if s.link else TEXT,
              link=s.link or None)
        top += Inches(0.36)
    if len(slides) > 12:
        _text(first, MARGIN, top, inner, Inches(0.35), plural("deck.more", len(slides) - 12, lang), 12, lang, colour=MUTED)
    # Links only where the app knows its public address (LBM_PUBLIC_URL): the caveat promises them only then.
    caveat = t("deck.caveat", lang) + (" " + t("deck.caveat.links", lang) if any(s.link for s in slides) else "")
    _text(first, MARGIN, HEIGHT - Inches(0.9), inner, Inches(0.6), caveat, 11, lang, colour=MUTED)

    for s in slides:
        slide = deck.slides.add_slide(blank)
        _text(slide, MARGIN, Inches(0.3), inner, Inches(0.7), s.title, 26, lang, bold=True)
        _text(slide, MARGIN, Inches(0.95), inner, Inches(0.45), s.subtitle, 15, lang, colour=MUTED)
        body_top, body_height = Inches(1.45), HEIGHT - Inches(1.45) - Inches(1.05)
        if s.image:
            _picture(slide, s.image, s.image_size, MARGIN, body_top, inner, body_height, alt=s.title)
        else:
            _text(slide, MARGIN, body_top + Inches(1.5), inner, Inches(1.0), s.note or t("deck.no_image", lang), 18,
                  lang, colour=MUTED)
        _text(slide, MARGIN, HEIGHT - Inches(1.0), inner, Inches(0.5), s.source, 10, lang, colour=MUTED)
        if s.link:
            _text(slide, MARGIN, HEIGHT - Inches(0.5), inner, Inches(0.35), s.link, 10, lang, colour=LINK, link=s.link)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


MONTHS = {"nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                 "oktober", "november", "december"),
          "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December")}


def _long_date(day: date, lang: str) -> str:
    return f"{day.day} {MONTHS.get(lang, MONTHS['nl'])[day.month - 1]} {day.year}"
