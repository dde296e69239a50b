"""Where things live. One place, so tests and deployments can redirect them by environment."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE_DIR = PROJECT_ROOT.parent / "shared" / "data"
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "leefbaarometer.duckdb"
SOURCES_MANIFEST = PROJECT_ROOT / "data" / "sources.json"
ALIASES = PROJECT_ROOT / "data" / "gemeente_aliases.csv"  # names people use for gemeenten (search)


def db_path() -> Path:
    """The database the app reads: `$LBM_DB`, else `data/leefbaarometer.duckdb`."""
    return Path(os.environ.get("LBM_DB") or DEFAULT_DB_PATH)


def source_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The open-data folder the build reads: `--source`, else `$LBM_SOURCE`, else `../shared/data`."""
    return Path(explicit or os.environ.get("LBM_SOURCE") or DEFAULT_SOURCE_DIR)


def geo_dir() -> Path:
    """Where the map geometry files go: `$LBM_GEO_DIR`, else `static/geo` beside app.py, which
    Streamlit serves. Tests and benchmarks point it at a temporary folder (served by a site
    of their own, devtools/browser.py), so they never write into the source tree."""
    return Path(os.environ.get("LBM_GEO_DIR") or PROJECT_ROOT / "static" / "geo")


def public_url() -> str | None:
    """The site's public address for links in slides and PDFs (`$LBM_PUBLIC_URL`, e.g.
    https://leefbaarometer.example.nl); None when unset: exports then carry no links rather
    than the address of whatever host served them (http://localhost:8501)."""
    url = (os.environ.get("LBM_PUBLIC_URL") or "").strip().rstrip("/")
    return url if url.startswith(("https://", "http://")) else None
