"""The project's own imports as a house: files are rooms, an import is a stair down, and a room
stands one floor above the highest room it uses (issue 30).

`python -m devtools.import_map` prints the floors, the rooms with most arrows in and out, and
checks the layer rules that tests/test_layers.py also runs: the app never imports the ETL, the
exports never import the web layer, the domain imports neither, and bench/ nothing of tests/. Read from the source with
`ast`, so it counts imports inside functions too (the app defers heavy ones) and runs nothing.
"""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("app.py", "views", "core", "etl", "bench", "deploy", "devtools", "tests")

# What each layer may not import (module-name prefixes). The domain and data layer is every
# module directly under core/.
RULES = {
    "views": ("etl", "bench", "devtools"),
    "app": ("etl", "bench", "devtools"),
    "core.web": ("etl", "views"),
    "core.exports": ("etl", "views", "core.web"),
    "core": ("etl", "views", "core.web", "core.exports"),
    "etl": ("views", "core.web", "core.exports"),
    "bench": ("tests",),  # what both need lives in devtools (the browser driver)
    "devtools": ("tests", "views"),
}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(parts)


def project_files() -> list[Path]:
    files: list[Path] = []
    for name in FOLDERS:
        p = ROOT / name
        files += [p] if p.is_file() else sorted(p.rglob("*.py")) if p.is_dir() else []
    return files


def graph() -> dict[str, set[str]]:
    """module -> the project modules it imports (anywhere in the file)."""
    files = project_files()
    names = {module_name(p) for p in files}
    edges: dict[str, set[str]] = {}
    for path in files:
        me = module_name(path)
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            for target in targets:
                while target and target not in names:
                    target = target.rpartition(".")[0]
                if target and target != me and not (isinstance(node, ast.ImportFrom) and target == node.module
                                                    and any(f"{node.module}.{a.name}" in names for a in node.names)):
                    found.add(target)
        edges[me] = found
    return edges


def layer_of(module: str) -> str:
    for prefix in ("core.web", "core.exports", "core", "etl", "views", "bench", "deploy", "devtools", "tests"):
        if module == prefix or module.startswith(prefix + "."):
            return prefix
    return module


def broken_rules(edges: dict[str, set[str]] | None = None) -> list[str]:
    """Every import that crosses a layer the wrong way, as 'a -> b'."""
    edges = graph() if edges is None else edges
    broken = []
    for source, targets in edges.items():
        for target in targets:
            if any(target == f or target.startswith(f + ".") for f in RULES.get(layer_of(source), ())):
                broken.append(f"{source} -> {target}")
    return sorted(broken)


def floors(edges: dict[str, set[str]]) -> dict[str, int]:
    """Floor 0 imports nothing of the project; every other room is one above its highest import.
    A cycle would never settle: it raises."""
    floor: dict[str, int] = {}
    visiting: set[str] = set()

    def height(m: str) -> int:
        if m in floor:
            return floor[m]
        if m in visiting:
            raise ValueError(f"import cycle through {m}")
        visiting.add(m)
        floor[m] = 1 + max((height(t) for t in edges.get(m, ())), default=-1)
        visiting.discard(m)
        return floor[m]

    for m in edges:
        height(m)
    return floor


def report() -> str:
    edges = graph()
    app_edges = {m: t for m, t in edges.items() if layer_of(m) in ("app", "views", "core", "core.web", "core.exports", "etl")
                 and not m.endswith("__main__")}
    floor = floors(app_edges)
    lines = [f"{len(app_edges)} rooms (app.py, views, core, etl) on {max(floor.values()) + 1} floors, "
             f"{sum(len(t) for t in app_edges.values())} arrows"]
    for level in range(max(floor.values()), -1, -1):
        rooms = sorted(m for m, f in floor.items() if f == level)
        lines.append(f"  floor {level}: " + ", ".join(rooms))
    into = Counter(t for ts in app_edges.values() for t in ts)
    lines.append("most imported: " + ", ".join(f"{m} ({n})" for m, n in into.most_common(5)))
    lines.append("most imports:  " + ", ".join(f"{m} ({len(t)})" for m, t in
                                               sorted(app_edges.items(), key=lambda kv: -len(kv[1]))[:5]))
    broken = broken_rules(edges)
    lines.append("layer rules: " + ("kept" if not broken else "BROKEN: " + "; ".join(broken)))
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
