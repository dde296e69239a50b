"""Navigation only: one st.Page per page, Dutch titles by default, stable URL paths."""
import streamlit as st

from core.i18n import t
from core.web import url_state
from core.web.ui import language_now, run_page

st.set_page_config(page_title="Leefbaarometer Verkenner", page_icon="🏘️", layout="wide")

lang = language_now(url_state.given("lang"))  # as the page will settle it

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
