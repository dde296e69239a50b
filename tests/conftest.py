"""Shared fixtures: the real database (built once per run) and small hand-made ones."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Map files of test databases go to a temporary folder, never into static/geo (issue 27); nginx's
# workers (another user) serve it in the replica tests, so it is readable for all.
if not os.environ.get("LBM_GEO_DIR"):
    os.environ["LBM_GEO_DIR"] = tempfile.mkdtemp(prefix="lbm-geo-")
    os.chmod(os.environ["LBM_GEO_DIR"], 0o755)

from core import config  # noqa: E402
from etl import build  # noqa: E402
from tests.fixtures import write_sources  # noqa: E402


def real_source_dir() -> Path:
    return config.source_dir()


def _wait_for_the_build(rc_file: Path, db: Path) -> None:
    """Until `make test`'s background build has written its exit code; a failed build fails the
    test with the end of its log."""
    import time
    deadline = time.monotonic() + 900
    while not rc_file.exists():
        if time.monotonic() > deadline:
            pytest.fail("the real database build did not finish within 15 minutes")
        time.sleep(0.25)
    if rc_file.read_text().strip() != "0" or not db.exists():
        log = rc_file.with_name("build.log")
        pytest.fail("the real database build failed:\n" + (log.read_text()[-3000:] if log.exists() else ""))


@pytest.fixture(scope="session")
def real_db(tmp_path_factory) -> Path:
    """The database built from the real open data: `make test` builds it once and passes
    LBM_TEST_DB; a bare `pytest` builds it here."""
    given = os.environ.get("LBM_TEST_DB")
    if given and os.environ.get("LBM_TEST_DB_BUILT"):  # make test: built beside the first tests
        _wait_for_the_build(Path(os.environ["LBM_TEST_DB_BUILT"]), Path(given))
        return Path(given)
    if given and Path(given).exists():
        return Path(given)
    out = tmp_path_factory.mktemp("realdb") / "leefbaarometer.duckdb"
    build(real_source_dir(), out, log=lambda msg: None)
    return out


@pytest.fixture(scope="session")
def real_con(real_db):
    from core.db import open_readonly
    con = open_readonly(real_db)
    yield con
    con.close()


@pytest.fixture
def fixture_sources(tmp_path) -> Path:
    return write_sources(tmp_path / "sources")


@pytest.fixture
def app_db(real_db, monkeypatch) -> Path:
    """Point the app (in this process, for AppTest) at the real database."""
    monkeypatch.setenv("LBM_DB", str(real_db))
    return real_db


@pytest.fixture(scope="session")
def small_db(tmp_path_factory) -> Path:
    """A database built by the real build code from the tests' own tiny sources
    (tests/fixtures.py: two gemeenten, three buurten, three postcode areas, no CBS themes)."""
    out = tmp_path_factory.mktemp("smalldb") / "small.duckdb"
    build(write_sources(tmp_path_factory.mktemp("smallsources") / "sources"), out, log=lambda msg: None)
    return out


@pytest.fixture
def small_app_db(small_db, monkeypatch) -> Path:
    """Point the app (in this process, for AppTest) at the small fixture database."""
    monkeypatch.setenv("LBM_DB", str(small_db))
    return small_db


@pytest.fixture(scope="session")
def server(real_db):
    """A real Streamlit server on a free port, one per test worker: started once, its caches
    warm for every browser test after the first, as a deployed server's are. Tests that need
    a server of their own (another database, a crash) start one with streamlit_server."""
    from devtools.browser import streamlit_server
    with streamlit_server(real_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, driven by Playwright, one per browser test module. Not one per worker:
    Playwright's sync API keeps an event loop running in the thread while it is open, and the
    load generator's tests (asyncio.run) and the replica test (a Chromium of its own) need none."""
    from devtools.browser import chromium
    with chromium() as b:
        yield b


# Test tiers (issue 30): `make test-fast` runs what needs neither the real database nor a
# browser; `make test` runs everything. The marks follow from what a test uses, so a new test
# lands in the right tier without anyone remembering to mark it.
BROWSER_FIXTURES = {"server", "browser"}
REAL_FIXTURES = {"real_db", "real_con", "app_db"}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Chromium or a real server (make test only)")
    config.addinivalue_line("markers", "real: reads the database built from the real open data (make test only)")


# The longest tests start first, so that no worker is left alone with one at the end of the run
# (with `--dist worksteal` the other worker takes what remains).
LONGEST_FIRST = ("test_two_replicas_behind_nginx_serve_and_survive_losing_one",
                 "test_five_queued_views_download_as_one_deck_with_five_slides",
                 "test_a_gemeente_profile_downloads_as_a_two_page_pdf_in_either_language")


def pytest_collection_modifyitems(config, items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & BROWSER_FIXTURES or item.module.__name__.split(".")[-1].startswith(("test_browser", "test_deploy")):
            item.add_marker(pytest.mark.browser)
        if used & REAL_FIXTURES:
            item.add_marker(pytest.mark.real)
    # Each worker starts on tests that need neither the real database nor a browser, while the
    # database builds (make test); xdist's worksteal gives the first worker the first half of this
    # order and the second worker the second half. The longest tests come right after.
    quick = [i for i in items if not i.get_closest_marker("real") and not i.get_closest_marker("browser")]
    slow = sorted((i for i in items if i not in quick), key=lambda item: item.originalname not in LONGEST_FIRST)
    first, half = quick[:len(quick) // 2], len(items) // 2
    second_quick = quick[len(quick) // 2:]
    head = first + slow[:max(half - len(first), 0)]
    items[:] = head + second_quick + slow[len(head) - len(first):]
