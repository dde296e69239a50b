"""Issue 18 on the pages (AppTest): where the exports are offered, what a queued view keeps,
and the clear messages for an empty queue and a gemeente that does not exist."""
from tests.apptest import assert_clean, open_page, texts


def _downloads(at) -> list[str]:
    return [el.proto.label for el in at.get("download_button")]


def _queue_the_view(at):
    """Press "put this view in the presentation"; the one view kept, with what the page offered."""
    at.button(key="present_add").click().run()
    assert_clean(at)
    (key, kept), = at.session_state["deck_exhibits"].items()
    return key, kept


def test_an_empty_queue_offers_no_deck_but_says_what_to_do(app_db):
    at = open_page("start")
    assert_clean(at)
    assert "Zet eerst een of meer weergaven in de presentatie" in texts(at)
    assert "Download als presentatie (.pptx)" not in _downloads(at)


def test_queueing_keeps_the_views_first_chart_or_map_and_offers_the_deck(app_db):
    at = open_page("kaart", {"level": "wijk", "year": "2012"})
    key, kept = _queue_the_view(at)
    assert key.startswith("kaart?") and "level=wijk" in key and "year=2012" in key
    assert "opnieuw laden of een adres intikken begint een nieuwe presentatie" in texts(at)  # where it lives
    assert kept.picture is not None and kept.figure is None
    assert kept.title.startswith("Totaal, wijken, 2012") and kept.source.startswith("Bron:")
    assert len(kept.picture.areas["features"]) > 3000  # the whole country's wijken
    at.switch_page("views/start.py")
    at.query_params.clear()
    at.run()
    at.button(key="present_add").click().run()
    exhibits = at.session_state["deck_exhibits"]
    assert len(exhibits) == 2
    start = exhibits[next(k for k in exhibits if k.startswith("start?"))]
    assert start.figure is not None and start.title  # the page's first chart, with its title
    assert "Download als presentatie (.pptx)" in _downloads(at)
    at.button(key="deck_clear").click().run()
    assert at.session_state["deck"] == [] and not at.session_state["deck_exhibits"]


def test_a_view_only_keeps_its_visual_in_the_run_that_queues_it(app_db):
    at = open_page("vergelijk", {"gm": "GM0363,GM0599"})
    at.run()  # an ordinary rerun keeps nothing
    kept_before = at.session_state["deck_exhibits"] if "deck_exhibits" in at.session_state else {}
    assert not kept_before
    at.button(key="present_add").click().run()
    (kept,) = at.session_state["deck_exhibits"].values()
    assert "Amsterdam" in str(kept.figure.data[0].name)


def test_vergelijken_offers_the_profile_of_a_picked_gemeente_in_both_languages(app_db):
    at = open_page("vergelijk", {"gm": "GM0599,GM0363"})
    assert_clean(at)
    assert "Gemeenteprofiel (PDF)" in [s.value for s in at.subheader]
    assert at.selectbox(key="cmp_profile").value == "GM0599"  # the first in ?gm= picks it
    assert {"Download profiel (Nederlands)", "Download profiel (Engels)"} <= set(_downloads(at))


def test_a_gemeente_code_that_does_not_exist_gets_a_message_not_a_profile(app_db):
    at = open_page("vergelijk", {"gm": "GM9999"})
    assert_clean(at)
    assert any("GM9999" in w.value for w in at.warning)


def test_mijn_buurt_offers_the_profile_of_the_gemeente_and_of_a_buurts_gemeente(app_db):
    at = open_page("buurt", {"area": "GM0363"})
    assert_clean(at)
    assert "Download profiel (Nederlands)" in _downloads(at)
    at = open_page("buurt", {"area": "PC4-3511", "lang": "en"})
    assert_clean(at)
    assert "The profile of the municipality of Utrecht." in texts(at)
    assert "Download profile (English)" in _downloads(at)


def test_the_presentation_holds_a_bounded_number_of_views(app_db):
    """Issue 27: a session's queue (and so its deck) is bounded; the button says why it stops."""
    from core.web.presenter import MAX_QUEUED
    at = open_page("start")
    at.session_state["deck"] = [("kaart", {"year": str(2002 + i)}) for i in range(MAX_QUEUED - 1)]
    at.run()
    at.button(key="present_add").click().run()
    assert len(at.session_state["deck"]) == MAX_QUEUED
    assert at.button(key="present_add").disabled
    assert f"Meer dan {MAX_QUEUED} weergaven passen er niet in." in texts(at)


def test_while_another_export_runs_the_pages_say_busy_instead_of_offering_a_download(app_db):
    """Issue 27: exports take turns per process; a visitor who arrives while one is being made
    reads "busy, try again" and gets a retry button, not a download that would wait minutes."""
    import threading

    from core.exports import figure_images
    held, release = threading.Event(), threading.Event()

    def other_visitors_export():
        with figure_images.export_slot():
            held.set()
            release.wait(60)

    worker = threading.Thread(target=other_visitors_export)
    worker.start()
    try:
        held.wait(10)
        at = open_page("vergelijk", {"gm": "GM0599,GM0363"})
        assert_clean(at)
        assert "Het is even druk" in texts(at)
        assert "Download profiel (Nederlands)" not in _downloads(at)
        assert at.button(key="cmp_profile_pdf_retry")
        with __import__("pytest").raises(figure_images.ExportBusy):
            with figure_images.export_slot(timeout=0.2):
                pass
    finally:
        release.set()
        worker.join()
    at.button(key="cmp_profile_pdf_retry").click().run()  # the other export is done: try again works
    assert "Download profiel (Nederlands)" in _downloads(at)


def test_mijn_buurts_map_part_queued_keeps_its_map_and_draws_it(app_db, real_con):
    """Issue 32: Mijn buurt shows one part at a time; a queued map part gets the map on its slide."""
    import io

    from PIL import Image

    from core import queries
    from core.exports import map_images
    at = open_page("buurt", {"area": "PC4-3072", "section": "map"})
    key, kept = _queue_the_view(at)
    assert key.startswith("buurt?") and "section=map" in key and "area=PC4-3072" in key
    assert kept.picture is not None and kept.figure is None
    assert kept.title.startswith("3072 (Rotterdam)") and "Bron:" in kept.source
    assert len(kept.picture.areas["features"]) == len(queries.neighbourhood(real_con, "PC4-3072"))
    image = Image.open(io.BytesIO(map_images.png(kept.picture, 800, 600, dpi=100)))
    assert image.size == (800, 600)


def test_signalens_queued_map_keeps_the_areas_of_its_table(app_db):
    """The signal map is built once per view and shared (issue 32, core.map_views.signal_deck): a
    queued view still gets the areas its table lists, coloured, and no other (a second view with
    another period must not get the first view's areas)."""
    for start in ("2016", "2018"):  # not 2014: the default start, which a link leaves out
        at = open_page("signalen", {"from": start, "to": "2022", "gm": "GM0599"})
        listed = set(at.dataframe[0].value.iloc[:, 0].astype(str))
        key, kept = _queue_the_view(at)
        assert f"from={start}" in key and kept.picture is not None
        shown = {f["properties"]["code"].removeprefix("PC4-") for f in kept.picture.areas["features"]}
        assert shown == listed and len(shown) > 0, (start, shown ^ listed)
