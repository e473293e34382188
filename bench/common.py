"""What the benches share: memory readings, medians, an offline engine with service latency,
the review's QA switched off, node clocks and a recorder of the SDK calls a turn makes.

Nothing here is product code: the benches patch atelier's modules only inside the context
managers below and put everything back on the way out.
"""

from __future__ import annotations

import asyncio
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

import httpx2
import openai

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


# -- service latency -------------------------------------------------------------------------

# Seconds a hosted service takes to answer, by call. Below what gpt-image models and the
# Responses API usually take (images take several seconds even at low quality), so the
# ratio measured against them is the harder case.
REALISTIC_LATENCY_S: dict[str, float] = {
    "moderations": 0.15,
    "responses": 0.7,  # a decision: function tools only
    "responses+image": 3.0,  # the image_generation tool
    "images/generations": 3.0,
    "images/edits": 3.5,
    "files": 0.3,
}


def latency_key(method: str, path: str, body: bytes) -> str | None:
    """Which entry of a latency table a request falls under (None: no delay)."""
    if "/files" in path:
        return "files"
    if method != "POST":
        return None
    for suffix in ("images/generations", "images/edits", "moderations"):
        if path.endswith(suffix):
            return suffix
    if path.endswith("/responses"):
        return "responses+image" if b'"image_generation"' in body else "responses"
    return None


class LatencyTransport(httpx2.BaseTransport):
    """Waits as the hosted service would before handing the request to ``inner``."""

    def __init__(self, inner: httpx2.BaseTransport, latency_s: dict[str, float]) -> None:
        self.inner = inner
        self.latency_s = latency_s

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request.read()
        key = latency_key(request.method, request.url.path, body)
        if key is not None:
            time.sleep(self.latency_s.get(key, 0.0))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncLatencyTransport(httpx2.AsyncBaseTransport):
    """``LatencyTransport`` for the async client (the peer SDK's)."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, latency_s: dict[str, float]) -> None:
        self.inner = inner
        self.latency_s = latency_s

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = await request.aread()
        key = latency_key(request.method, request.url.path, body)
        if key is not None:
            await asyncio.sleep(self.latency_s.get(key, 0.0))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def engine_client(engine: Any, latency_s: dict[str, float] | None, **options: Any) -> openai.OpenAI:
    """The SDK client on ``engine`` in-process, as ``tools.offline.offline_client``, with
    ``latency_s`` waited before each call when given."""
    from tools.offline import sync_transport
    from tools.offline.client import BASE_URL

    transport: httpx2.BaseTransport = sync_transport(engine.asgi_app)
    if latency_s:
        transport = LatencyTransport(transport, latency_s)
    return openai.OpenAI(
        api_key="offline",
        base_url=BASE_URL,
        http_client=openai.DefaultHttpx2Client(transport=transport),
        **options,
    )


def engine_services(settings: Any, *, latency_s: dict[str, float] | None = None) -> tuple[Any, Any]:
    """Services over a fresh offline engine in this process (as the CLI builds them), and
    that engine."""
    from agent.context import build_services
    from tools.client import ProviderClient
    from tools.offline import OfflineEngine

    engine = OfflineEngine(settings.engine_dir)
    client = engine_client(engine, latency_s, max_retries=0, timeout=settings.timeout_s)
    return build_services(settings, provider=ProviderClient(client, "offline")), engine


def add_logo(home: Path) -> None:
    """The Acme logo as an approved brand reference, so retrieval has something to pick."""
    from agent.context import build_services
    from agent.demo import make_logo
    from core.settings import Settings

    services = build_services(Settings(home=home, provider="offline"))
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
