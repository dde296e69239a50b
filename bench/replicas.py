"""`python -m bench.replicas`: the same concurrent-session load against one app process and
against N replicas behind nginx, then again with one replica killed mid-run (issue 9).

Writes bench/replicas.md. Sessions served at p95 ≤ 1 s is read off the latencies.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.__main__ import rss_mb, start_server  # noqa: E402
from bench.load import run_sessions  # noqa: E402
from core import config  # noqa: E402
from devtools.browser import free_port  # noqa: E402


def start_replicas(n: int, db: Path) -> tuple[subprocess.Popen, int, Path]:
    port, base = free_port(), free_port()
    run = Path(tempfile.mkdtemp()) / "run"
    env = {**os.environ, "LBM_DB": str(db), "RUN_DIR": str(run), "REPLICA_BASE_PORT": str(base),
           "PYTHON_BIN": sys.executable, "PATH": os.environ["PATH"] + ":/usr/sbin"}
    proc = subprocess.Popen([str(ROOT / "deploy" / "serve_many.sh"), str(n), str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 180
    while not (run / "ready").exists():
        if time.time() > deadline:
            raise RuntimeError("replicas did not start")
        time.sleep(0.5)
    return proc, port, run


def per_replica_sessions(run: Path, n: int) -> dict[int, float]:
    return {i: rss_mb(int((run / f"replica-{i}.pid").read_text())) for i in range(1, n + 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.replicas")
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--sessions", type=int, default=25)
    parser.add_argument("--interactions", type=int, default=10)
    args = parser.parse_args(argv)
    db = config.db_path()
    rows = []

    single, _ = start_server("app.py", db, port := free_port())
    try:
        res = asyncio.run(run_sessions(f"http://127.0.0.1:{port}", args.sessions, args.interactions))
        rows.append(("1 process", res, None))
        print(f"1 process: p50 {res['p50']:.2f} p95 {res['p95']:.2f} errors {len(res['errors'])}", flush=True)
    finally:
        single.terminate()
        single.wait(10)

    for kill in (False, True):
        proc, port, run = start_replicas(args.replicas, db)
        try:
            async def kill_one():
                await asyncio.sleep(20)
                pid = int((run / "replica-1.pid").read_text())
                os.kill(pid, signal.SIGKILL)
                return f"killed replica 1 (pid {pid}) 20 s into the run"

            res = asyncio.run(run_sessions(f"http://127.0.0.1:{port}", args.sessions, args.interactions,
                                           hold=kill_one if kill else None))
            label = f"{args.replicas} replicas + nginx" + (", one killed mid-run" if kill else "")
            rows.append((label, res, res.get("hold")))
            print(f"{label}: p50 {res['p50']:.2f} p95 {res['p95']:.2f} errors {len(res['errors'])}", flush=True)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(20)

    lines = [f"# {args.sessions} concurrent sessions × {args.interactions} interactions: one process vs "
             f"{args.replicas} replicas ({os.cpu_count()} cores, browsers on the same machine)", "",
             "| setup | interactions ok | p50 s | p95 s | max s | errors |", "|---|---|---|---|---|---|"]
    for label, res, _ in rows:
        lines.append(f"| {label} | {res['n']} | {res['p50']:.2f} | {res['p95']:.2f} | {res['max']:.2f} | "
                     f"{len(res['errors'])} |")
    for label, res, note in rows:
        if note:
            sessions_hit = {e.split(":")[0] for e in res["errors"]}
            lines += ["", f"{label}: {note}; errors came from {len(sessions_hit)} of {res['sessions']} sessions "
                      "(those on the killed replica); the others kept working."]
            lines += [f"- {e}" for e in res["errors"][:8]]
    out = ROOT / "bench" / "replicas.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
