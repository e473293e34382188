"""The Studio ASGI app: the page, its API, and the guards around both; and serving it.

``create_app`` wires a ``Studio`` (the operations) into the routes, mounts the committed
static files, and wraps everything in the access guard and the body limit. ``serve`` runs
it with uvicorn after the bind rule (``agent.web.auth.check_bind``) has passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from agent.web.auth import AccessGuard, ASGIApp, BodyLimit, Receive, Scope, Send, check_bind
from agent.web.routes import Api
from agent.web.studio import CrashHandler, Studio
from core.settings import Settings
from memory.assets import MAX_IMAGE_BYTES

STATIC = Path(__file__).parent / "static"
# One image per request from the page, a mask beside it, and the form's text.
MAX_REQUEST_BYTES = 2 * MAX_IMAGE_BYTES + 2**20
# The page needs nothing from elsewhere: a script or style injected into it would find
# neither a host to load from nor an inline block that may run.
CSP = (
    "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


class StudioApp:
    """The ASGI callable handed to uvicorn; ``api`` and ``studio`` are kept for shutdown."""

    def __init__(self, inner: ASGIApp, api: Api) -> None:
        self.inner = inner
        self.api = api
        self.studio = api.studio

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.inner(scope, receive, send)

    def close(self) -> None:
        self.api.close()


def create_app(
    settings: Settings,
    *,
    token: str | None = None,
    report_roots: Sequence[Path] = (),
    on_crash: CrashHandler | None = None,
    workers: int = 6,
) -> StudioApp:
    studio = Studio(settings, report_roots=report_roots, on_crash=on_crash)
    api = Api(studio, workers=workers)

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers={"cache-control": "no-store"})

    app = Starlette(
        routes=[
            Route("/", index),
            *api.routes(),
            Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
        ],
    )
    guarded: ASGIApp = AccessGuard(
        BodyLimit(SecurityHeaders(app), max_bytes=MAX_REQUEST_BYTES), token=token
    )
    return StudioApp(guarded, api)


def serve(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    report_roots: Sequence[Path] = (),
    on_crash: CrashHandler | None = None,
) -> None:
    import uvicorn

    check_bind(host, token)
    app = create_app(settings, token=token, report_roots=report_roots, on_crash=on_crash)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        app.close()
