"""`python -m bench.capacity`: how many visitors one process serves, and three replicas (issue 15).

Browserless visitors (bench.visitors) follow realistic paths with think time against a real
server on this machine: one app process, then three replicas behind the nginx of
`make serve-many`, at each load. Reported per load: p50/p95/max of every action's server
time, errors, the server's CPU and memory per session; then one replica SIGKILLed under
load: who lost a session, how long until they were served again after reloading, and
whether anyone else noticed. Also: what an idle session costs in memory.

    python -m bench.capacity                       # the full run, writes bench/capacity.md
    python -m bench.capacity --quick               # a few visitors for a few seconds (make test runs this)
    python -m bench.capacity --loads 25,50 --think 5,15 --steps 6
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import visitors as vs  # noqa: E402
from bench.load import describe  # noqa: E402
from bench.reports import with_previous  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
IDLE_VIEWS = [("", ""), ("buurt", "area=PC4-1011"), ("vergelijk", "gm=GM0363,GM0599"), ("kaart", "level=buurt"),
              ("signalen", ""), ("themas", "")]


# ------------------------------------------------------------------ servers and what they use
def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


class Sampler:
    """CPU and memory of the server processes, once a second, while a load runs."""

    def __init__(self, pids: list[int]):
        self.pids = pids
        self.samples: list[tuple[float, float, float]] = []  # time, cpu seconds, rss MB (all pids)
        self._task: asyncio.Task | None = None

    def read(self) -> tuple[float, float]:
        return sum(_cpu_seconds(p) for p in self.pids), sum(_rss_mb(p) for p in self.pids)

    async def _run(self):
        while True:
            self.samples.append((time.monotonic(), *self.read()))
            await asyncio.sleep(1.0)

    def __enter__(self):
        self._own = os.times()
        self._task = asyncio.get_event_loop().create_task(self._run())
        return self

    def __exit__(self, *exc):
        self._task.cancel()
        self.samples.append((time.monotonic(), *self.read()))
        own = os.times()
        self._generator_cpu = (own.user + own.system) - (self._own.user + self._own.system)

    def summary(self) -> dict:
        if len(self.samples) < 2:
            return {"cpu_percent": float("nan"), "rss_start": float("nan"), "rss_peak": float("nan"),
                    "generator_cpu_percent": float("nan")}
        (t0, c0, r0), (t1, c1, _) = self.samples[0], self.samples[-1]
        return {"cpu_percent": 100 * (c1 - c0) / max(1e-9, t1 - t0), "rss_start": r0,
                "rss_peak": max(r for _, _, r in self.samples),
                "generator_cpu_percent": 100 * self._generator_cpu / max(1e-9, t1 - t0)}


def start_one(db: Path) -> tuple[object, str, list[int]]:
    from bench.__main__ import start_server
    from devtools.browser import free_port
    port = free_port()
    proc, _ = start_server("app.py", db, port)
    return proc, f"http://127.0.0.1:{port}", [proc.pid]


def start_three(db: Path, n: int = 3) -> tuple[object, str, list[int], Path]:
    from bench.replicas import start_replicas
    proc, port, run = start_replicas(n, db)
    pids = [int((run / f"replica-{i}.pid").read_text()) for i in range(1, n + 1)]
    return proc, f"http://127.0.0.1:{port}", pids, run


def stop(proc) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        proc.terminate()
    try:
        proc.wait(20)
    except Exception:  # noqa: BLE001
        proc.kill()


WARMED: dict[int, dict] = {}  # server pid -> its warm-up (seconds, steps, objects frozen), for the report


def _mark_warm_ups() -> None:
    """Servers started from now on leave a file when their background warm-up (core.web.warm) ends."""
    os.environ.setdefault("LBM_WARM_DONE_DIR", tempfile.mkdtemp(prefix="lbm-warm-"))


async def _warm(url: str, pids: list[int] = ()) -> None:
    """One visitor through every journey first: the process's caches fill as after a first
    visitor; then wait until each server's own warm-up has finished (its steps and the
    gc.freeze() after them), so the load measures serving, not the one-off warm-up. In an
    earlier run elsewhere a load started at 450 MB instead of 650 MB: the warm-up was not done."""
    await vs.crowd(url, len(vs.JOURNEYS), steps=3, think_s=(0.2, 0.5), ramp_s=0.5, max_seconds=120)
    folder = os.environ.get("LBM_WARM_DONE_DIR")
    deadline = time.monotonic() + 240
    for pid in pids if folder else ():
        done = Path(folder) / f"{pid}.json"
        while not done.exists():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the warm-up of server {pid} did not finish within 4 minutes")
            await asyncio.sleep(0.5)
        WARMED[pid] = json.loads(done.read_text())


# ------------------------------------------------------------------ one load
def summarise(outcomes: list[vs.Outcome], visitors: int, sampler: Sampler) -> dict:
    done = [o.seconds for o in outcomes if o.seconds is not None]
    errors = [o for o in outcomes if o.seconds is None]
    actions = {}
    for o in outcomes:
        actions.setdefault(o.action, []).append(o)
    per_action = {a: {**describe([o.seconds for o in os_ if o.seconds is not None]),
                      "errors": sum(1 for o in os_ if o.seconds is None)} for a, os_ in sorted(actions.items())}
    use = sampler.summary()
    return {"visitors": visitors, **describe(done), "errors": len(errors),
            "error_examples": sorted({o.error for o in errors})[:5], "actions": per_action, **use,
            "mb_per_session": (use["rss_peak"] - use["rss_start"]) / visitors if visitors else float("nan")}


async def one_load(url: str, pids: list[int], visitors: int, args) -> dict:
    with Sampler(pids) as sampler:
        outcomes = await vs.crowd(url, visitors, steps=args.steps, think_s=args.think, ramp_s=args.ramp,
                                  max_seconds=args.max_seconds, seed=visitors)
    return summarise(outcomes, visitors, sampler)


async def idle_sessions(url: str, pids: list[int], n: int, page: str = "", query: str = "") -> dict:
    """`n` sessions that each opened one page, one after the other (so the figure is what a
    session keeps, not the peak of runs at the same time), and then stay open, doing nothing."""
    before = sum(_rss_mb(p) for p in pids)
    hold = asyncio.Event()
    outcomes: list[vs.Outcome] = []
    opened = [asyncio.Event() for _ in range(n)]

    async def one(i):
        v = vs.Visitor(url, f"idle-{i}")
        await v.connect()
        outcomes.append(await v.open(page, query))
        opened[i].set()
        await hold.wait()
        await v.close()

    tasks = []
    for i in range(n):
        tasks.append(asyncio.create_task(one(i)))
        await opened[i].wait()
    await asyncio.sleep(5)  # let the runs' garbage go
    during = sum(_rss_mb(p) for p in pids)
    hold.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    return {"sessions": n, "page": (page or "start") + (f"?{query}" if query else ""), "rss_before": before, "rss_with": during,
            "mb_per_idle_session": (during - before) / n,
            "errors": sum(1 for o in outcomes if o.seconds is None)}


# ------------------------------------------------------------------ a replica killed under load
async def kill_one(url: str, pids: list[int], visitors: int, args, after_s: float = 25.0) -> dict:
    """`visitors` on three replicas; one replica is SIGKILLed `after_s` into the run. A visitor
    whose connection drops reloads (a new websocket, the same page) as a person would."""
    lost: dict[str, float] = {}
    back: dict[str, float] = {}
    outcomes: list[vs.Outcome] = []
    others_after: list[float] = []
    other_errors: list[str] = []
    killed_at = {"t": None}
    deadline = time.monotonic() + args.max_seconds
    rng_seed = 99

    async def visitor(i: int):
        import random
        rng = random.Random(rng_seed * 1000 + i)
        await asyncio.sleep(args.ramp * i / visitors)
        v = vs.Visitor(url, f"v{i}")
        await v.connect()
        page, query = [("kaart", "level=buurt"), ("buurt", "area=PC4-1011"), ("signalen", "")][i % 3]
        outcomes.append(await v.open(page, query))
        while time.monotonic() < deadline:
            await asyncio.sleep(rng.uniform(*args.think))
            if page == "kaart":
                o = await v.choose("m_dim", lambda opts: rng.choice(opts[:6]), "kaart: switch dimension")
            elif page == "buurt":
                o = await v.type_into("buurt_q", rng.choice(vs.POSTCODES), "buurt: type a postcode")
            else:
                o = await v.choose("s_from", lambda opts: rng.choice(opts), "signalen: change start year")
            outcomes.append(o)
            dropped = o.seconds is None and ("connection lost" in o.error or "ConnectionClosed" in o.error)
            if o.seconds is None and not dropped:
                other_errors.append(o.error)  # a failure that is not the killed replica's dropped socket
            if dropped and v.name not in lost:
                lost[v.name] = time.monotonic()
                await v.close()
                # Reload: a new tab's websocket, the same view, until it is served.
                while time.monotonic() < deadline:
                    try:
                        v = vs.Visitor(url, v.name, sticky=v.sticky)  # the same browser, reloaded
                        await v.connect()
                        reopened = await v.open(page, query)
                        if reopened.seconds is not None:
                            back[v.name] = time.monotonic()
                            break
                    except Exception:  # noqa: BLE001 - nginx may still try the dead replica
                        await asyncio.sleep(0.5)
            elif o.seconds is not None and killed_at["t"] and time.monotonic() > killed_at["t"] \
                    and v.name not in lost:
                others_after.append(o.seconds)
        await v.close()

    async def killer():
        await asyncio.sleep(after_s)
        os.kill(pids[0], signal.SIGKILL)
        killed_at["t"] = time.monotonic()

    await asyncio.gather(killer(), *[visitor(i) for i in range(visitors)], return_exceptions=True)
    served_again = [back[n] - lost[n] for n in back]
    before = [o.seconds for o in outcomes[: len(outcomes) // 3] if o.seconds is not None]
    return {"visitors": visitors, "lost": len(lost), "served_again": len(back),
            "again_seconds": describe(served_again), "other_errors": other_errors,
            "others_after": describe(others_after), "before": describe(before)}


# ------------------------------------------------------------------ calibration against the browser
def _pin(pid: int, cpus: set[int]) -> None:
    """Every thread of a process onto these CPUs (threads it starts later inherit it)."""
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            os.sched_setaffinity(int(task.name), cpus)
        except (ProcessLookupError, PermissionError):
            pass


def calibrate(url: str, server_pid: int | None = None, repeats: int = 8) -> dict:
    """Both measurements with the server's threads on CPU 0 and the browser (or the generator) on
    CPU 1, where the machine has two: Chromium drawing the previous answer while the server
    works on the next would otherwise slow the server and make the browser's figure the
    machine's, not the server's."""
    cpus = sorted(os.sched_getaffinity(0))
    pinned = server_pid is not None and len(cpus) >= 2
    if pinned:
        _pin(server_pid, {cpus[0]})
        os.sched_setaffinity(0, {cpus[1]})
    try:
        return _calibrate(url, repeats)
    finally:
        if pinned:
            _pin(server_pid, set(cpus))
            os.sched_setaffinity(0, set(cpus))


def _calibrate(url: str, repeats: int) -> dict:
    """The same two interactions, in Chromium and by one generator visitor, one after the other
    on a quiet server. In the browser, the server's part is read off the websocket itself: from
    the frame that carries the `rerun_script` BackMsg to the frame that carries `script_finished`
    (what bench/ attributes to the server); the browser's total adds drawing on top."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from devtools.browser import chromium, timed_rerun, wait_rendered

    browser_ws: dict[str, list[float]] = {"kaart: switch dimension": [], "buurt: type a postcode": []}
    browser_total: dict[str, list[float]] = {k: [] for k in browser_ws}
    mark = {"sent": None, "got": None}

    def sent(payload):
        if isinstance(payload, (bytes, bytearray)):
            m = BackMsg()
            m.ParseFromString(bytes(payload))
            if m.WhichOneof("type") == "rerun_script":
                mark["sent"] = time.perf_counter()

    def got(payload):
        if isinstance(payload, (bytes, bytearray)) and mark["sent"] and mark["got"] is None:
            m = ForwardMsg()
            m.ParseFromString(bytes(payload))
            if m.WhichOneof("type") == "script_finished" and m.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                mark["got"] = time.perf_counter()

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("websocket", lambda ws: (ws.on("framesent", sent), ws.on("framereceived", got)))
        for action, path in (("kaart: switch dimension", "kaart?level=buurt"), ("buurt: type a postcode", "buurt?area=PC4-1011")):
            page.goto(f"{url}/{path}")
            wait_rendered(page)
            for i in range(repeats):
                mark.update(sent=None, got=None)
                if action.startswith("kaart"):
                    page.locator('[data-testid="stSelectbox"]').nth(0).click()
                    act = (lambda i=i: page.locator('[role="option"]').nth(1 + i % 5).click())
                else:
                    box = page.locator('[data-testid="stTextInput"] input').first
                    box.click()
                    box.fill(vs.POSTCODES[i % len(vs.POSTCODES)])
                    page.wait_for_timeout(200)
                    act = (lambda b=box: b.press("Enter"))
                browser_total[action].append(timed_rerun(page, act, timeout_ms=60000))
                page.wait_for_timeout(300)
                if mark["sent"] and mark["got"]:
                    browser_ws[action].append(mark["got"] - mark["sent"])
                wait_rendered(page)

    async def generator():
        out: dict[str, list[float]] = {k: [] for k in browser_ws}
        v = vs.Visitor(url, "calibration")
        await v.connect()
        await v.open("kaart", "level=buurt")
        for i in range(repeats):
            o = await v.choose("m_dim", lambda opts, i=i: opts[1 + i % 5], "kaart: switch dimension")
            if o.seconds is not None:
                out[o.action].append(o.seconds)
        await v.open("buurt", "area=PC4-1011")
        for i in range(repeats):
            o = await v.type_into("buurt_q", vs.POSTCODES[i % len(vs.POSTCODES)], "buurt: type a postcode")
            if o.seconds is not None:
                out[o.action].append(o.seconds)
        await v.close()
        return out

    generated = asyncio.run(generator())
    return {a: {"browser_total": describe(browser_total[a]), "browser_server": describe(browser_ws[a]),
                "generator": describe(generated[a])} for a in browser_ws}


# ------------------------------------------------------------------ report
def _fmt(x: float, d: int = 2) -> str:
    return "–" if x != x else f"{x:.{d}f}"


def report(runs: dict, idle: list[dict], kill: dict | None, args, calibration: dict | None = None) -> str:
    lines = ["# Capacity: how many visitors one process serves (issue 15)", "",
             f"Measured by `python -m bench.capacity` on this machine ({os.cpu_count()} cores, the generator on the same "
             f"cores as the servers). Every visitor is a browserless Streamlit client (bench/visitors.py) that opens a "
             f"page and then acts {args.steps - 1} times with {args.think[0]:g}–{args.think[1]:g} s think time; "
             f"visitors arrive over {args.ramp:g} s. Latency: from the BackMsg that asks for the rerun to the "
             f"server's `script_finished` (what the server makes the browser wait for; drawing comes on top).", "",
             *([f"Every server had finished its own warm-up before its first load (waited for, issue 32): "
                f"{min(w.get('seconds', 0) for w in WARMED.values()):g}–{max(w.get('seconds', 0) for w in WARMED.values()):g} s "
                f"of warming, then gc.freeze() of {min(w.get('frozen', 0) for w in WARMED.values()):,}–"
                f"{max(w.get('frozen', 0) for w in WARMED.values()):,} objects.", ""] if WARMED else []),
             "| setup | visitors | actions | p50 s | p95 s | max s | errors | server CPU % | generator CPU % | RSS start → peak MB | MB per session |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for setup, loads in runs.items():
        for r in loads:
            lines.append(f"| {setup} | {r['visitors']} | {r['n']} | {_fmt(r['p50'])} | {_fmt(r['p95'])} | "
                         f"{_fmt(r['max'])} | {r['errors']} | {_fmt(r['cpu_percent'], 0)} | "
                         f"{_fmt(r['generator_cpu_percent'], 0)} | "
                         f"{_fmt(r['rss_start'], 0)} → {_fmt(r['rss_peak'], 0)} | {_fmt(r['mb_per_session'], 1)} |")
    repeated = [loads for setup, loads in runs.items() if setup.startswith("1 process, run")]
    if len(repeated) > 1:
        lines += ["", f"## One process over {len(repeated)} runs: the range", "",
                  "| visitors | p50 s | p95 s | server CPU % | errors |", "|---|---|---|---|---|"]
        for i, first in enumerate(repeated[0]):
            same = [loads[i] for loads in repeated if len(loads) > i]
            span = lambda key, d=2: f"{_fmt(min(r[key] for r in same), d)}–{_fmt(max(r[key] for r in same), d)}"  # noqa: E731
            lines.append(f"| {first['visitors']} | {span('p50')} | {span('p95')} | {span('cpu_percent', 0)} | "
                         f"{sum(r['errors'] for r in same)} |")
    if calibration:
        lines += ["", "## Calibration: the generator against the browser", "",
                  "The same interactions on a quiet single process, first in Chromium, then by one generator visitor; "
                  "the server's threads on one core, Chromium (or the generator) on the other. "
                  "*Browser, server part*: from the websocket frame with the `rerun_script` BackMsg to the frame with "
                  "`script_finished`, read off the browser's own websocket; *browser, total*: from the action until "
                  "the page is drawn (as `make bench` measures).", "",
                  "| action | browser, server part p50 s | generator p50 s | browser, total p50 s | runs |",
                  "|---|---|---|---|---|"]
        for a, c in calibration.items():
            lines.append(f"| {a} | {_fmt(c['browser_server']['p50'])} | {_fmt(c['generator']['p50'])} | "
                         f"{_fmt(c['browser_total']['p50'])} | {c['generator']['n']} |")
    lines += ["", "Per action (p50 / p95 s, errors):", ""]
    for setup, loads in runs.items():
        for r in loads:
            parts = [f"{a}: {_fmt(s['p50'])} / {_fmt(s['p95'])}" + (f", {s['errors']} errors" if s["errors"] else "")
                     for a, s in r["actions"].items()]
            lines.append(f"- {setup}, {r['visitors']} visitors: " + "; ".join(parts))
            if r["error_examples"]:
                lines.append(f"  - errors, for example: {'; '.join(r['error_examples'])}")
    if idle:
        lines += ["", "## An idle session", "", "| sessions | page | RSS before MB | with the sessions MB | MB per idle session |",
                  "|---|---|---|---|---|"]
        for i in idle:
            lines.append(f"| {i['sessions']} | {i['page']} | {_fmt(i['rss_before'], 0)} | {_fmt(i['rss_with'], 0)} | "
                         f"{_fmt(i['mb_per_idle_session'], 1)} |")
    if kill:
        lines += ["", "## One replica SIGKILLed under load", "",
                  f"{kill['visitors']} visitors on three replicas; replica 1 killed 25 s into the run. "
                  f"{kill['lost']} visitors lost their session (the killed replica's), {kill['served_again']} of them "
                  f"were served again after reloading, p50 {_fmt(kill['again_seconds']['p50'])} s / max "
                  f"{_fmt(kill['again_seconds']['max'])} s after their failed action. The others: p95 "
                  f"{_fmt(kill['before']['p95'])} s before the kill, {_fmt(kill['others_after']['p95'])} s after "
                  f"({kill['others_after']['n']} actions), errors among them: {len(kill['other_errors'])}"
                  + (f" ({'; '.join(sorted(set(kill['other_errors']))[:3])})" if kill["other_errors"] else "") + "."]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ main
def parse(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.capacity")
    parser.add_argument("--url", help="an already running server or load balancer (loopback only)")
    parser.add_argument("--loads", default="25,50,100,200")
    parser.add_argument("--replicas", type=int, default=3, help="0: one process only")
    parser.add_argument("--think", default="5,15", help="think time between actions, min,max seconds")
    parser.add_argument("--steps", type=int, default=6, help="actions per visitor, the page load included")
    parser.add_argument("--ramp", type=float, default=20.0, help="seconds over which visitors arrive")
    parser.add_argument("--max-seconds", type=float, default=150.0, help="each load stops by then")
    parser.add_argument("--idle", default="20", help="idle-session counts to measure, comma-separated ('' for none)")
    parser.add_argument("--kill", type=int, default=60, help="visitors for the kill run (0: skip)")
    parser.add_argument("--quick", action="store_true", help="3 visitors, 3 actions, 1–2 s think: a smoke run")
    parser.add_argument("--no-calibrate", dest="calibrate", action="store_false",
                        help="skip the comparison with Chromium")
    parser.add_argument("--repeat", type=int, default=1,
                        help="one-process runs, each on a fresh server; the report gives the range (issue 32)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "capacity.md"))
    args = parser.parse_args(argv)
    args.think = tuple(float(x) for x in args.think.split(","))
    args.loads = [int(x) for x in args.loads.split(",") if x]
    args.idle = [int(x) for x in str(args.idle).split(",") if x]
    if args.quick:
        args.loads, args.replicas, args.think, args.steps, args.ramp = [3], 0, (1.0, 2.0), 3, 1.0
        args.max_seconds, args.idle, args.kill, args.out, args.calibrate = 40.0, [], 0, None, False
    return args


async def _measure_one(url: str, pids: list[int], args) -> list[dict]:
    await _warm(url, pids)
    results = []
    for n in args.loads:
        r = await one_load(url, pids, n, args)
        print(f"  {n} visitors: p50 {_fmt(r['p50'])} s, p95 {_fmt(r['p95'])} s, errors {r['errors']}, "
              f"CPU {_fmt(r['cpu_percent'], 0)} %", flush=True)
        results.append(r)
    return results


def main(argv=None) -> int:
    args = parse(argv)
    from core import config
    db = config.db_path()
    runs: dict[str, list[dict]] = {}
    idle: list[dict] = []
    kill = calibration = None
    if args.url:
        vs.check_loopback(args.url)
        runs["given server"] = asyncio.run(_measure_one(args.url, [], args))
    else:
        _mark_warm_ups()
        print("one process", flush=True)
        proc, url, pids = start_one(db)
        try:
            asyncio.run(_warm(url, pids))
            if args.calibrate:
                calibration = calibrate(url, pids[0])
                print(f"  calibration: {calibration}", flush=True)
            for n in args.idle:  # before the loads: their garbage would hide what a session keeps
                for page, query in IDLE_VIEWS:
                    idle.append(asyncio.run(idle_sessions(url, pids, n, page, query)))
                    print(f"  idle on {idle[-1]['page']}: {idle[-1]['mb_per_idle_session']:.1f} MB per session",
                          flush=True)
            runs["1 process" + (", run 1" if args.repeat > 1 else "")] = asyncio.run(_measure_one(url, pids, args))
        finally:
            stop(proc)
        for k in range(2, args.repeat + 1):  # each on a fresh server, warmed up again
            print(f"one process, run {k}", flush=True)
            proc, url, pids = start_one(db)
            try:
                asyncio.run(_warm(url, pids))
                runs[f"1 process, run {k}"] = asyncio.run(_measure_one(url, pids, args))
            finally:
                stop(proc)
        if args.replicas:
            print(f"{args.replicas} replicas behind nginx", flush=True)
            proc, url, pids, _ = start_three(db, args.replicas)
            try:
                runs[f"{args.replicas} replicas + nginx"] = asyncio.run(_measure_one(url, pids, args))
            finally:
                stop(proc)
            if args.kill:
                print("kill one replica under load", flush=True)
                proc, url, pids, _ = start_three(db, args.replicas)
                try:
                    asyncio.run(_warm(url, pids))
                    kill = asyncio.run(kill_one(url, pids, args.kill, args))
                finally:
                    stop(proc)
    text = report(runs, idle, kill, args, calibration)
    print(text)
    if args.out:
        out = Path(args.out)
        out.write_text(with_previous(text, out.read_text() if out.exists() else ""))
    errors = sum(r["errors"] for loads in runs.values() for r in loads)
    return 1 if args.quick and errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
