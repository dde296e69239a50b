"""Shared caches stay as built (issue 15): query results and a few large derived frames are one
object for every session (st.cache_resource, not a copy per call), which only works while no
page changes them. Every page runs on them here; then each shared result is computed afresh
from the database and must be equal to the one the sessions share. The same for the shared
figures (core.charts.shared, issue 32): each is built again and must be the one every session draws."""
from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from core import caching

from tests.apptest import assert_clean, open_page

VIEWS = [("start", {}), ("buurt", {"area": "PC4-1011"}), ("buurt", {"area": "GM0363"}), ("buurt", {}),
         ("vergelijk", {"gm": "GM0363,GM0599"}), ("vergelijk", {"section": "groups"}), ("kaart", {"level": "wijk"}), ("kaart", {"level": "buurt", "measure": "onv"}),
         ("signalen", {}), ("signalen", {"level": "wijk", "gm": "GM0599", "section": "up"}), ("signalen", {"section": "ew"}),
         ("themas", {}),
         ("themas", {"ind": "health_anxiety_depression", "level": "buurt", "measure": "onv"}), ("over", {})]


def _fingerprint(value) -> str:
    if isinstance(value, (pd.DataFrame, pd.Series)):
        try:
            digest = str(int(pd.util.hash_pandas_object(value, index=True).sum()))
        except TypeError:  # unhashable cells (lists): their text
            digest = hashlib.sha256(value.to_json(default_handler=str).encode()).hexdigest()
        return digest + str(list(value.columns) if isinstance(value, pd.DataFrame) else value.name) + str(value.shape)
    return repr(value)


# What a fresh, uncached run gave for each shared result this worker has checked: a result that
# an earlier view already checked is compared with that fingerprint (the same guarantee; a later
# page that changed it is still caught) instead of being computed again for every later view.
_FRESH: dict[tuple, str] = {}


@pytest.mark.parametrize("page, params", VIEWS)
def test_pages_leave_the_shared_results_as_the_database_gives_them(app_db, page, params):

    from core.db import open_readonly

    assert_clean(open_page(page, params))
    con = open_readonly(app_db)
    try:
        here = caching.db_key()  # other tests in this worker may have used other databases
        shared = {key: obj for key, obj in caching.issued().items() if key[1] == here}
        assert shared  # the page's own query results are among them
        # Every shared result (queries and the recipes built on them) against a fresh, uncached run.
        changed = []
        for key, obj in shared.items():
            fn, _, args, kwargs = key
            if key not in _FRESH:
                _FRESH[key] = _fingerprint(fn(con, *args, **dict(kwargs)))
            if _fingerprint(obj) != _FRESH[key]:
                changed.append(f"{fn.__name__}{args}")
    finally:
        con.close()
    assert not changed
    # The shared figures (core.charts.shared): each built again, with the same language and type
    # scale, must be the figure every session draws.
    from core import charts, format as format_
    figures = charts.issued()
    assert figures or page in ("kaart", "over") or not params and page == "buurt"  # pages with charts share them
    for fig, (builder, scale, lang, args, kwargs) in figures:
        charts.set_type_scale(scale)
        format_.set_language(lang)
        if builder(*args, **dict(kwargs)).to_json() != fig.to_json():
            changed.append(f"figure {builder.__name__}")
    charts.set_type_scale(1.0)
    assert not changed
