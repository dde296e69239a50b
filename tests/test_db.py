"""Opening the database: read-only always, and a clear reason whenever it cannot be used."""
from __future__ import annotations

import multiprocessing
import shutil

import duckdb
import pytest

from etl import build
from core.db import DatabaseUnavailable, open_readonly


@pytest.fixture
def small_db(fixture_sources, tmp_path):
    out = tmp_path / "db.duckdb"
    build(fixture_sources, out, log=lambda m: None)
    return out


@pytest.mark.parametrize("reason, make", [
    ("missing", lambda p: None),
    ("empty", lambda p: p.write_bytes(b"")),
    ("corrupt", lambda p: p.write_bytes(b"this is not a database" * 100)),
])
def test_unusable_files_raise_with_a_reason(tmp_path, reason, make):
    path = tmp_path / "x.duckdb"
    make(path)
    with pytest.raises(DatabaseUnavailable) as info:
        open_readonly(path)
    assert info.value.reason == reason


def test_truncated_database_is_reported_not_crashed(small_db, tmp_path):
    truncated = tmp_path / "truncated.duckdb"
    data = small_db.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseUnavailable) as info:
        con = open_readonly(truncated)
        # Some truncations only show when a table is read.
        con.execute("SELECT count(*) FROM scores").fetchall()
    assert info.value.reason in {"corrupt", "incomplete"}


def test_database_without_our_tables_is_incomplete(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE something AS SELECT 1")
    con.close()
    with pytest.raises(DatabaseUnavailable) as info:
        open_readonly(path)
    assert info.value.reason == "incomplete" and "scores" in info.value.detail


def _hold_write_lock(path, ready, release):
    con = duckdb.connect(str(path))
    ready.set()
    release.wait(30)
    con.close()


def test_database_locked_by_a_writer_is_reported(small_db):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    proc = ctx.Process(target=_hold_write_lock, args=(small_db, ready, release))
    proc.start()
    try:
        assert ready.wait(30)
        with pytest.raises(DatabaseUnavailable) as info:
            open_readonly(small_db)
        assert info.value.reason == "locked"
    finally:
        release.set()
        proc.join(30)


def test_the_app_connection_cannot_write(small_db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(small_db, copy)
    con = open_readonly(copy)
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("DELETE FROM scores")
    with pytest.raises(duckdb.Error):
        con.execute("CREATE TABLE evil AS SELECT 1")
    assert con.execute("SELECT count(*) FROM scores").fetchone()[0] > 0
    con.close()
