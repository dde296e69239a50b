"""Deployment: manifests a team can apply, a Dockerfile that mirrors `make run`, and N replicas
behind nginx actually serving the app, surviving the loss of one replica."""
from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.browser import chromium, free_port, problems_on, screenshot, wait_rendered
from tests.conftest import ROOT

K8S = ROOT / "deploy" / "k8s"


def manifests() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text()) for p in K8S.glob("*.yaml")}


def test_all_four_manifests_parse_with_their_kinds():
    kinds = {name: m["kind"] for name, m in manifests().items()}
    assert kinds == {"deployment": "Deployment", "service": "Service", "ingress": "Ingress",
                     "hpa": "HorizontalPodAutoscaler"}
    for m in manifests().values():
        assert m["apiVersion"] and m["metadata"]["name"] == "lbm-explorer"


def test_deployment_probes_the_health_endpoint_and_runs_unprivileged():
    d = manifests()["deployment"]
    spec = d["spec"]["template"]["spec"]
    c = spec["containers"][0]
    for probe in ("readinessProbe", "livenessProbe"):
        assert c[probe]["httpGet"]["path"] == "/_stcore/health"
        assert c[probe]["httpGet"]["port"] == "http"
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert c["securityContext"]["readOnlyRootFilesystem"] is True
    assert {"name": "http", "containerPort": 8501} in c["ports"]
    assert d["spec"]["selector"]["matchLabels"] == d["spec"]["template"]["metadata"]["labels"]
    assert c["resources"]["requests"]["memory"] and c["resources"]["limits"]["cpu"]


def test_service_ingress_and_hpa_point_at_the_deployment():
    m = manifests()
    assert m["service"]["spec"]["selector"] == m["deployment"]["spec"]["selector"]["matchLabels"]
    backend = m["ingress"]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == m["service"]["metadata"]["name"]
    ann = m["ingress"]["metadata"]["annotations"]
    assert ann["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(ann["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    hpa = m["hpa"]["spec"]
    assert hpa["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "lbm-explorer"}
    assert hpa["minReplicas"] >= 2 and hpa["maxReplicas"] > hpa["minReplicas"]


def test_dockerfile_mirrors_make_run_and_drops_root():
    text = (ROOT / "deploy" / "Dockerfile").read_text()
    steps = [line.split()[0] for line in text.splitlines() if line and not line.startswith(("#", " "))]
    assert steps[0] == "FROM" and "USER" in steps
    assert "pip install -r requirements.txt" in text
    assert re.search(r"python -m core\.build --source /opendata --out", text)
    assert '"streamlit", "run", "app.py"' in text
    assert text.index("USER 10001") > text.index("core.build")  # the build runs before dropping root
    assert "chmod -R a-w /app/data /app/static" in text  # the database and map files are read-only
    assert text.index("core.geo_files") > text.index("core.build")  # map geometry written from the built database
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install --quiet -r requirements.txt" in makefile and "streamlit run app.py" in makefile


def wait_for(path: Path, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while not path.exists():
        if time.time() > deadline:
            raise TimeoutError(path)
        time.sleep(0.3)


def _two_free_ports() -> int:
    """A port whose next one is free too (the replicas listen on base and base + 1): another
    test's server on base + 1 would stop the second replica from starting."""
    import socket
    for _ in range(50):
        base = free_port()
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", base + 1))
            except OSError:
                continue
        return base
    raise RuntimeError("no two consecutive free ports")


def test_two_replicas_behind_nginx_serve_and_survive_losing_one(real_db, tmp_path):
    port, base = free_port(), _two_free_ports()
    run = tmp_path / "run"
    env = {**os.environ, "LBM_DB": str(real_db), "RUN_DIR": str(run), "REPLICA_BASE_PORT": str(base),
           "PYTHON_BIN": os.sys.executable, "PATH": os.environ["PATH"] + ":/usr/sbin"}
    proc = subprocess.Popen([str(ROOT / "deploy" / "serve_many.sh"), "2", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        try:
            wait_for(run / "ready", timeout=180)
        except TimeoutError:
            os.killpg(proc.pid, signal.SIGTERM)
            raise AssertionError("serve_many.sh did not get ready:\n" + proc.communicate(timeout=20)[0].decode()[-3000:])
        time.sleep(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5) as r:
            assert r.status == 200
            assert any(c.startswith("lbm_sticky=") for c in r.headers.get_all("Set-Cookie") or [])
        # The page's language is right before any script runs (nginx rewrites Streamlit's lang="en").
        for query, lang in (("", "nl"), ("?lang=en", "en")):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/buurt{query}", timeout=5) as r:
                assert f'<html lang="{lang}">' in r.read().decode()
        # nginx itself serves the map geometry, pre-compressed and cacheable for good.
        from core import geo_files, queries
        from core.db import open_readonly
        con = open_readonly(real_db)
        version = geo_files.version_of(queries.build_info(con))
        con.close()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/app/static/geo/{version}/buurt.json",
                                         headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=5) as r:
            assert r.headers["Content-Encoding"] == "gzip" and "immutable" in r.headers["Cache-Control"]
            assert json.loads(gzip.decompress(r.read()))["features"]
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1300, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/buurt?area=PC4-1011")  # HTML and the websocket via nginx
            wait_rendered(page)
            assert page.locator("h2").first.inner_text() == "1011 (Amsterdam)"
            assert problems_on(page) == []
            screenshot(page, "nginx-replica")
            # Kill the replica that does not serve this browser... or the one that does: either way
            # a new tab must be served by the survivor.
            victim = int((run / "replica-1.pid").read_text())
            os.kill(victim, signal.SIGKILL)
            fresh = browser.new_page(viewport={"width": 1300, "height": 1000})
            for _ in range(3):  # nginx needs one failed attempt to take the dead replica out
                fresh.goto(f"http://127.0.0.1:{port}/over")
                try:
                    wait_rendered(fresh, timeout_ms=20000)
                    break
                except Exception:  # noqa: BLE001 - retry once the replica is marked down
                    time.sleep(1)
            assert fresh.locator("h1").first.inner_text() == "Over de data"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(20)
        except ProcessLookupError:  # already stopped (the readiness failure above stops it)
            pass
        except subprocess.TimeoutExpired:  # a replica slow to stop on a busy machine: not the test's subject
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
