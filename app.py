"""Navigation only: one st.Page per page, Dutch titles by default, stable URL paths."""
import streamlit as st

from core.i18n import t, valid_lang
from core.web import url_state
from core.web.ui import run_page

st.set_page_config(page_title="Leefbaarometer Verkenner", page_icon="🏘️", layout="wide")

# The language as the page will settle it (core.web.ui.setup): the sidebar's switch first, whose
# new value is already in the session when this run starts; else the link's, else the session's.
# Read from the link only, the menu stayed Dutch for one run after switching to English.
lang = valid_lang(st.session_state.get("lang_choice") or url_state.given("lang") or st.session_state.get("lang"))

pages = [
    st.Page("views/start.py", title=t("nav.start", lang), icon=":material/home:", url_path="start", default=True),
    st.Page("views/buurt.py", title=t("nav.buurt", lang), icon=":material/location_on:", url_path="buurt"),
    st.Page("views/vergelijk.py", title=t("nav.vergelijk", lang), icon=":material/bar_chart:", url_path="vergelijk"),
    st.Page("views/kaart.py", title=t("nav.kaart", lang), icon=":material/map:", url_path="kaart"),
    st.Page("views/signalen.py", title=t("nav.signalen", lang), icon=":material/trending_up:", url_path="signalen"),
    st.Page("views/themas.py", title=t("nav.themas", lang), icon=":material/link:", url_path="themas"),
    st.Page("views/over.py", title=t("nav.over", lang), icon=":material/info:", url_path="over"),
]
run_page(st.navigation(pages))
