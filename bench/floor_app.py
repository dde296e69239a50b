"""The framework's floor: the cheapest Streamlit pages with one Plotly chart or one pydeck map.

Every page of the app is reported as a ratio to these, measured in the same run.
"""
import plotly.graph_objects as go
import pydeck as pdk
import streamlit as st

kind = st.query_params.get("kind", "plotly")
st.title("Floor")
if kind == "pydeck":
    square = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
        "type": "Polygon", "coordinates": [[[4.4, 51.9], [4.6, 51.9], [4.6, 52.0], [4.4, 52.0], [4.4, 51.9]]]}}]}
    st.pydeck_chart(pdk.Deck(layers=[pdk.Layer("GeoJsonLayer", data=square, get_fill_color=[200, 0, 0])],
                             map_style=None, initial_view_state=pdk.ViewState(longitude=4.5, latitude=51.95, zoom=9)))
else:
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
if st.button("again"):
    st.write("clicked")
