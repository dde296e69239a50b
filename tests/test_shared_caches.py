"""Shared caches stay as built (issue 15): several large read-only results are one object for
every session (st.cache_resource, not a copy per call), which only works while no page
changes them. Every page runs on them here; their content must be the same afterwards."""
from __future__ import annotations

import hashlib
import json

import pandas as pd
import pytest

from tests.apptest import assert_clean, open_page

VIEWS = [("start", {}), ("buurt", {"area": "PC4-1011"}), ("buurt", {"area": "GM0363"}), ("buurt", {}),
         ("vergelijk", {"gm": "GM0363,GM0599"}), ("kaart", {"level": "wijk"}), ("signalen", {}),
         ("signalen", {"level": "wijk", "gm": "GM0599"}), ("themas", {}),
         ("themas", {"ind": "health_anxiety_depression", "level": "buurt", "measure": "onv"}), ("over", {})]


def _fingerprint(value) -> str:
    if isinstance(value, pd.DataFrame):
        return str(int(pd.util.hash_pandas_object(value, index=True).sum())) + str(list(value.columns))
    if isinstance(value, tuple):
        return "|".join(_fingerprint(v) for v in value)
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def _shared_objects():
    from core import cached, queries
    return {
        "series pc4": cached.series("pc4"), "series wijk": cached.series("wijk"),
        "search index": cached.search_index(), "labels nl": cached.area_labels("nl"),
        "gemeente table": cached.gemeente_table(2024), "outlines pc4": cached.outlines("pc4", 2022),
        "provinces": cached.province_collection(), "buurt scores": cached.shared(queries.level_scores, "buurt", 2024),
        "buurt names": cached.area_names("buurt", 2024),
    }


@pytest.mark.parametrize("page, params", VIEWS)
def test_pages_leave_the_shared_caches_as_they_were(app_db, page, params):
    before = {name: _fingerprint(obj) for name, obj in _shared_objects().items()}
    at = open_page(page, params)
    assert_clean(at)
    after = {name: _fingerprint(obj) for name, obj in _shared_objects().items()}
    assert after == before
