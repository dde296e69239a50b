"""Presenter mode, the presentation queue, shareable links and the language in the URL."""
from tests.apptest import assert_clean, open_page


def test_presenter_mode_hides_controls_and_shows_the_source(app_db):
    at = open_page("kaart", {"present": "1", "level": "buurt"})
    assert_clean(at)
    css = " ".join(m.value for m in at.markdown)
    assert 'data-testid="stSidebar"' in css and "display: none" in css
    assert "position: fixed" not in css  # the source is in the flow, never over the exhibit (issue 29)
    assert at.main.caption[-1].value.startswith("Bron: Leefbaarometer 3.0")  # it closes the page
    assert "st-key-lbm-exhibit" in css  # the main exhibit is moved up under the title
    assert any(b.key == "present_stop" for b in at.button)


def test_normal_mode_has_no_presenter_css(app_db):
    at = open_page("kaart")
    assert not any("st-key-lbm-exhibit" in m.value for m in at.markdown)


def test_queue_and_step_through_views(app_db):
    at = open_page("kaart", {"level": "buurt"})
    at.button(key="present_add").click().run()
    at.switch_page("views/vergelijk.py")
    at.query_params.clear()
    at.query_params["gm"] = "GM0363,GM0599"
    at.run()
    at.button(key="present_add").click().run()
    assert len(at.session_state["deck"]) == 2
    at.button(key="present_start").click().run()
    assert_clean(at)
    assert at.title[0].value == "Kaart"  # the first queued view
    assert at.query_params["present"] in ("1", ["1"])
    at.button(key="present_next").click().run()
    assert_clean(at)
    assert at.title[0].value == "Gemeenten vergelijken"
    assert at.button(key="present_next").disabled


def test_share_box_holds_the_full_view(app_db):
    at = open_page("vergelijk", {"gm": "GM0363,GM0599", "lang": "en"})
    code = at.get("code")[0].proto.code_text
    assert code.endswith("/vergelijk?lang=en&gm=GM0363,GM0599") or (
        "/vergelijk?" in code and "gm=GM0363,GM0599" in code and "lang=en" in code)


def test_language_and_palette_stay_in_the_url(app_db):
    at = open_page("buurt", {"area": "PC4-1011", "lang": "en", "palette": "colourblind"})
    assert_clean(at)
    assert at.query_params["lang"] in ("en", ["en"]) and at.query_params["palette"] in ("colourblind", ["colourblind"])
    assert at.title[0].value == "My neighbourhood"


def _chart_font_sizes(at) -> list[int]:
    import json
    return [json.loads(c.proto.spec)["layout"]["font"]["size"] for c in at.get("plotly_chart")]


def test_presenter_mode_enlarges_chart_type_and_stop_restores_it(app_db):
    at = open_page("start", {"present": "1"})
    assert_clean(at)
    big = _chart_font_sizes(at)
    assert big and all(size == 20 for size in big)  # 14 px × 1.4
    at.button(key="present_stop").click().run()
    assert_clean(at)
    assert "present" not in at.query_params
    assert _chart_font_sizes(at) == [14] * len(big)


def test_one_session_presenting_leaves_another_sessions_charts_alone():
    """Sessions run in threads of their own: a presenter's scale set in one thread must not
    reach a chart built in another (a module-level setting would)."""
    import threading

    import plotly.graph_objects as go

    from core import charts

    def font_size() -> int:
        return charts.frame(go.Figure(), "title", "subtitle", "source").layout.font.size

    sizes = {}
    presenter_set = threading.Event()
    reader_done = threading.Event()

    def presenter():
        charts.set_type_scale(charts.PRESENTER_TYPE_SCALE)
        presenter_set.set()
        reader_done.wait(10)
        sizes["presenter"] = font_size()

    def reader():
        presenter_set.wait(10)
        sizes["reader"] = font_size()
        reader_done.set()

    threads = [threading.Thread(target=presenter), threading.Thread(target=reader)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(20)
    assert sizes == {"presenter": 20, "reader": 14}


def _share_link(at) -> str:
    return next(c.proto.code_text for c in at.get("code") if "/" in c.proto.code_text)


def _query(link: str) -> dict:
    from urllib.parse import parse_qs, urlsplit
    return {k: v[-1] for k, v in parse_qs(urlsplit(link).query).items()}


def test_the_share_link_names_the_view_on_screen_after_a_change(app_db):
    """Issue 29: after switching Kaart from buurt to wijk and the measure to onv, the link says
    level=wijk&measure=onv in the same run, not the previous view."""
    at = open_page("kaart", {"level": "buurt", "measure": "onv"})
    assert _query(_share_link(at)) == {"level": "buurt", "measure": "onv"}
    at.button_group(key="m_level").set_value("wijk").run()
    assert_clean(at)
    link = _query(_share_link(at))
    assert link["level"] == "wijk" and link["measure"] == "onv"
    assert {k: v[-1] if isinstance(v, list) else v for k, v in at.query_params.items()}.items() >= link.items()


def test_the_share_link_keeps_only_declared_parameters_with_valid_values(app_db):
    at = open_page("kaart", {"level": "wijk", "year": "1990", "zzz": "1", "measure": "onv"})
    assert_clean(at)
    link = _query(_share_link(at))
    assert "zzz" not in link and link.get("year") != "1990" and link["measure"] == "onv"


def test_a_link_with_an_old_parameter_name_opens_the_same_view_under_the_new_name(app_db):
    """Issue 30: Kaart's `dim` is now `measure` (as on Thema's); every link shared so far still
    opens its view, and the address bar and share link carry the new name only."""
    old = open_page("kaart", {"level": "buurt", "dim": "onv"})
    assert_clean(old)
    assert old.selectbox(key="m_dim").value == "onv"
    assert _query(_share_link(old)) == {"level": "buurt", "measure": "onv"}
    assert "dim" not in old.query_params and old.query_params.get("measure") in ("onv", ["onv"])
    new = open_page("kaart", {"level": "buurt", "measure": "onv", "dim": "soc"})  # both given: the new name wins
    assert new.selectbox(key="m_dim").value == "onv"


def test_opening_the_share_link_shows_the_same_view(app_db):
    at = open_page("vergelijk", {"gm": "GM0363,GM0599"})
    at.text_input(key="cmp_add").input("Zwolle").run()
    link = _query(_share_link(at))
    assert link["gm"] == "GM0363,GM0599,GM0193"
    again = open_page("vergelijk", link)
    assert again.multiselect(key="cmp_pick").value == ["GM0363", "GM0599", "GM0193"]


def test_pages_that_stop_early_still_give_their_share_link(app_db):
    """Mijn buurt before an area is chosen, with an unknown area and with a question that matches
    nothing all end with st.stop(): the share box must still hold the link of that very view (it
    used to stay empty)."""
    for page, query, expected in (("buurt", {}, "/buurt"), ("buurt", {"area": "BU99999999"}, "/buurt?area=BU99999999"),
                                  ("buurt", {"q": "qqqqzzzz"}, "/buurt?q=qqqqzzzz")):
        at = open_page(page, query)
        assert_clean(at)
        codes = [c.proto.code_text for c in at.sidebar.get("code")]
        assert len(codes) == 1 and codes[0].endswith(expected), (query, codes)
