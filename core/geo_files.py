"""Map geometry as static files, fetched once by the browser instead of sent on every rerun.

A whole-country map used to travel inside the page's websocket message: about 7 MB of JSON
for the buurt map, sent and parsed again on every rerun (issue 14). Now each level's outlines
are written once per database version to `static/geo/<version>/<level>.json`, which Streamlit
serves over plain HTTP (`server.enableStaticServing`) and the browser caches. Every value a
map can show is in the file's properties, so a rerun sends only a small deck spec whose colour
accessor picks the right property (`core.maps.static_map`): switching dimension or year
recolours without fetching or parsing geometry again.

Property names are short because they repeat for every area: `c` code, `n` name, `g`
gemeente, `p` province; `afw2022` the value of a measure in a year (3 decimals) and
`kafw2022` its class (1–9); `heat`/`kheat`, `green`/`kgreen` the thematic layers and their
bin (1-based). A `.json.gz` beside each file lets nginx serve it pre-compressed.
"""
from __future__ import annotations

import bisect
import gzip
import hashlib
import json
import os
import shutil
from pathlib import Path

import pandas as pd

from core import config
from core.scale import DIMENSIONS

URL_PREFIX = "app/static/geo"  # relative to the page, so it works under any base path
MEASURES = ("afw", *DIMENSIONS)
STATIC_LEVELS = ("gemeente", "wijk", "buurt", "pc4")


# Raised when the files' properties change: a new name, so no browser or nginx keeps the old ones.
FILE_FORMAT = 4  # 2: the region lens (`rc`, `rg`, `r`); 3: `<level>_few.json`; 4: those files gone (zoomed maps outline inline)


def version_of(build_info: dict[str, str]) -> str:
    """A short name for one build (its time stamp and schema): every copy of one database (the
    replicas of `make serve-many` each read their own) shares the files, a rebuild gets new
    file names, and no browser keeps outlines of an older build."""
    key = f"{build_info.get('built_at', '')}|{build_info.get('schema_version', '')}|{FILE_FORMAT}"
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def level_collection(areas: pd.DataFrame, scores: pd.DataFrame, themes: dict[str, tuple[pd.DataFrame, tuple]]
                     | None = None, lens: pd.DataFrame | None = None) -> dict:
    """The FeatureCollection of one level: `areas` (code, name, gemeente_name, province_name,
    outline), `scores` (code, year, afw, dimensions, klasse, k_<dim>), `themes` (layer ->
    (values with code and value, bin edges)), `lens` (core.regions.deviations: each area's
    deviation from its COROP region's mean, `rc2022`, and its gemeente's, `rg2022`, and the
    region's name, `r`)."""
    by_code: dict[str, dict] = {}
    if lens is not None:
        for row in lens.itertuples(index=False):
            props = by_code.setdefault(row.code, {})
            if isinstance(row.corop_name, str):
                props["r"] = row.corop_name
            for key, value in ((f"rc{int(row.year)}", row.corop_dev), (f"rg{int(row.year)}", row.gemeente_dev)):
                if not pd.isna(value):
                    props[key] = round(float(value), 3)
    for row in scores.itertuples(index=False):
        props = by_code.setdefault(row.code, {})
        year = int(row.year)
        for m in MEASURES:
            value = getattr(row, m)
            if not pd.isna(value):
                props[f"{m}{year}"] = round(float(value), 3)
            k = row.klasse if m == "afw" else getattr(row, f"k_{m}")
            if not pd.isna(k):
                props[f"k{m}{year}"] = int(k)
    for layer, (values, edges) in (themes or {}).items():
        for code, value in zip(values["code"], values["value"]):
            if code in by_code and not pd.isna(value):
                by_code[code][layer] = round(float(value), 1)
                by_code[code][f"k{layer}"] = bisect.bisect_right(edges, float(value)) + 1
    features = []
    for row in areas.itertuples(index=False):
        props = {"c": row.code, "n": row.name, "g": row.gemeente_name or "", "p": row.province_name or "",
                 **by_code.get(row.code, {})}
        features.append({"type": "Feature", "geometry": json.loads(row.outline), "properties": props})
    return {"type": "FeatureCollection", "features": features}


def outline_only(outlines: pd.DataFrame) -> dict:
    """Borders without properties (the provinces drawn over a national map)."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": json.loads(o), "properties": {}} for o in outlines["outline"]]}


def write(collection: dict, version: str, name: str, static_dir: Path | None = None) -> str:
    """Write one file (and its .gz) atomically; returns its URL relative to the page."""
    folder = (static_dir or config.geo_dir()) / version
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.json"
    if not target.exists():
        data = json.dumps(collection, separators=(",", ":")).encode()
        for path, body in ((target, data), (folder / f"{name}.json.gz", gzip.compress(data, 9))):
            tmp = path.with_name(f".{path.name}.{os.getpid()}")
            tmp.write_bytes(body)
            os.replace(tmp, path)  # a reader never sees half a file
    return f"{URL_PREFIX}/{version}/{name}.json"


def write_all(con, static_dir: Path | None = None) -> dict[str, str]:
    """Every level's file and the provinces' (for `make data` and the container image, so the
    first visitor does not wait for them and a read-only deployment needs no writes)."""
    from core import queries, regions
    from core.maps import THEME_LAYERS
    version = version_of(queries.build_info(con))
    static_dir = static_dir or config.geo_dir()

    def collection_of(level: str) -> dict:
        if level == "provinces":
            return outline_only(queries.province_outlines(con))
        themes = ({layer: (queries.indicator_values(con, spec["indicator"], level), spec["edges"])
                   for layer, spec in THEME_LAYERS.items()} if level in ("buurt", "gemeente") else {})
        return level_collection(queries.level_outlines(con, level), queries.level_all_years(con, level), themes,
                                regions.deviations(con, level))

    urls = {}
    for name in ("provinces", *STATIC_LEVELS):
        done = (static_dir / version / f"{name}.json").exists()  # written by `make data` or another replica
        urls[name] = f"{URL_PREFIX}/{version}/{name}.json" if done else write(collection_of(name), version, name,
                                                                               static_dir)
    return urls


def remove_other_versions(version: str, static_dir: Path | None = None, keep: int = 3) -> None:
    """Outlines of earlier builds are clutter once a new database is in use; the newest `keep`
    folders stay, so processes still serving an older build (or a test database) keep theirs."""
    static_dir = static_dir or config.geo_dir()
    if static_dir.is_dir():
        others = sorted((f for f in static_dir.iterdir() if f.is_dir() and f.name != version),
                        key=lambda f: f.stat().st_mtime, reverse=True)
        for folder in others[max(0, keep - 1):]:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """`python -m core.geo_files [--db FILE]`: write the static geometry files of a database."""
    import argparse
    import time

    from core.db import DatabaseUnavailable, open_readonly
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--db", default=str(config.db_path()))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        con = open_readonly(Path(args.db))
    except DatabaseUnavailable as exc:
        print(f"cannot write map geometry: {exc}")
        return 2
    try:
        urls = write_all(con)
    except OSError as exc:  # a full or read-only disk: the app then writes them itself, or maps go inline
        print(f"cannot write map geometry: {exc}")
        return 1
    finally:
        con.close()
    remove_other_versions(urls["provinces"].split("/")[-2])
    sizes = {name: (config.geo_dir() / url.removeprefix(URL_PREFIX + "/")).stat().st_size for name, url in urls.items()}
    print(f"map geometry in {config.geo_dir() / urls['provinces'].split('/')[-2]}/ "
          f"({', '.join(f'{n} {s / 1e6:.1f} MB' for n, s in sizes.items())}) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
