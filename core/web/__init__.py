"""The Streamlit layer: what pages call to read the URL, lay out a page, cache a result and share a view."""
