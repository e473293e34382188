"""An in-process httpx2 transport from the sync OpenAI client to an ASGI app.

``httpx2.ASGITransport`` is async-only and buffers whole bodies, so SSE would arrive
all at once. Here the app runs on a private event loop in a background thread; response
messages cross to the caller through a thread-safe queue, so each body chunk (each SSE
event) reaches the client as soon as the app sends it. No socket is opened.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

import httpx2

Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [
        MutableMapping[str, Any],
        Callable[[], Awaitable[Message]],
        Callable[[Message], Awaitable[None]],
    ],
    Awaitable[None],
]
_END = object()


class _AppFailed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class _Exchange:
    """One request/response between the caller's thread and the app's loop."""

    def __init__(self) -> None:
        self.messages: queue.Queue[Any] = queue.Queue()
        self.disconnect: asyncio.Event | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.closed = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        event, loop = self.disconnect, self.loop
        if event is not None and loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(event.set)


def _next(exchange: _Exchange, timeout: float | None, request: httpx2.Request) -> Any:
    try:
        return exchange.messages.get(timeout=timeout)
    except queue.Empty:
        exchange.close()
        raise httpx2.ReadTimeout(
            "The offline engine did not answer in time.", request=request
        ) from None


class _QueueStream(httpx2.SyncByteStream):
    def __init__(self, exchange: _Exchange, timeout: float | None, request: httpx2.Request) -> None:
        self._exchange = exchange
        self._timeout = timeout
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        while True:
            message = _next(self._exchange, self._timeout, self._request)
            if message is _END:
                return
            if isinstance(message, _AppFailed):
                # Once the answer has started, a server whose app fails drops the
                # connection: the client sees the body end early, as from a real socket.
                raise httpx2.RemoteProtocolError(
                    "peer closed connection without sending complete message body",
                    request=self._request,
                ) from message.error
            if message.get("type") != "http.response.body":
                continue
            body = bytes(message.get("body", b""))
            if body:
                yield body
            if not message.get("more_body", False):
                return

    def close(self) -> None:
        self._exchange.close()


def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        loop.close()


class SyncASGITransport(httpx2.BaseTransport):
    """Sync transport that drives an ASGI 3 app on a background event loop thread."""

    def __init__(self, app: ASGIApp, client: tuple[str, int] = ("127.0.0.1", 123)) -> None:
        self.app = app
        self.client = client
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=_run_loop, args=(loop,), name="offline-asgi-loop", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request.read()
        url = request.url
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "headers": [(k.lower(), v) for k, v in request.headers.raw],
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.raw_path.split(b"?")[0],
            "query_string": url.query,
            "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
            "client": self.client,
            "root_path": "",
        }
        exchange = _Exchange()
        loop = self._ensure_loop()
        asyncio.run_coroutine_threadsafe(self._run(scope, body, exchange), loop)
        timeouts = request.extensions.get("timeout") or {}
        read_timeout = timeouts.get("read") if isinstance(timeouts, dict) else None
        while True:
            first = _next(exchange, read_timeout, request)
            if first is _END:
                raise RuntimeError("The ASGI app returned without sending a response.")
            if isinstance(first, _AppFailed):
                raise first.error
            if first.get("type") == "http.response.start":
                break
        return httpx2.Response(
            int(first["status"]),
            headers=list(first.get("headers", [])),
            stream=_QueueStream(exchange, read_timeout, request),
            request=request,
        )

    async def _run(self, scope: dict[str, Any], body: bytes, exchange: _Exchange) -> None:
        exchange.loop = asyncio.get_running_loop()
        exchange.disconnect = asyncio.Event()
        if exchange.closed:
            exchange.disconnect.set()
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            assert exchange.disconnect is not None
            await exchange.disconnect.wait()
            return {"type": "http.disconnect"}

        async def send(message: Message) -> None:
            exchange.messages.put(message)

        try:
            await self.app(scope, receive, send)
        except BaseException as error:  # handed to the caller's thread, not lost here
            exchange.messages.put(_AppFailed(error))
        finally:
            exchange.messages.put(_END)

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)


def sync_transport(app: Any) -> httpx2.BaseTransport:
    """In-process transport for the sync ``openai.OpenAI`` client to ``app``; streams SSE."""
    return SyncASGITransport(app)
