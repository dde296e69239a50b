"""The background warm-up (issue 14) computes what first views need, so they find it cached."""
from __future__ import annotations


def test_warm_up_fills_the_caches_a_first_view_needs(app_db):
    from core.web import warm
    from core import map_views, queries
    steps = warm.warm_up()
    assert list(steps) == ["search index", "area labels", "series", "national trend", "gemeente trends", "map files",
                           "map views"]
    from core import caching
    latest = max(queries.years_of("buurt"))
    every = next(v for k, v in caching.issued().items()
                 if k[0].__name__ == "every_gemeente_trend" and k[1] == caching.db_key())
    assert set(queries.level_scores("gemeente", latest)["code"]) <= set(every["gemeente_code"])  # each one's trend
    urls = map_views.static_urls()
    assert set(urls) == {"provinces", "gemeente", "wijk", "buurt", "pc4"}
    latest = max(queries.years_of("buurt"))
    assert urls["buurt"] in map_views.deck("buurt", latest, "afw", "official", "nl").to_json()


def test_a_finished_warm_up_leaves_its_mark_for_a_load_test(tmp_path, monkeypatch):
    """Issue 32: bench.capacity waits for this file before a load, so it never measures a warm-up."""
    import json
    import os

    from core.web import warm
    warm.mark_done({"seconds": 1.5})  # no folder named: nothing is written, nothing fails
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("LBM_WARM_DONE_DIR", str(tmp_path))
    warm.mark_done({"seconds": 1.5, "frozen": 10})
    assert json.loads((tmp_path / f"{os.getpid()}.json").read_text())["frozen"] == 10
