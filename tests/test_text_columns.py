"""Text columns are Python strings, not Arrow-backed (issue 32: Arrow strings made filtering,
comparing and Streamlit's table styling a conversion on every rerun; see core/__init__.py)."""
import pandas as pd


def test_text_columns_in_query_results_and_new_frames_are_python_strings(real_con):
    from core import queries
    names = queries.level_scores(real_con, "gemeente", max(queries.years_of(real_con, "buurt")))["name"]
    assert names.dtype == object and isinstance(names.iloc[0], str)
    assert pd.DataFrame({"a": ["x"]})["a"].dtype == object
    assert pd.DataFrame({"a": [1.5]}).astype(str)["a"].dtype == object  # what Streamlit's Styler assigns into
