"""What the benches share: memory readings, medians, the review's QA switched off, node
clocks and a recorder of the SDK calls a turn makes. (Services on an offline engine, paced
by ``settings.offline_latency``, come from ``tests.helpers.offline_services``.)

Nothing here is product code: the benches patch atelier's modules only inside the context
managers below and put everything back on the way out.
"""

from __future__ import annotations

import functools
import json
import resource
import statistics
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# -- memory and medians ----------------------------------------------------------------------


def status_mb(name: str) -> float:
    """A ``/proc/self/status`` field (VmRSS, VmHWM, ...) in MB; 0 where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{name}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def rss_mb() -> float:
    return status_mb("VmRSS")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def p50(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


def add_logo(home: Path, settings: Any = None) -> None:
    """The Acme logo as an approved brand reference, so retrieval has something to pick;
    in the stores ``settings`` name (the embedded ones under ``home`` by default)."""
    from agent.context import build_services
    from agent.demo import make_logo
    from core.settings import Settings

    services = build_services(settings or Settings(home=home, provider="offline"))
    ref = services.brand.add(
        make_logo(home / "inputs" / "acme-logo.png"),
        brand="Acme",
        kind="logo",
        tags=["logo", "primary"],
        description="Acme primary logo: orange disc with a dark bar",
    )
    services.brand.approve(ref.id, by="bench")


# -- the review without QA -------------------------------------------------------------------


@contextmanager
def qa_off() -> Iterator[None]:
    """The review moderates each image but reads no text and runs no brand check."""
    from agent.nodes import review

    read, brand = review.read_image, review._brand_checks

    def no_read(img: Any, asset: Any, plan: Any) -> Any:
        return review.Reading(evidence={"read": "none", "why": "QA off (bench)"})

    def no_brand(state: Any, record: Any) -> tuple[list[str], list[str]]:
        return [], []

    review.read_image, review._brand_checks = no_read, no_brand
    try:
        yield
    finally:
        review.read_image, review._brand_checks = read, brand


# -- node clocks and SDK calls ---------------------------------------------------------------

NODE_NAMES = (
    "moderate_input",
    "retrieve",
    "decide",
    "clarify",
    "generate",
    "edit",
    "finalize",
    "review",
    "respond",
    "refuse",
)


@dataclass
class Call:
    """One SDK request as the client's ``request`` method received it."""

    cast_to: Any
    options: Any
    stream: bool
    stream_cls: Any
    seconds: float = 0.0


@dataclass
class Visit:
    """One run of one node function: its wall time and the SDK calls made meanwhile."""

    node: str
    seconds: float = 0.0
    calls: list[Call] = field(default_factory=list)


class Clock:
    """Node visits of the turn under way, in order, with their SDK calls.

    Calls are filed under the node running when they start, whatever thread makes them
    (the review moderates pixels on a worker thread): nodes run one at a time.
    """

    def __init__(self) -> None:
        self.visits: list[Visit] = []
        self.current: Visit | None = None
        self.loose: list[Call] = []  # calls outside any node
        self._lock = threading.Lock()

    def take(self) -> list[Visit]:
        visits, self.visits = self.visits, []
        return visits

    def wrap_node(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            visit = Visit(name)
            self.visits.append(visit)
            self.current = visit
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                visit.seconds = time.perf_counter() - started
                self.current = None

        return timed

    def record(self, call: Call) -> None:
        with self._lock:
            (self.current.calls if self.current is not None else self.loose).append(call)

    def wrap_client(self, client: Any) -> None:
        """Record every request ``client`` makes (sync ``openai.OpenAI``)."""
        inner = client.request

        def request(
            cast_to: Any, options: Any, *, stream: bool = False, stream_cls: Any = None
        ) -> Any:
            call = Call(cast_to, options, stream, stream_cls)
            self.record(call)
            started = time.perf_counter()
            try:
                return inner(cast_to, options, stream=stream, stream_cls=stream_cls)
            finally:
                call.seconds = time.perf_counter() - started

        client.request = request

    def wrap_async_client(self, client: Any) -> None:
        """Record every request ``client`` makes (``openai.AsyncOpenAI``)."""
        inner = client.request

        async def request(
            cast_to: Any, options: Any, *, stream: bool = False, stream_cls: Any = None
        ) -> Any:
            call = Call(cast_to, options, stream, stream_cls)
            self.record(call)
            started = time.perf_counter()
            try:
                return await inner(cast_to, options, stream=stream, stream_cls=stream_cls)
            finally:
                call.seconds = time.perf_counter() - started

        client.request = request


@contextmanager
def clocked_graph(clock: Clock) -> Iterator[None]:
    """Graphs built inside run every node through ``clock`` (agent.graph's names patched)."""
    import agent.graph as graph

    real = {name: getattr(graph, name) for name in NODE_NAMES}
    for name, fn in real.items():
        setattr(graph, name, clock.wrap_node(name, fn))
    try:
        yield
    finally:
        for name, fn in real.items():
            setattr(graph, name, fn)


def replay(client: Any, call: Call) -> None:
    """Make ``call`` again on ``client`` and read its answer as atelier does: parse a raw
    response, drain a stream."""
    result = client.request(
        call.cast_to, call.options, stream=call.stream, stream_cls=call.stream_cls
    )
    if call.stream:
        for _ in result:
            pass
    elif hasattr(result, "parse"):
        result.parse()


async def areplay(client: Any, call: Call) -> None:
    """``replay`` for the async client."""
    result = await client.request(
        call.cast_to, call.options, stream=call.stream, stream_cls=call.stream_cls
    )
    if call.stream:
        async for _ in result:
            pass
    elif hasattr(result, "parse"):
        result.parse()


def describe(call: Call) -> str:
    """``POST /images/generations`` and the like, for listings."""
    options = call.options
    return f"{getattr(options, 'method', '?').upper()} {getattr(options, 'url', '?')}"


def dumps(figures: dict[str, Any]) -> str:
    return json.dumps(figures, sort_keys=True)
