"""Shared caches stay as built (issue 15): query results and a few large derived frames are one
object for every session (st.cache_resource, not a copy per call), which only works while no
page changes them. Every page runs on them here; then each shared result is computed afresh
from the database and must be equal to the one the sessions share."""
from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from tests.apptest import assert_clean, open_page

VIEWS = [("start", {}), ("buurt", {"area": "PC4-1011"}), ("buurt", {"area": "GM0363"}), ("buurt", {}),
         ("vergelijk", {"gm": "GM0363,GM0599"}), ("kaart", {"level": "wijk"}), ("kaart", {"level": "buurt", "dim": "onv"}),
         ("signalen", {}), ("signalen", {"level": "wijk", "gm": "GM0599"}), ("themas", {}),
         ("themas", {"ind": "health_anxiety_depression", "level": "buurt", "measure": "onv"}), ("over", {})]


def _fingerprint(value) -> str:
    if isinstance(value, (pd.DataFrame, pd.Series)):
        try:
            digest = str(int(pd.util.hash_pandas_object(value, index=True).sum()))
        except TypeError:  # unhashable cells (lists): their text
            digest = hashlib.sha256(value.to_json(default_handler=str).encode()).hexdigest()
        return digest + str(list(value.columns) if isinstance(value, pd.DataFrame) else value.name) + str(value.shape)
    return repr(value)


@pytest.mark.parametrize("page, params", VIEWS)
def test_pages_leave_the_shared_results_as_the_database_gives_them(app_db, page, params):
    from core.web import cached
    from core import compare, queries
    from core.db import open_readonly

    assert_clean(open_page(page, params))
    at = open_page(page, params)  # a second session on the same shared objects
    assert_clean(at)
    con = open_readonly(app_db)
    try:
        here = cached._db_key()  # other tests in this worker may have used other databases
        shared = {key: obj for key, obj in cached.issued().items() if key[1] == here}
        assert shared  # the page's own query results are among them
        changed = [f"{fn.__name__}{args}" for (fn, _, args), obj in shared.items()
                   if _fingerprint(obj) != _fingerprint(fn(con, *args))]
        year = max(queries.years_of(con, "buurt"))
        derived = {
            "series pc4": (cached.series("pc4"), queries.series(con, "pc4")),
            "series wijk": (cached.series("wijk"), queries.series(con, "wijk")),
            "gemeente table": (cached.gemeente_table(year), compare.gemeente_table(
                queries.level_scores(con, "gemeente", year), queries.level_scores(con, "buurt", year))),
        }
        changed += [name for name, (mine, fresh) in derived.items() if _fingerprint(mine) != _fingerprint(fresh)]
    finally:
        con.close()
    assert not changed
