"""Deployment: manifests a team can apply, a Dockerfile that mirrors `make run`, and N replicas
behind nginx actually serving the app, surviving the loss of one replica."""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
import yaml

from devtools.browser import chromium, free_port, problems_on, screenshot, wait_maps_drawn, wait_rendered
from tests.conftest import ROOT

K8S = ROOT / "deploy" / "k8s"
DEPLOY = ROOT / "deploy"


def manifests() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text()) for p in K8S.glob("*.yaml")}


def rendered() -> list[dict]:
    """What `kubectl apply -k deploy/` applies: the listed resources and the proxy's ConfigMap
    made from deploy/nginx/ (as kustomize's configMapGenerator makes it)."""
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())
    docs = [yaml.safe_load((DEPLOY / r).read_text()) for r in kustomization["resources"]]
    for generator in kustomization["configMapGenerator"]:
        data = {Path(f).name: (DEPLOY / f).read_text() for f in generator["files"]}
        docs.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": generator["name"]}, "data": data})
    return docs


def test_the_manifests_pass_the_kubernetes_schemas():
    """Strict validation against the API's own schemas (kubernetes-validate, offline): an unknown
    or misspelt field fails, as `kubectl apply --dry-run` would on a cluster."""
    import kubernetes_validate
    docs = rendered()
    assert sorted(d["kind"] for d in docs) == ["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Ingress",
                                               "PodDisruptionBudget", "Service"]
    for doc in docs:
        kubernetes_validate.validate(doc, "1.32.0", strict=True)
    broken = json.loads(json.dumps(manifests()["deployment"]))
    broken["spec"]["template"]["spec"]["containers"][0]["securityContxt"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, "1.32.0", strict=True)


@pytest.mark.skipif(not shutil.which("kubectl"), reason="kubectl is not installed")
def test_kubectl_renders_the_same_resources():
    out = subprocess.run(["kubectl", "kustomize", str(DEPLOY)], capture_output=True, text=True, timeout=60, check=True)
    kinds = sorted(d["kind"] for d in yaml.safe_load_all(out.stdout))
    assert kinds == sorted(d["kind"] for d in rendered())


def test_pods_run_hardened():
    d = manifests()["deployment"]
    spec = d["spec"]["template"]["spec"]
    assert spec["automountServiceAccountToken"] is False
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert {c["name"] for c in spec["containers"]} == {"app", "proxy"}
    for c in spec["containers"]:
        sc = c["securityContext"]
        assert sc["allowPrivilegeEscalation"] is False and sc["readOnlyRootFilesystem"] is True
        assert sc["capabilities"] == {"drop": ["ALL"]}
        name, _, tag = c["image"].rpartition(":")
        assert name and tag and tag != "latest", c["image"]  # pinned to a version
        assert c["resources"]["requests"] and c["resources"]["limits"]
    app = next(c for c in spec["containers"] if c["name"] == "app")
    for probe in ("readinessProbe", "livenessProbe"):
        assert app[probe]["httpGet"] == {"path": "/_stcore/health", "port": "app"}
    assert d["spec"]["selector"]["matchLabels"] == d["spec"]["template"]["metadata"]["labels"]
    pdb = manifests()["pdb"]
    assert pdb["spec"]["selector"] == d["spec"]["selector"]
    assert 0 < pdb["spec"]["minAvailable"] < manifests()["hpa"]["spec"]["minReplicas"]


def test_service_ingress_and_hpa_point_at_the_deployment():
    m = manifests()
    assert m["service"]["spec"]["selector"] == m["deployment"]["spec"]["selector"]["matchLabels"]
    proxy = next(c for c in m["deployment"]["spec"]["template"]["spec"]["containers"] if c["name"] == "proxy")
    assert m["service"]["spec"]["ports"][0]["targetPort"] in [p["name"] for p in proxy["ports"]]  # only via the proxy
    backend = m["ingress"]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == m["service"]["metadata"]["name"]
    ann = m["ingress"]["metadata"]["annotations"]
    assert ann["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(ann["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    hpa = m["hpa"]["spec"]
    assert hpa["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "lbm-explorer"}
    assert hpa["minReplicas"] >= 2 and hpa["maxReplicas"] > hpa["minReplicas"]


def test_the_readme_states_the_autoscaler_as_it_is():
    hpa = manifests()["hpa"]["spec"]
    target = hpa["metrics"][0]["resource"]["target"]["averageUtilization"]
    readme = (ROOT / "README.md").read_text()
    stated = re.findall(r"(\d+)[–-](\d+) (?:pods|replicas) at (\d+)\s?% (?:CPU|of)", readme)
    assert stated, "the README states the autoscaler's range and target"
    assert set(stated) == {(str(hpa["minReplicas"]), str(hpa["maxReplicas"]), str(target))}


def test_the_proxy_allows_exactly_the_inline_scripts_the_pages_run():
    """A new Streamlit or a changed script needs its hash in the policy (deploy/script_hashes.py)."""
    out = subprocess.run([os.sys.executable, str(DEPLOY / "script_hashes.py")], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    proxy = next(c for c in manifests()["deployment"]["spec"]["template"]["spec"]["containers"] if c["name"] == "proxy")
    env = {e["name"]: e["value"] for e in proxy["env"]}
    assert env["LBM_SCRIPT_HASHES"] == out.stdout.strip()
    assert out.stdout.count("'sha256-") == 4  # Streamlit's one-liner, the language (nl, en), the tables
    for name in re.findall(r"\$\{(LBM_\w+)\}", "".join((DEPLOY / "nginx" / f).read_text()
                                                      for f in ("headers.conf.template", "limits.conf.template"))):
        assert name in env, name


def test_dockerfile_builds_in_stages_and_ships_no_build_only_packages():
    text = (DEPLOY / "Dockerfile").read_text()
    stages = re.split(r"^FROM ", text, flags=re.MULTILINE)[1:]
    assert len(stages) == 2 and stages[0].split()[2] == "build"
    build, runtime = stages
    assert "requirements-build.txt" in build and "requirements-build.txt" not in runtime
    assert re.search(r"python -m etl --source /opendata --out", build)
    assert "core.geo_files" in build and build.index("core.geo_files") > build.index("etl")
    assert "--from=opendata" in build and "opendata" not in runtime  # the open data never reaches the image
    assert "COPY --from=build /app/data" in runtime and "COPY --from=build /app/static" in runtime
    assert "pip install -r requirements.txt" in runtime
    assert '"streamlit", "run", "app.py"' in runtime and "USER 10001" in runtime
    assert "chmod -R a-w /app/data /app/static" in runtime  # the database and map files are read-only
    for base in re.findall(r"^FROM (\S+)", text, flags=re.MULTILINE):
        assert re.search(r":\d+\.\d+\.\d+", base), base  # base images pinned to a version
    ignored = (ROOT / ".dockerignore").read_text().split()
    for entry in (".git", ".venv", "data/*.duckdb", "static/geo", "tests"):
        assert entry in ignored
    build_only = {line.split("==")[0].lower() for line in (ROOT / "requirements-build.txt").read_text().splitlines()
                  if "==" in line}
    runtime_reqs = (ROOT / "requirements.txt").read_text().lower()
    assert build_only and not [p for p in build_only if f"\n{p}==" in "\n" + runtime_reqs]
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install --quiet --no-compile -r requirements.txt" in makefile and "streamlit run app.py" in makefile


def test_the_app_process_loads_no_build_only_package(small_db):
    """The pages import nothing of the build (shapely, openpyxl), which the image leaves out."""
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["LBM_DB"] = {str(small_db)!r}
        sys.path.insert(0, {str(ROOT)!r})
        from streamlit.testing.v1 import AppTest
        for page in ("start", "buurt", "vergelijk", "kaart", "signalen", "themas", "over"):
            at = AppTest.from_file({str(ROOT / "app.py")!r}, default_timeout=120)
            at.switch_page(f"views/{{page}}.py")
            at.run()
            assert not at.exception, (page, at.exception)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("shapely", "openpyxl", "et_xmlfile"))
        print("LOADED", loaded)
    """)
    out = subprocess.run([os.sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert "LOADED []" in out.stdout, out.stdout[-2000:] + out.stderr[-2000:]


def test_serve_many_stops_when_nginx_refuses_its_configuration(real_db, tmp_path):
    env = {**os.environ, "RUN_DIR": str(tmp_path / "run"), "LBM_TRUSTED_PROXIES": "not-an-address", "LBM_DB": str(real_db),
           "PYTHON_BIN": os.sys.executable, "PATH": os.environ["PATH"] + ":/usr/sbin"}
    out = subprocess.run([str(DEPLOY / "serve_many.sh"), "1", str(free_port())], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "nginx refuses the configuration" in out.stdout and "not-an-address" in out.stdout
    assert not list((tmp_path / "run").glob("replica-*.pid"))  # nothing was started


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


# Everything a page does under the deployment's Content-Security-Policy (issue 27): each kind of
# content in three visits: Plotly charts (Mijn buurt), tables, charts and inline maps
# (Signalen), and a static-file map in presenter mode opened by a hostile link (its message);
# the other pages and the English ones draw with the same pieces.
CSP_VIEWS = ["buurt?area=PC4-3072", "signalen",
             "kaart?present=1&level=a%60%20![i](https://evil.example/p.png)%20%60"]
WATCH_CSP = """window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(
  [e.violatedDirective, e.blockedURI, (e.sample || '').slice(0, 60), e.sourceFile]));"""
SECURITY_HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")


def _headers(url: str) -> dict[str, str]:
    with urllib.request.urlopen(url, timeout=10) as r:
        return dict(r.headers)


def _embedding_page(port: int, target: str) -> tuple[object, int]:
    """A page on another origin that puts the explorer in an iframe (a gemeente's site)."""
    import http.server
    import threading

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = f'<html><body><iframe id="lbm" src="{target}" width="1200" height="800"></iframe></body></html>'
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, port


def _check_security(port: int, real_db, browser) -> None:
    """The headers on every kind of response, the app working under its policy, embedding by
    the one allowed site only, and the per-client limit on new sessions."""
    base = f"http://127.0.0.1:{port}"
    from core import geo_files, queries
    from core.db import open_readonly
    con = open_readonly(real_db)
    version = geo_files.version_of(queries.build_info(con))
    con.close()
    page_headers = _headers(f"{base}/buurt")
    script = re.search(r'src="\./(static/js/[^"]+)"', urllib.request.urlopen(f"{base}/", timeout=10).read().decode())
    for url in (f"{base}/", f"{base}/buurt?lang=en", f"{base}/{script.group(1)}",
                f"{base}/app/static/geo/{version}/provinces.json", f"{base}/_stcore/health"):
        headers = _headers(url)
        for name in SECURITY_HEADERS:
            assert headers.get(name) == page_headers[name], (url, name)
    csp = page_headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' http://localhost:" in csp and "'unsafe-eval'" not in csp
    assert page_headers["X-Content-Type-Options"] == "nosniff"
    assert "nginx/" not in page_headers.get("Server", "")  # no version given away
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{base}/_stcore/agent/openapi.json", timeout=10)

    for view in CSP_VIEWS:
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        page.add_init_script(WATCH_CSP)
        page.goto(f"{base}/{view}")
        wait_rendered(page)
        if page.locator('[data-testid="stDeckGlJsonChart"]').count():
            wait_maps_drawn(page, timeout_s=90)
        if view.startswith("buurt?area=PC4"):  # Plotly draws under the policy (it loads lazily)
            try:
                page.locator(".stPlotlyChart .main-svg").first.wait_for(state="attached", timeout=60000)
            except PlaywrightTimeout:  # twice in CI on a busy machine, never alone: reload, as a person would
                assert page.evaluate("window.__csp") == [], view  # not the policy's doing
                page.reload()
                wait_rendered(page)
                page.locator(".stPlotlyChart .main-svg").first.wait_for(state="attached", timeout=90000)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__csp") == [], view
        assert problems_on(page) == [] and page.locator("h1").count() >= 1, view
        if view.startswith("buurt?area=PC4"):
            assert page.locator("h2").first.inner_text() == "3072 (Rotterdam)"
            screenshot(page, "nginx-replica")
        page.close()

    # A gemeente's site (the allowed ancestor) can embed the explorer; another origin cannot.
    allowed = int(re.search(r"http://localhost:(\d+)", csp).group(1))
    server, _ = _embedding_page(allowed, f"{base}/over")
    try:
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        page.goto(f"http://localhost:{allowed}/")
        frame = page.frame_locator("#lbm")
        frame.locator("h1").first.wait_for(timeout=60000)
        assert frame.locator("h1").first.inner_text() == "Over de data"
        # The same page on an origin that is not allowed: the browser says it refused to frame it.
        with page.expect_console_message(lambda m: "frame-ancestors" in m.text, timeout=30000):
            page.goto(f"http://127.0.0.1:{allowed}/")
        assert page.frames[-1].url in ("about:blank", "chrome-error://chromewebdata/") or \
            page.frames[-1].locator("h1").count() == 0
        page.close()
    finally:
        server.shutdown()

    # New sessions from one address: a burst of 60 passes, a flood beyond it is refused.
    import asyncio

    import websockets

    async def flood(n: int) -> list[int]:
        codes = []
        for _ in range(n):
            try:
                ws = await websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
                                              open_timeout=30, local_addr=("127.3.0.7", 0))
                codes.append(101)
                await ws.close()
            except websockets.exceptions.InvalidStatus as exc:
                codes.append(exc.response.status_code)
        return codes

    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:  # Playwright's sync API holds this thread's event loop
        codes = pool.submit(asyncio.run, flood(120)).result()
    assert codes[:50] == [101] * 50  # a class of pupils behind one router
    assert codes.count(429) >= 30, codes  # a script opening sessions as fast as it can


def test_two_replicas_behind_nginx_serve_and_survive_losing_one(real_db, tmp_path):
    port, base = free_port(), _two_free_ports()
    run = tmp_path / "run"
    env = {**os.environ, "LBM_DB": str(real_db), "RUN_DIR": str(run), "REPLICA_BASE_PORT": str(base),
           "PYTHON_BIN": os.sys.executable, "PATH": os.environ["PATH"] + ":/usr/sbin",
           "LBM_FRAME_ANCESTORS": f"'self' http://localhost:{free_port()}"}
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
        # ... and Streamlit's own scripts, compressed (issue 32: Streamlit sends them as they are).
        page_html = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
        script = re.search(r'src="\./(static/js/[^"]+)"', page_html).group(1)
        request = urllib.request.Request(f"http://127.0.0.1:{port}/{script}", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=5) as r:
            assert r.headers["Content-Encoding"] == "gzip" and "immutable" in r.headers["Cache-Control"]
            assert r.headers["Content-Type"] == "application/javascript"
            assert b"function" in gzip.decompress(r.read())
        with chromium() as browser:
            _check_security(port, real_db, browser)
            # (_check_security's visits went through nginx: HTML, the websocket, the map files.)
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
