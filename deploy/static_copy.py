"""Copy Streamlit's hashed static files (scripts, styles, fonts, images) to a folder, with a
gzip-compressed twin beside each compressible one, for nginx's gzip_static (deploy/serve_many.sh).

Streamlit serves these files uncompressed; compressing once costs about a second of one core,
where compressing per request would cost nginx that much per first visit. The copy is made once
per Streamlit version, in a folder nginx's workers can read (a run folder under /tmp may not be),
and put in place by a rename, so two deployments starting at once never see half a copy.
Usage: python deploy/static_copy.py PARENT   (prints the folder to serve: PARENT/streamlit-<version>)
"""
from __future__ import annotations

import gzip
import os
import shutil
import sys
import tempfile
from pathlib import Path

import streamlit

COMPRESSIBLE = {".js", ".css", ".json", ".svg", ".map", ".txt", ".html", ".ttf", ".otf", ".wasm"}


def copy(target: Path) -> tuple[int, int, int]:
    """Fill `target` (which must not exist yet); (files compressed, their bytes, compressed bytes)."""
    source = Path(streamlit.__file__).parent / "static" / "static"
    shutil.copytree(source, target)
    files = raw = packed = 0
    for path in target.rglob("*"):
        if path.is_file() and path.suffix in COMPRESSIBLE:
            data = path.read_bytes()
            small = gzip.compress(data, compresslevel=9, mtime=0)
            if len(small) < 0.9 * len(data):
                path.with_name(path.name + ".gz").write_bytes(small)
                files, raw, packed = files + 1, raw + len(data), packed + len(small)
    return files, raw, packed


def ensure(parent: Path) -> Path:
    """The compressed copy for the installed Streamlit, made if it is not there yet."""
    final = parent / f"streamlit-{streamlit.__version__}"
    if not final.exists():
        parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=parent, prefix=".partial-"))
        n, raw, packed = copy(work / "static")
        for path in [work, *work.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)  # nginx's workers run as another user
        try:
            os.rename(work / "static", final)
            print(f"{n} files compressed: {raw / 1e6:.1f} MB -> {packed / 1e6:.1f} MB", file=sys.stderr)
        except OSError:  # another deployment put its copy in place first: the same files
            pass
        shutil.rmtree(work, ignore_errors=True)
    return final


if __name__ == "__main__":
    print(ensure(Path(sys.argv[1])))
