"""Per-run context handed to every node: settings, the model client and the stores.

LangGraph does not checkpoint the context, so the CLI, the session runner and tests build
one ``Services`` and pass it on every invoke and every resume.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import numpy as np
import numpy.typing as npt
import openai

from core.errors import ModerationBlocked, ProviderError
from core.settings import Settings
from memory.assets import AssetStore
from memory.brand_index import BrandIndex
from memory.embeddings import Embedder, MiniLMEmbedder, OpenAIEmbedder
from memory.ledger import CallRecord, Ledger
from memory.stores import open_assets, open_ledger
from tools.client import ProviderClient, make_client
from tools.images import Usage
from tools.pricing import PriceTable
from tools.retry import RetryPolicy, call_with_retries

T = TypeVar("T")
EventHandler = Callable[[dict[str, Any]], None]

# The listener of the run in progress (``Runner``'s ``on_event``). Events reach it straight
# from the node instead of through LangGraph's "custom" stream mode: asking for that mode
# makes LangGraph run every node on a worker thread beside a waiter, which cost a third of
# its time outside the nodes. Runs that set no listener (LangGraph Server) still get the
# events through the stream writer. A context variable follows the run into the threads
# LangGraph starts, and keeps two runs in one process apart.
_LISTENER: ContextVar[EventHandler | None] = ContextVar("atelier_listener", default=None)


@contextmanager
def listening(handler: EventHandler | None) -> Iterator[None]:
    """Events the nodes emit inside this block go to ``handler``."""
    token = _LISTENER.set(handler)
    try:
        yield
    finally:
        _LISTENER.reset(token)


def listener() -> EventHandler | None:
    """The handler set by the innermost ``listening`` block, if any."""
    return _LISTENER.get()


@dataclass
class Services:
    settings: Settings
    client: openai.OpenAI
    provider: str
    assets: AssetStore
    ledger: Ledger
    prices: PriceTable
    thread_id: str = "default"
    brand_factory: Callable[[], BrandIndex] | None = None
    _brand: BrandIndex | None = field(default=None, repr=False)
    # Images paid for whose bytes could not be stored (a full disk), by the decision's call:
    # a resume in this process stores these instead of paying for the image again.
    unsaved: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # Warm-up may open the index on another thread while a turn asks for it: one opens it,
    # the other waits and gets the same one.
    _brand_lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )

    @property
    def brand(self) -> BrandIndex:
        # Opening Chroma and the embedder costs seconds: only turns that retrieve pay it.
        if self._brand is None:
            with self._brand_lock:
                if self._brand is None:
                    if self.brand_factory is None:
                        raise RuntimeError("no brand index configured")
                    self._brand = self.brand_factory()
        return self._brand

    def record(
        self,
        *,
        node: str,
        surface: str,
        model: str,
        outcome: str,
        latency_ms: float,
        request_id: str | None = None,
        prompt: str | None = None,
        size: str | None = None,
        quality: str | None = None,
        n: int | None = None,
        moderation: Any = None,
        usage: Usage | None = None,
        error: str | None = None,
        assets: list[str] | None = None,
        attempt: int = 1,
        estimate_usd: float | None = None,
        cost_usd: float | None = None,
    ) -> None:
        # ``cost_usd`` is for a call whose usage is unknown (lost with a crashed process).
        cost = cost_usd
        if usage is not None:
            cost = self.prices.cost(
                model, text_in=usage.text_in, image_in=usage.image_in, output=usage.output
            )
        if moderation is not None and not isinstance(moderation, str):
            moderation = json.dumps(moderation, ensure_ascii=False, default=str)
        self.ledger.record(
            CallRecord(
                thread_id=self.thread_id,
                node=node,
                surface=cast(Any, surface),
                provider=self.provider,
                model=model,
                request_id=request_id,
                prompt=prompt,
                size=size,
                quality=quality,
                n=n,
                latency_ms=round(latency_ms, 2),
                moderation=moderation,
                input_tokens=usage.input_total if usage else None,
                output_tokens=usage.output if usage else None,
                cost_usd=cost,
                estimate_usd=estimate_usd,
                outcome=cast(Any, outcome),
                attempt=attempt,
                error=error,
                assets=assets or [],
            )
        )

    def retry_policy(self) -> RetryPolicy:
        s = self.settings
        return RetryPolicy(
            max_attempts=s.max_retries + 1,
            base_s=s.retry_base_s,
            max_delay_s=s.retry_max_delay_s,
            total_s=s.retry_total_s,
        )

    def with_retries(
        self,
        fn: Callable[[], T],
        *,
        node: str,
        surface: str,
        model: str,
        prompt: str | None,
        log_failure: bool = True,
    ) -> tuple[T, int]:
        """Run one model call under the retry policy; each failed attempt is a ``retried`` row,
        and the last one, when none succeeds, a ``failed`` (or ``rejected``) row."""
        attempts = {"last": 1}

        def on_retry(attempt: int, err: ProviderError, delay: float) -> None:
            self.record(
                node=node,
                surface=surface,
                model=model,
                outcome="retried",
                latency_ms=0.0,
                request_id=err.request_id,
                prompt=prompt,
                attempt=attempt,
                error=f"{err.message} (retrying in {delay:.2f}s)",
            )
            attempts["last"] = attempt + 1

        try:
            return call_with_retries(self.retry_policy(), fn, on_retry=on_retry)
        except ProviderError as err:
            if log_failure:
                self.record(
                    node=node,
                    surface=surface,
                    model=model,
                    outcome="rejected" if isinstance(err, ModerationBlocked) else "failed",
                    latency_ms=0.0,
                    request_id=err.request_id,
                    prompt=prompt,
                    attempt=attempts["last"],
                    error=err.one_line(),
                )
            raise

    def retrying(
        self,
        *,
        node: str,
        surface: str,
        model: str,
        prompt: str | None = None,
        log_failure: bool = True,
    ) -> Retrying:
        """A wrapper that runs calls under the retry policy (see ``Retrying``)."""
        return Retrying(
            self, node=node, surface=surface, model=model, prompt=prompt, log_failure=log_failure
        )


class Retrying:
    """Runs a call under the retry policy and returns its result; ``attempt`` is the attempt
    that succeeded last, for the row the caller writes about that call."""

    def __init__(
        self,
        services: Services,
        *,
        node: str,
        surface: str,
        model: str,
        prompt: str | None,
        log_failure: bool = True,
    ) -> None:
        self._services = services
        self._labels = {"node": node, "surface": surface, "model": model, "prompt": prompt}
        self._log_failure = log_failure
        self.attempt = 1

    def __call__(self, fn: Callable[[], T]) -> T:
        result, self.attempt = self._services.with_retries(
            fn,
            log_failure=self._log_failure,
            **self._labels,  # type: ignore[arg-type]
        )
        return result


class LoggedEmbedder:
    """An embedder whose every call is a ledger row, run under the retry policy."""

    def __init__(self, inner: Embedder, services: Services) -> None:
        self.inner = inner
        self.name = inner.name
        self._services = services

    def embed_array(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        services = self._services
        model = getattr(self.inner, "model", self.name)
        started = time.perf_counter()
        # Its own failed row below carries the batch size and latency.
        retry = services.retrying(
            node="embedding", surface="embedding", model=model, log_failure=False
        )

        def log(outcome: str, error: str | None = None) -> None:
            services.record(
                node="embedding",
                surface="embedding",
                model=model,
                outcome=outcome,
                latency_ms=(time.perf_counter() - started) * 1000,
                n=len(texts),
                error=error,
                attempt=retry.attempt,
            )

        try:
            vectors = retry(lambda: self.inner.embed_array(texts))
        except ProviderError as err:
            log("failed", err.message)
            raise
        log("embedded")
        return vectors


def make_embedder(settings: Settings, client: openai.OpenAI) -> Embedder:
    """MiniLM int8 offline (or when asked); the provider's embeddings online."""
    choice = settings.embedder
    if choice == "auto":
        choice = "minilm" if settings.resolved_provider == "offline" else "openai"
    if choice == "openai":
        return OpenAIEmbedder(client, model=settings.embedding_model)
    return MiniLMEmbedder(cache_dir=settings.home / "cache")


def build_services(
    settings: Settings, *, thread_id: str = "default", provider: ProviderClient | None = None
) -> Services:
    """The services for ``settings``; ``provider`` replaces the client they would build."""
    settings.home.mkdir(parents=True, exist_ok=True)
    provider = provider or make_client(settings)
    assets = open_assets(settings)

    client = provider.client

    def open_brand() -> BrandIndex:
        return BrandIndex(
            settings.home,
            assets,
            embedder=LoggedEmbedder(make_embedder(settings, client), services),
            host=settings.chroma_host,
            port=settings.chroma_port,
        )

    services = Services(
        settings=settings,
        client=provider.client,
        provider=provider.provider,
        assets=assets,
        ledger=open_ledger(settings),
        prices=PriceTable.load(settings.prices_file),
        thread_id=thread_id,
        brand_factory=open_brand,
    )
    return services
