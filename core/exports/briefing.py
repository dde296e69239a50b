"""From the presentation queue to slides: each view's kept visual drawn as an image.

Charts go through Kaleido in one browser run for the whole deck; maps are drawn by
matplotlib. A view without a visual, or whose image cannot be drawn, still gets its slide,
with its title, link and a sentence that says why there is no picture.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.exports import figure_images, map_images, slide_deck
from core.exports.exhibits import Exhibit
from core.i18n import t

CHART_PX = (1400, 620)   # the slide's picture box is 12.3 × 5.4 inches
MAP_PX = (1700, 800)


def slides(entries: list[tuple[str, Exhibit | None, str]], lang: str) -> list[slide_deck.Slide]:
    """`entries`: (page key, the view's exhibit or None, link) in queue order."""
    figures = [e.figure for _, e, _ in entries if e is not None and e.figure is not None]
    try:
        images = iter(figure_images.pngs([figure_images.unframed(f, *CHART_PX) for f in figures]))
        chart_problem = ""
    except figure_images.ImagesUnavailable:
        images, chart_problem = iter(()), t("deck.no_browser", lang)
    out = []
    for page, exhibit, link in entries:
        if exhibit is None:
            out.append(slide_deck.Slide(t(f"nav.{page}", lang), t("deck.no_visual_sub", lang),
                                        t("deck.sources_generic", lang), link, note=t("deck.no_visual", lang)))
            continue
        image, size, note = None, None, ""
        if exhibit.figure is not None:
            image = next(images, None)
            size, note = CHART_PX, chart_problem
        elif exhibit.picture is not None:
            bare = replace(exhibit.picture, title="", subtitle="", source="")
            image, size = map_images.png(bare, *MAP_PX), MAP_PX
        out.append(slide_deck.Slide(exhibit.title, exhibit.subtitle, exhibit.source, link, image, size, note))
    return out


def deck(entries: list[tuple[str, Exhibit | None, str]], lang: str, made_on: date | None = None) -> bytes:
    if not entries:
        raise ValueError("an empty presentation queue has no deck")
    with figure_images.export_slot():  # the whole deck, its maps too: one export at a time
        return slide_deck.build(slides(entries, lang), lang, made_on)
