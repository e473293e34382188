"""Who may talk to Studio: the bind rule, the access token, and same-origin writes.

On loopback (127.0.0.1, localhost, ::1) the page works without a token, and requests must
name a loopback host so a page elsewhere cannot reach it through DNS rebinding. Any other
bind address needs ``ATELIER_WEB_TOKEN``; then every request, the page, its assets and the
SSE streams included, carries the token: an ``Authorization: Bearer`` or ``X-Atelier-Token``
header, a ``token`` query parameter (EventSource and ``<img>`` cannot set headers), or the
cookie the server sets once a request has proved it. Writes from another origin are refused
whatever the token, so a page elsewhere cannot post on a signed-in user's behalf.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from core.errors import ConfigError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_ENV = "ATELIER_WEB_TOKEN"
COOKIE = "atelier_token"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
MIN_TOKEN_CHARS = 16
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_local(host: str) -> bool:
    return host.strip().lower() in LOCAL_HOSTS


def check_bind(host: str, token: str | None) -> None:
    """Refuse to serve beyond loopback without a token worth the name."""
    if is_local(host):
        if token is not None and len(token) < MIN_TOKEN_CHARS:
            raise ConfigError(f"{TOKEN_ENV} is too short (at least {MIN_TOKEN_CHARS} characters)")
        return
    if not token:
        raise ConfigError(
            f"serving on {host} needs an access token",
            hint=f"set {TOKEN_ENV} to a long random string, or bind 127.0.0.1",
        )
    if len(token) < MIN_TOKEN_CHARS:
        raise ConfigError(f"{TOKEN_ENV} is too short (at least {MIN_TOKEN_CHARS} characters)")


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _hostname(netloc: str) -> str:
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[: netloc.find("]") + 1] if "]" in netloc else netloc
    return netloc.rsplit(":", 1)[0] if ":" in netloc else netloc


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _cross_site(origin: str | None, host: str) -> bool:
    # Browsers send Origin on every cross-origin write (and on same-origin fetch POSTs);
    # clients that are not browsers send none and are judged by the token alone.
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc.lower() != host.lower()


def presented_token(scope: Scope) -> tuple[str | None, str]:
    """The token a request carries and where it came from (header, query or cookie)."""
    headers = _headers(scope)
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip(), "header"
    if "x-atelier-token" in headers:
        return headers["x-atelier-token"].strip(), "header"
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    if query.get("token"):
        return query["token"][0], "query"
    cookie = _cookie(headers.get("cookie", ""), COOKIE)
    if cookie:
        return cookie, "cookie"
    return None, ""


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class AccessGuard:
    """ASGI middleware applying the rules in the module docstring to every HTTP request."""

    def __init__(self, app: ASGIApp, *, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        host = headers.get("host", "")
        if self.token is None and _hostname(host) not in LOCAL_HOSTS:
            await _refuse(send, 403, f"host {host!r} is not this machine's loopback address")
            return
        if scope["method"] not in _SAFE_METHODS and _cross_site(headers.get("origin"), host):
            await _refuse(send, 403, "requests from another site are refused")
            return
        if self.token is None:
            await self.app(scope, receive, send)
            return
        given, where = presented_token(scope)
        if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
            await _refuse(send, 401, "this Studio needs its access token (ATELIER_WEB_TOKEN)")
            return
        if where == "cookie":
            await self.app(scope, receive, send)
            return
        token = self.token

        async def send_with_cookie(message: Message) -> None:
            # The page's images and reports are plain links: the cookie lets them through
            # once the page itself has shown the token.
            if message["type"] == "http.response.start":
                cookie = f"{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"set-cookie", cookie.encode())]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` (413), declared or streamed."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _headers(scope).get("content-length")
        limit = self.max_bytes
        message = f"the upload is over the {limit // 2**20} MB a request may carry"
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _refuse(send, 413, message)
            return
        seen = 0

        async def counted() -> Message:
            # A body with no declared length that runs over is cut off: the app sees the
            # client go away, which ends the upload without reading the rest.
            nonlocal seen
            if seen > limit:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    return {"type": "http.disconnect"}
            return msg

        await self.app(scope, counted, send)
