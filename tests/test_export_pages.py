"""Issue 18 on the pages (AppTest): where the exports are offered, what a queued view keeps,
and the clear messages for an empty queue and a gemeente that does not exist."""
from tests.apptest import assert_clean, open_page, texts


def _downloads(at) -> list[str]:
    return [el.proto.label for el in at.get("download_button")]


def test_an_empty_queue_offers_no_deck_but_says_what_to_do(app_db):
    at = open_page("start")
    assert_clean(at)
    assert "Zet eerst een of meer weergaven in de presentatie" in texts(at)
    assert "Download als presentatie (.pptx)" not in _downloads(at)


def test_queueing_keeps_the_views_first_chart_or_map_and_offers_the_deck(app_db):
    at = open_page("kaart", {"level": "wijk", "year": "2012"})
    at.button(key="present_add").click().run()
    assert_clean(at)
    (key, kept), = at.session_state["deck_exhibits"].items()
    assert key.startswith("kaart?") and "level=wijk" in key and "year=2012" in key
    assert kept.picture is not None and kept.figure is None
    assert kept.title.startswith("Totaal, wijken, 2012") and kept.source.startswith("Bron:")
    assert len(kept.picture.areas["features"]) > 3000  # the whole country's wijken
    at.switch_page("pages/start.py")
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
