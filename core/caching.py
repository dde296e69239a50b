"""One way to a cached result: `@cached` on a function whose first argument is the connection.

A page calls `queries.area(code)` and gets the result computed once per database version and
arguments, shared by every session; "go to definition" on that call lands on the function that
runs the SQL (issue 30: the old hub `cached.query(queries.area, code)` hid it behind `_fn(...)`).
The same function called with a connection of its own, `queries.area(con, code)`, runs
uncached on that connection: tests and the map-file writer pass theirs. A recipe that combines
cached results takes the connection it was given and passes it on, so inside the app every
step is cached and in a test none is.

Results are shared, not copied (st.cache_resource): one object for every session. A page keeps
its last run's variables while its session idles, so a copy per call cost several MB per idle
session and unpickling a tenth of the server's CPU under load (bench/capacity.md, issue 15).
Whoever gets a shared result reads it and derives new frames, never changes it;
tests/test_shared_caches.py checks that through `issued()`. `copy=True` gives each caller
its own copy (st.cache_data) for the few results that callers extend.

The database file's path and mtime are part of every key, so a rebuild is picked up without a
restart.
"""
from __future__ import annotations

import functools
import hashlib
import inspect
import weakref
from pathlib import Path
from typing import Callable, TypeVar

import duckdb

from core import config
from core.db import open_readonly

F = TypeVar("F", bound=Callable)
DbKey = tuple[str, float]

_app_connections: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # the app's connections -> their key
_issued: "weakref.WeakValueDictionary" = weakref.WeakValueDictionary()


@functools.cache
def _connections():
    """Streamlit is imported on first use, not on import: the ETL shares domain modules with
    the app and never loads Streamlit."""
    import streamlit as st

    @st.cache_resource(show_spinner=False)
    def app_connection(path: str, mtime: float) -> duckdb.DuckDBPyConnection:
        """One read-only connection per process and database version (a rebuild changes mtime)."""
        con = open_readonly(Path(path))
        _app_connections[con] = (path, mtime)
        return con

    return app_connection


def _connection(path: str, mtime: float) -> duckdb.DuckDBPyConnection:
    return _connections()(path, mtime)


def db_key() -> DbKey:
    """The app's database and its version: part of every cached result's key."""
    path = config.db_path()
    return str(path), (path.stat().st_mtime if path.exists() else 0.0)


def connection() -> duckdb.DuckDBPyConnection:
    """The app's read-only connection; raises DatabaseUnavailable with the reason when unusable."""
    return _connection(*db_key())


def cached(fn: F | None = None, *, max_entries: int = 256, copy: bool = False) -> F:
    """Decorate `fn(con, *args)`; see the module's docstring. Arguments must be hashable by
    Streamlit (numbers, strings, tuples, None)."""
    def wrap(fn: F) -> F:
        def run(key: DbKey, args: tuple, kwargs: tuple):
            result = fn(_connection(*key), *args, **dict(kwargs))
            try:
                _issued[(fn, key, args, kwargs)] = result
            except TypeError:  # not weak-referenceable (a float, a dict): immutable or small
                pass
            return result

        # Streamlit keys a cache by the function's module, name and source; `run` is the same
        # source for every decorated function, so its name carries fn's name and code.
        version = hashlib.sha1(inspect.unwrap(fn).__code__.co_code).hexdigest()[:8]
        run.__module__, run.__qualname__ = fn.__module__, f"{fn.__qualname__}.cached_{version}"

        @functools.cache
        def store():
            import streamlit as st
            return (st.cache_data if copy else st.cache_resource)(show_spinner=False, max_entries=max_entries)(run)

        @functools.wraps(fn)
        def call(*args, **kwargs):
            if args and isinstance(args[0], duckdb.DuckDBPyConnection):
                key = _app_connections.get(args[0])
                if key is None:  # somebody else's connection: run on it, uncached
                    return fn(*args, **kwargs)
                args = args[1:]
            else:
                key = db_key()
            return store()(key, args, tuple(sorted(kwargs.items())))

        call.uncached = fn  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return wrap(fn) if fn is not None else wrap  # type: ignore[return-value]


def issued() -> dict:
    """The shared results alive now, by (function, database key, arguments, keyword arguments):
    for the test that recomputes each and finds it unchanged."""
    return dict(_issued)
