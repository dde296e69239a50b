"""Leefbaarometer Explorer: everything that is not widgets and layout."""
import warnings

import pandas as pd

# Text columns as Python strings (object dtype), not pandas 3's Arrow-backed "str" (issue 32): the
# pages filter, compare and style small frames on every run, and Arrow strings made each of those
# a conversion (py-spy at 100 visitors: pyarrow `take`, `isin` and Streamlit's Styler assigning
# display values column by column into Arrow columns, about a fifth of the server's time; Thema's
# went from 0.28 to 0.10 s per rerun). Set here, before any frame exists, for the app, the ETL and
# the tests alike. pandas 3 deprecates the option (it warns on every start, hence the filter) and
# pandas 4 removes it; pandas is pinned (requirements.txt), and before an upgrade the hot paths
# need their text columns as object dtype another way.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    pd.set_option("future.infer_string", False)
