"""Simulated visitors that speak Streamlit's own websocket protocol: no browser (issue 15).

A visitor opens `/_stcore/stream` as the browser does, asks for a page with a `rerun_script`
BackMsg (page name, query string, widget states), and reads the ForwardMsgs back until
`script_finished`: the latency of an action is from sending the BackMsg to that message,
the time the server takes to answer. The widgets it changes are found in the page's own
deltas by their keys (Streamlit ids end in `-<key>`), with the options the page offers, so a
visitor picks what a person could pick.

Bounded by construction: loopback addresses only, a fixed number of actions per visitor, a
deadline for the whole run, a timeout per action.
"""
from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
ACTION_TIMEOUT_S = 60.0
# The app's own last-line message (core.web.ui.run_page) and Streamlit's exception element are errors.
APP_FAILURE_TEXT = ("Er ging iets mis", "Something went wrong")


class NotLoopback(ValueError):
    """The generator only ever talks to this machine."""


def check_loopback(url: str) -> None:
    host = urlsplit(url).hostname
    if host not in LOOPBACK:
        raise NotLoopback(f"{url}: the load generator only connects to loopback addresses ({', '.join(sorted(LOOPBACK))})")


@dataclass
class Widget:
    kind: str               # selectbox, multiselect, button_group, button, radio, ...
    id: str
    options: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    action: str
    seconds: float | None   # None: it failed
    error: str = ""


class Visitor:
    """One browser tab's worth of protocol: one websocket, one Streamlit session."""

    def __init__(self, url: str, name: str, sticky: str | None = None, address: str | None = None):
        check_loopback(url)
        # The loopback address the visitor connects from (127.0.0.0/8 is all this machine): nginx
        # limits per address (deploy/nginx/limits.conf.template), so a crowd of separate people
        # comes from separate addresses, a school class from one.
        self.address = address
        # The cookie nginx (make serve-many) routes a browser by; a browser keeps it across
        # reloads, so a visitor does too. A single server ignores it.
        self.sticky = sticky or f"{random.getrandbits(64):016x}"
        parts = urlsplit(url)
        self.ws_url = f"ws://{parts.netloc}/_stcore/stream"
        self.origin = f"http://{parts.netloc}"
        self.name = name
        self.widgets: dict[str, Widget] = {}
        self.states: dict[str, WidgetState] = {}
        self.page = ""
        self.query = ""
        self._ws = None
        self._reader: asyncio.Task | None = None
        self._finished: asyncio.Queue = asyncio.Queue()
        self._failure = ""
        self.session_id = ""
        self.bytes_in = 0  # bytes received over the websocket (what a rerun costs the network)

    async def connect(self) -> None:
        import websockets
        self._ws = await websockets.connect(self.ws_url, subprotocols=["streamlit"], origin=self.origin,
                                            additional_headers={"Cookie": f"lbm_sticky={self.sticky}"},
                                            max_size=None, open_timeout=120, ping_interval=None,
                                            **({"local_addr": (self.address, 0)} if self.address else {}))
        self._reader = asyncio.create_task(self._read())

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()

    async def _read(self) -> None:
        try:
            async for data in self._ws:
                self.bytes_in += len(data)
                msg = ForwardMsg()
                msg.ParseFromString(data)
                kind = msg.WhichOneof("type")
                if kind == "new_session":
                    self.session_id = msg.new_session.initialize.session_id or self.session_id
                elif kind == "delta":
                    self._delta(msg.delta)
                elif kind == "script_finished":
                    if msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        await self._finished.put(msg.script_finished)
                elif kind == "session_status_changed" or kind == "page_info_changed":
                    pass
        except Exception as exc:  # noqa: BLE001 - a closed socket ends the visitor's actions
            await self._finished.put(f"connection lost: {type(exc).__name__}")

    def _delta(self, delta) -> None:
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind in ("exception",):
            self._failure = f"exception: {element.exception.message[:120]}"
            return
        if kind == "alert" and element.alert.body.startswith(APP_FAILURE_TEXT):
            self._failure = "app failure message: " + element.alert.body[:80]
            return
        proto = getattr(element, kind, None)
        widget_id = getattr(proto, "id", "") if proto is not None else ""
        if widget_id.startswith("$$ID-") and widget_id.count("-") >= 2:
            key = widget_id.split("-", 2)[2]
            options = list(getattr(proto, "options", []) or [])
            if kind == "button_group":
                options = [o.content for o in proto.options]
            self.widgets[key] = Widget(kind, widget_id, [str(o) for o in options])

    async def _rerun(self, action: str) -> Outcome:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        state.widget_states.widgets.extend(self.states.values())
        state.context_info.timezone = "Europe/Amsterdam"
        state.context_info.locale = "nl-NL"
        state.context_info.url = f"{self.origin}/{self.page}" + (f"?{self.query}" if self.query else "")
        self._failure = ""
        while not self._finished.empty():
            self._finished.get_nowait()
        started = time.perf_counter()
        try:
            await self._ws.send(msg.SerializeToString())
            status = await asyncio.wait_for(self._finished.get(), ACTION_TIMEOUT_S)
        except asyncio.TimeoutError:
            return Outcome(action, None, f"no answer within {ACTION_TIMEOUT_S:.0f} s")
        except Exception as exc:  # noqa: BLE001
            return Outcome(action, None, f"{type(exc).__name__}: {str(exc)[:100]}")
        seconds = time.perf_counter() - started
        if isinstance(status, str):
            return Outcome(action, None, status)
        if status != ForwardMsg.FINISHED_SUCCESSFULLY:
            return Outcome(action, None, f"script finished with status {status}")
        if self._failure:
            return Outcome(action, None, self._failure)
        # Triggers (buttons) fire once, as in the browser.
        for key, w in list(self.states.items()):
            if w.WhichOneof("value") == "trigger_value":
                del self.states[key]
        return Outcome(action, seconds)

    async def open(self, page: str, query: str = "") -> Outcome:
        """As typing a URL: a new page, its query string, no widget state carried over."""
        self.page, self.query = page, query
        self.states.clear()
        self.widgets.clear()
        return await self._rerun(f"open {page or 'start'}")

    async def choose(self, key: str, pick=None, action: str = "") -> Outcome:
        """Set the widget with this key to one of its options (`pick(options)` chooses; default:
        a random other option), or press it (a button)."""
        widget = self.widgets.get(key)
        if widget is None:
            return Outcome(action or f"set {key}", None, f"no widget with key {key!r} on {self.page or 'start'}")
        state = WidgetState(id=widget.id)
        if widget.kind == "button":
            state.trigger_value = True
        else:
            value = pick(widget.options) if pick else random.choice(widget.options)
            if widget.kind in ("multiselect", "button_group"):
                state.string_array_value.data.extend(value if isinstance(value, list) else [value])
            else:
                state.string_value = value
        self.states[widget.id] = state
        return await self._rerun(action or f"set {key}")

    async def type_into(self, key: str, text: str, action: str = "") -> Outcome:
        """A free text into a text box, as typed and confirmed with Enter (the search box of Mijn buurt)."""
        widget = self.widgets.get(key)
        if widget is None:
            return Outcome(action or f"type {key}", None, f"no widget with key {key!r} on {self.page}")
        self.states[widget.id] = WidgetState(id=widget.id, string_value=text)
        return await self._rerun(action or f"type {key}")


# ------------------------------------------------------------------ what visitors do
POSTCODES = ["1011", "3072", "9711", "2525", "5611", "6811", "7511", "8011", "3511", "1102", "4811", "6211"]


async def citizen(v: Visitor, rng: random.Random, steps: int, think):
    yield await v.open("buurt", f"area=PC4-{rng.choice(POSTCODES)}")
    for _ in range(steps - 1):
        await think()
        yield await v.type_into("buurt_q", rng.choice(POSTCODES), "buurt: type a postcode")


async def map_reader(v: Visitor, rng: random.Random, steps: int, think):
    yield await v.open("kaart", "level=buurt")
    for _ in range(steps - 1):
        await think()
        yield await v.choose("m_dim", lambda opts: rng.choice(opts[:6]), "kaart: switch dimension")


async def policy_officer(v: Visitor, rng: random.Random, steps: int, think):
    """Compares gemeenten, then opens the ranking of all (a part of its own since issue 32) and
    goes on choosing there, where every choice redraws the ranking with the chosen ones first."""
    yield await v.open("vergelijk", "gm=GM0363,GM0599")
    for step in range(steps - 1):
        await think()
        if step == 2:
            yield await v.choose("cmp_section", lambda opts: opts[1], "vergelijk: open the ranking")
        else:
            yield await v.choose("cmp_pick", lambda opts: rng.sample(opts, 3), "vergelijk: choose gemeenten")


async def signal_reader(v: Visitor, rng: random.Random, steps: int, think):
    yield await v.open("signalen")
    for _ in range(steps - 1):
        await think()
        yield await v.choose("s_from", lambda opts: rng.choice(opts), "signalen: change start year")


async def newcomer(v: Visitor, rng: random.Random, steps: int, think):
    yield await v.open("", "")
    for page in ["buurt", "kaart", "signalen", "vergelijk", "themas", "over"][: steps - 1]:
        await think()
        yield await v.open(page, "area=PC4-1011" if page == "buurt" else "")


JOURNEYS = {"citizen": citizen, "map": map_reader, "policy": policy_officer, "signals": signal_reader,
            "newcomer": newcomer}


def own_address(index: int) -> str:
    """A loopback address of its own for visitor `index` (127.1.0.2, 127.1.0.3, …)."""
    return f"127.1.{index // 250}.{index % 250 + 2}"


async def visit(url: str, index: int, journey: str, steps: int, think_s: tuple[float, float], deadline: float,
                outcomes: list[Outcome], seed: int = 0, hold: asyncio.Event | None = None,
                address: str | None = None) -> None:
    """One visitor's whole visit; what it measures goes into `outcomes`."""
    rng = random.Random(seed * 1000 + index)
    v = Visitor(url, f"visitor-{index}", address=address)

    async def think():
        await asyncio.sleep(min(rng.uniform(*think_s), max(0.0, deadline - time.monotonic())))

    try:
        await v.connect()
    except Exception as exc:  # noqa: BLE001
        outcomes.append(Outcome("connect", None, f"{type(exc).__name__}: {str(exc)[:100]}"))
        return
    try:
        async for outcome in JOURNEYS[journey](v, rng, steps, think):
            outcomes.append(outcome)
            if time.monotonic() >= deadline:
                break
        if hold is not None:
            await hold.wait()
    finally:
        await v.close()


async def crowd(url: str, visitors: int, steps: int = 6, think_s: tuple[float, float] = (5.0, 15.0),
                ramp_s: float = 10.0, max_seconds: float = 300.0, seed: int = 0,
                journeys: tuple[str, ...] = tuple(JOURNEYS), hold: asyncio.Event | None = None,
                addresses: str = "own") -> list[Outcome]:
    """`visitors` visits arriving over `ramp_s` seconds, each `steps` actions with think time,
    all stopped at `max_seconds`. `addresses`: "own" (each visitor its own loopback address, as
    people on the internet), or one address for all (a school class behind one router)."""
    check_loopback(url)
    deadline = time.monotonic() + max_seconds
    outcomes: list[Outcome] = []

    async def arrive(i: int):
        await asyncio.sleep(ramp_s * i / max(1, visitors))
        address = own_address(i) if addresses == "own" else addresses
        await visit(url, i, journeys[i % len(journeys)], steps, think_s, deadline, outcomes, seed, hold, address)

    tasks = [asyncio.create_task(arrive(i)) for i in range(visitors)]
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), max_seconds + ACTION_TIMEOUT_S + 30)
    except asyncio.TimeoutError:
        for task in tasks:
            task.cancel()
        outcomes.append(Outcome("run", None, "stopped at the run's deadline"))
    return outcomes
