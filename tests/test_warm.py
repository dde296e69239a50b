"""The background warm-up (issue 14) computes what first views need, so they find it cached."""
from __future__ import annotations


def test_warm_up_fills_the_caches_a_first_view_needs(app_db):
    from core.web import warm
    from core import map_views, queries
    steps = warm.warm_up()
    assert list(steps) == ["search index", "area labels", "series", "national trend", "map files", "map views"]
    urls = map_views.static_urls()
    assert set(urls) == {"provinces", "gemeente", "wijk", "buurt", "pc4", "wijk_few", "buurt_few", "pc4_few"}
    latest = max(queries.years_of("buurt"))
    assert urls["buurt"] in map_views.deck("buurt", latest, "afw", "official", "nl").to_json()
