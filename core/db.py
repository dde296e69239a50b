"""Opening the database: read-only, checked, and failing with a reason a person can act on."""
from __future__ import annotations

from pathlib import Path

import duckdb

REQUIRED_TABLES = ("areas", "scores", "outlines", "class_boundaries", "sources", "build_info",
                   "indicators", "indicator_values", "wijk_identity", "places", "aliases", "pc4_buurten")


class DatabaseUnavailable(RuntimeError):
    """The database cannot be used; `reason` is one of missing, empty, corrupt, locked, incomplete."""

    def __init__(self, reason: str, path: Path, detail: str = ""):
        self.reason, self.path, self.detail = reason, Path(path), detail
        super().__init__(f"{reason}: {path}" + (f" ({detail})" if detail else ""))


def open_readonly(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a database that has every table the app needs.

    Read-only is what lets many app processes share one file and guarantees the app can
    never change the data it shows.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseUnavailable("missing", path)
    if path.stat().st_size == 0:
        raise DatabaseUnavailable("empty", path)
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        text = str(exc).lower()
        reason = "locked" if "lock" in text else "corrupt"
        raise DatabaseUnavailable(reason, path, str(exc).splitlines()[0]) from exc
    except duckdb.Error as exc:
        raise DatabaseUnavailable("corrupt", path, str(exc).splitlines()[0]) from exc
    try:
        present = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
    except duckdb.Error as exc:
        con.close()
        raise DatabaseUnavailable("corrupt", path, str(exc).splitlines()[0]) from exc
    missing = [t for t in REQUIRED_TABLES if t not in present]
    if missing:
        con.close()
        raise DatabaseUnavailable("incomplete", path, "missing tables: " + ", ".join(missing))
    try:
        _check_intact(con, path)
    except DatabaseUnavailable:
        con.close()
        raise
    return con


def _check_intact(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Catch a truncated copy at open time, not halfway through a page.

    DuckDB opens a truncated file happily and fails only when a missing block is read, so
    compare the blocks the header promises with the bytes on disk, then touch every table.
    """
    block_size, total_blocks = con.execute(
        "SELECT block_size, total_blocks FROM pragma_database_size()").fetchone()
    if path.stat().st_size < block_size * total_blocks:
        raise DatabaseUnavailable("corrupt", path, "the file is shorter than its header says (truncated)")
    try:
        for table in REQUIRED_TABLES:
            con.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
    except duckdb.Error as exc:
        raise DatabaseUnavailable("corrupt", path, str(exc).splitlines()[0]) from exc
