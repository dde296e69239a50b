"""The build on hand-made sources: what it derives, every rule it enforces, and that a
failed or killed build never costs the previous database."""
from __future__ import annotations

import csv
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from etl import BuildError, build
from etl.validate import ValidationError
from core.db import open_readonly
from tests.fixtures import HOUSEHOLDS, read_json, write_json
from tests.conftest import ROOT

QUIET = {"log": lambda msg: None}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_derives_classes_gemeenten_and_weights(fixture_sources, tmp_path):
    out = tmp_path / "db.duckdb"
    summary = build(fixture_sources, out, **QUIET)
    assert summary["rows"]["scores"] == 9 + 9 + 2 + 3  # 3 PC4 × 3 years, 3 wijken × 3 years, 2 gemeenten, 3 buurten
    con = open_readonly(out)
    areas = con.execute("SELECT code, gemeente_code, pc4, households FROM areas ORDER BY code").df()
    by = areas.set_index("code")
    # Spatial joins: postcode areas land in the gemeente square that contains them ...
    assert by.loc["PC4-1011", "gemeente_code"] == "GM0363"
    assert by.loc["PC4-3072", "gemeente_code"] == "GM0599"
    # ... and each buurt in the postcode area that contains its point.
    assert by.loc["BU03630001", "pc4"] == "PC4-1011"
    assert by.loc["BU05990001", "pc4"] == "PC4-3072"
    # Gemeente households are the sum of their buurten.
    assert by.loc["GM0363", "households"] == HOUSEHOLDS["BU03630001"] + HOUSEHOLDS["BU03630002"]
    classes = dict(con.execute("SELECT code || '/' || year, klasse FROM scores").fetchall())
    assert classes["PC4-1011/2022"] == 9      # 0.25 ≥ 0.168
    assert classes["PC4-1012/2002"] == 3      # -0.30 between -0.3538 and -0.2815
    assert classes["BU03630002/2024"] == 4    # -0.20: zwak
    # Provenance is recorded per source, with a checksum of the file read.
    src = con.execute("SELECT source_id, rows, sha256 FROM sources WHERE source_id = 'lbm_pc4'").fetchone()
    assert src[1] == 9
    assert src[2] == sha(fixture_sources / "leefbaarometer" / "lbm3_pc4_2002_2022.csv")
    con.close()


def _rewrite_csv(path: Path, edit) -> None:
    rows = list(csv.reader(open(path, newline="")))
    edit(rows)
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)


PC4_FILE = "leefbaarometer/lbm3_pc4_2002_2022.csv"
WIJK_FILE = "leefbaarometer/lbm3_wijken_2002_2022.csv"
GM_FILE = "leefbaarometer/lbm3_2024_gemeenten.geojson"


def _break_pc4(edit):
    return lambda root: _rewrite_csv(root / PC4_FILE, edit)


def _break_wijk(edit):
    return lambda root: _rewrite_csv(root / WIJK_FILE, edit)


def _break_gm(edit):
    def apply(root):
        data = read_json(root / GM_FILE)
        edit(data["features"])
        write_json(root / GM_FILE, data)
    return apply


def _set(rows, r, c, value):
    rows[r][c] = value


BREAKAGES = {
    # name: (how to break the fixture, what the message must contain)
    "missing column": (_break_pc4(lambda rows: [row.pop(8) for row in rows]),
                       ["lbm3_pc4_2002_2022.csv", "required columns missing", "won"]),
    "malformed postcode": (_break_pc4(lambda rows: _set(rows, 2, 0, "101")),
                           ["lbm3_pc4_2002_2022.csv", "row 3", "malformed pc4 code"]),
    "duplicate area-year": (_break_pc4(lambda rows: rows.append(list(rows[1]))),
                            ["row 11", "duplicate (area, year)", "pc4=1011"]),
    "score out of range": (_break_pc4(lambda rows: _set(rows, 1, 3, "12.5")),
                           ["row 2", "afw outside the sane range"]),
    "not a number": (_break_pc4(lambda rows: _set(rows, 1, 3, "0,11")),
                     ["row 2", "afw is not a number"]),
    "dimensions do not sum": (_break_pc4(lambda rows: _set(rows, 2, 4, "0.5")),
                              ["row 3", "afw is not the sum of the five dimensions"]),
    "malformed wijk code": (_break_wijk(lambda rows: _set(rows, 4, 0, "WK0363")),
                            ["lbm3_wijken_2002_2022.csv", "row 5", "malformed wijk code"]),
    "duplicate wijk-year": (_break_wijk(lambda rows: rows.append(list(rows[2]))),
                            ["lbm3_wijken_2002_2022.csv", "row 11", "duplicate (area, year)", "wijk=WK036300"]),
    "reference not constant": (_break_wijk(lambda rows: _set(rows, 3, 3, "4.5")),
                               ["lbm3_wijken_2002_2022.csv", "row 4", "lbm - afw differs from the national reference"]),
    "wijk dimensions do not sum": (_break_wijk(lambda rows: _set(rows, 2, 5, "0.4")),
                                   ["lbm3_wijken_2002_2022.csv", "row 3", "afw is not the sum of the five dimensions"]),
    "malformed gemeente code": (_break_gm(lambda f: f[1]["properties"].update(code="GM599")),
                                ["lbm3_2024_gemeenten.geojson", "feature 1", "malformed gemeente code"]),
    "official class disagrees": (_break_gm(lambda f: f[0]["properties"]["raw"].update(kscore=3)),
                                 ["feature 0", "derived class disagrees with official kscore"]),
    "missing raw field": (_break_gm(lambda f: f[0]["properties"]["raw"].pop("afw")),
                          ["feature 0", "required field missing", "afw"]),
    "not json": (lambda root: (root / GM_FILE).write_text("{not json"),
                 ["lbm3_2024_gemeenten.geojson", "not valid JSON"]),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_each_rule_stops_the_build_and_names_file_row_rule(name, fixture_sources, tmp_path):
    breakage, expected = BREAKAGES[name]
    breakage(fixture_sources)
    with pytest.raises(ValidationError) as info:
        build(fixture_sources, tmp_path / "db.duckdb", **QUIET)
    for fragment in expected:
        assert fragment in str(info.value), (fragment, str(info.value))
    assert not (tmp_path / "db.duckdb").exists()


def test_failed_build_leaves_the_previous_database_untouched(fixture_sources, tmp_path):
    out = tmp_path / "db.duckdb"
    build(fixture_sources, out, **QUIET)
    before = sha(out)
    BREAKAGES["dimensions do not sum"][0](fixture_sources)
    with pytest.raises(ValidationError):
        build(fixture_sources, out, **QUIET)
    assert sha(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.duckdb", "sources"]  # no temp left
    open_readonly(out).close()


def test_missing_source_folder_names_the_downloads_and_files(tmp_path):
    with pytest.raises(BuildError) as info:
        build(tmp_path / "nowhere", tmp_path / "db.duckdb", **QUIET)
    text = str(info.value)
    assert "leefbaarometer.nl" in text and "opendata.cbs.nl" in text
    assert "lbm3_pc4_2002_2022.csv" in text and "--source" in text


def test_missing_required_file_is_named(fixture_sources, tmp_path):
    (fixture_sources / PC4_FILE).unlink()
    with pytest.raises(BuildError, match="missing: lbm_pc4"):
        build(fixture_sources, tmp_path / "db.duckdb", **QUIET)


def test_cli_exits_2_with_a_message_not_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "etl", "--source", str(tmp_path / "nowhere"),
         "--out", str(tmp_path / "db.duckdb")],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Build failed, the previous database (if any) is untouched" in result.stderr


def test_killed_build_keeps_the_old_database_working(tmp_path, fixture_sources):
    """SIGKILL the build while it writes its temporary file: the old database survives. The
    fixture's build takes about a second, so the kill comes within 10 ms of the temporary file
    appearing; a build that was quicker still (it then replaced the marker database, as a
    finished build should) is tried again on a fresh marker."""
    out = tmp_path / "db.duckdb"
    for _attempt in range(5):
        out.unlink(missing_ok=True)
        con = duckdb.connect(str(out))
        con.execute("CREATE TABLE marker AS SELECT 42 AS answer")
        con.close()
        before = sha(out)
        proc = subprocess.Popen(
            [sys.executable, "-m", "etl", "--source", str(fixture_sources), "--out", str(out)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None and not list(tmp_path.glob(".db.duckdb.building-*")):
            time.sleep(0.005)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            break
    else:
        pytest.fail("the build always finished before it could be killed")
    assert sha(out) == before
    con = duckdb.connect(str(out), read_only=True)
    assert con.execute("SELECT answer FROM marker").fetchone() == (42,)
    con.close()
    # The killed build left its temporary file; the next build clears it.
    assert list(tmp_path.glob(".db.duckdb.building-*"))
    build(fixture_sources, out, **QUIET)
    assert not list(tmp_path.glob(".db.duckdb.building-*"))
