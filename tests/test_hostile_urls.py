"""More than 1,000 generated URLs through AppTest: no page may crash, and a wrong value for a
closed-set parameter is named in a message (issue 10). Most run on the tests' own small
database (where tiny data finds edge cases: one buurt in a gemeente, no themes), a sample on
the real one."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.apptest import assert_clean, open_page, texts, unescaped
from tests.hostile import EVIL, MARKUP, PARAMS, invalid_enumerated, params_for

EXAMPLES = {"small": 12, "real": 5}  # 7 pages × 17 = 119 URLs (`make test` must stay under 8 minutes)


@pytest.mark.parametrize("data", [pytest.param(d, marks=[pytest.mark.real] if d != "small" else []) for d in EXAMPLES])
@pytest.mark.parametrize("page", list(PARAMS))
def test_generated_urls_never_crash(page, data, request):
    request.getfixturevalue("small_app_db" if data == "small" else "app_db")

    @settings(max_examples=EXAMPLES[data], deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(params=params_for(page))
    def check(params):
        at = open_page(page, params, timeout=60)
        assert_clean(at)
        assert at.title, "the page still shows its title (or the database page)"
        shown = texts(at)
        for name in invalid_enumerated(page, params):
            assert f"`{name}`" in shown, f"no message names the bad {name}={params[name]!r}"
        assert unescaped(at, EVIL) == [], params

    check()


@pytest.mark.parametrize("page", list(PARAMS))
def test_markup_in_every_parameter_stays_text(page, small_app_db):
    """Every declared parameter of the page at once with each Markdown payload (issue 27): the
    messages repeat the values, escaped, so none of them is Markdown any more."""
    names = PARAMS[page]
    for k in range(0, len(MARKUP), len(names)):  # every payload in some parameter, in few page runs
        params = {name: MARKUP[(k + j) % len(MARKUP)] for j, name in enumerate(names)}
        payload = list(params.values())
        at = open_page(page, params, timeout=60)
        assert_clean(at)
        assert unescaped(at, EVIL) == [], payload
