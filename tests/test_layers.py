"""The house's rules (issue 30): the app never loads the ETL, and imports only run down the layers
views -> core.web -> core.exports -> core (domain and data); etl -> core."""
import subprocess
import sys

from devtools import import_map

from devtools.import_map import ROOT


def test_imports_run_down_the_layers_only():
    assert import_map.broken_rules() == []
    app = {m: t for m, t in import_map.graph().items() if import_map.layer_of(m) not in ("tests", "bench", "devtools")}
    import_map.floors(app)  # raises on an import cycle


def test_a_rule_breaker_is_caught():
    """The check can fail: an import from the domain up into the web layer is reported."""
    edges = {"core.maps": {"core.web.ui"}, "views.kaart": {"etl.geo"}, "core.web.ui": {"core.maps"}}
    assert import_map.broken_rules(edges) == ["core.maps -> core.web.ui", "views.kaart -> etl.geo"]


def test_the_app_process_loads_no_build_code():
    """Every module the app can import, loaded in a fresh interpreter: the ETL and its build-only
    packages (shapely, openpyxl; requirements-build.txt) stay out of the web process."""
    script = (
        "import importlib, pkgutil, sys, core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(' '.join(sorted(n for n in ('etl', 'shapely', 'openpyxl') if n in sys.modules)))\n"
        "print(len([m for m in sys.modules if m.startswith('core.')]))\n")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded, modules = out.stdout.split("\n")[:2]
    assert int(modules) >= 30, out.stdout  # it really imported the app's modules
    assert loaded == ""


def test_no_page_types_a_source_id():
    """Which source stands behind which figure is core.provenance's job (issue 30): a page that
    typed "lbm_pc4" itself would drift from it."""
    import ast
    import json
    ids = {s["id"] for s in json.loads((ROOT / "data" / "sources.json").read_text())["sources"]}
    typed = [f"{page.name}:{node.lineno} {node.value}" for page in sorted((ROOT / "views").glob("*.py"))
             for node in ast.walk(ast.parse(page.read_text()))
             if isinstance(node, ast.Constant) and node.value in ids]
    assert len(ids) > 10 and typed == []



def test_no_pages_folder_beside_the_app():
    """A `pages/` folder beside app.py switches Streamlit to its old multipage mode until
    st.navigation has run once: the first visitor of a fresh server on /over got a bare page
    with a file-name sidebar. The views live in views/ (issue 30), and nothing may bring it back."""
    assert not (ROOT / "pages").exists() and (ROOT / "views").is_dir()
