"""The HTTP API the page calls: JSON in and out, SSE for turns, images by sha256.

Handlers stay thin: they read the request, run one ``Studio`` call on a worker thread (turns
on the job pool, so a long turn never holds a request thread) and shape the answer. An
``AtelierError`` becomes ``{"error": one line}`` with a status that says whose fault it is;
anything else is logged through the crash handler and answered with a 500 that names the
log, never a traceback.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from agent.web.jobs import JobBoard, sse
from agent.web.studio import Studio, check_thread_id
from agent.web.uploads import Form, read_form
from core.errors import (
    AtelierError,
    BudgetExceeded,
    ConfigError,
    InputError,
    NotFound,
    StateConflict,
)
from core.ids import new_thread_id
from core.text import decode_utf8

Handler = Callable[[Request], Awaitable[Response]]
_IMAGE_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
# Content-addressed: the bytes behind a sha256 never change.
_IMMUTABLE = "private, max-age=31536000, immutable"
# A report is atelier's own HTML, but it is served as a document of its own: no scripts,
# nothing from elsewhere, and no way to reach the API as the page.
_REPORT_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"


def _status(err: AtelierError) -> int:
    if isinstance(err, NotFound):
        return 404
    if isinstance(err, StateConflict | BudgetExceeded):
        return 409
    if isinstance(err, InputError | ConfigError):
        return 400
    return 500


def error(message: str, status: int) -> JSONResponse:
    return JSONResponse(
        {"error": message}, status_code=status, headers={"cache-control": "no-store"}
    )


def data(payload: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(payload, status_code=status, headers={"cache-control": "no-store"})


class Api:
    """The routes, over one ``Studio`` and the jobs it runs."""

    def __init__(self, studio: Studio, *, workers: int = 6) -> None:
        self.studio = studio
        self.jobs = JobBoard()
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="atelier-turn")

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.studio.close()

    def guarded(self, handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            try:
                return await handler(request)
            except AtelierError as err:
                return error(err.one_line(), _status(err))
            except ClientDisconnect:
                return error("the upload was cut off (too large, or the connection dropped)", 413)
            except json.JSONDecodeError:
                return error("the request body is not JSON", 400)
            except Exception as err:
                crash = self.studio.on_crash
                where = crash(err) if crash else None
                note = f"; the traceback is in {where}" if where else ""
                return error(f"unexpected {type(err).__name__}{note}", 500)

        return run

    # -- helpers -----------------------------------------------------------------------------

    async def _json(self, request: Request) -> dict[str, Any]:
        body = await request.body()
        if not body:
            return {}
        parsed = json.loads(decode_utf8(body, what="the request body"))
        if not isinstance(parsed, dict):
            raise InputError("the request body must be a JSON object")
        return parsed

    async def _form(self, request: Request) -> Form:
        return await read_form(
            request.headers.get("content-type", ""), request.stream(), self.studio.staging
        )

    def _start(self, thread_id: str, work: Any, cleanup: Form | None = None) -> JSONResponse:
        self.studio.claim(thread_id)
        job = self.jobs.new(thread_id)

        def run() -> None:
            self.studio.run_job(
                job, thread_id, work, before_end=cleanup.cleanup if cleanup is not None else None
            )

        self.pool.submit(run)
        return data({"job": job.id, "thread": thread_id}, 202)

    # -- threads and turns -------------------------------------------------------------------

    async def config(self, request: Request) -> Response:
        return data(await run_in_threadpool(self.studio.config))

    async def threads(self, request: Request) -> Response:
        return data({"threads": await run_in_threadpool(self.studio.threads)})

    async def new_thread(self, request: Request) -> Response:
        return data({"id": new_thread_id()}, 201)

    async def thread(self, request: Request) -> Response:
        thread_id = check_thread_id(request.path_params["thread"])
        return data(await run_in_threadpool(self.studio.thread, thread_id))

    async def turn(self, request: Request) -> Response:
        thread_id = check_thread_id(request.path_params["thread"])
        form = await self._form(request)
        try:
            masks = form.files_of("mask")
            work = self.studio.turn_work(
                form.text("brief"),
                files=form.files_of("images"),
                mask=masks[0] if masks else None,
                image=form.text("image") or None,
                size=form.text("size") or None,
            )
            return self._start(thread_id, work, cleanup=form)
        except BaseException:
            form.cleanup()
            raise

    async def answer(self, request: Request) -> Response:
        thread_id = check_thread_id(request.path_params["thread"])
        body = await self._json(request)
        return self._start(thread_id, self.studio.answer_work(str(body.get("answer", ""))))

    async def resume(self, request: Request) -> Response:
        thread_id = check_thread_id(request.path_params["thread"])
        return self._start(thread_id, self.studio.resume_work())

    async def finalize(self, request: Request) -> Response:
        thread_id = check_thread_id(request.path_params["thread"])
        body = await self._json(request)
        work = await run_in_threadpool(
            self.studio.finalize_work, str(body.get("asset", "")), body.get("size") or None
        )
        return self._start(thread_id, work)

    async def events(self, request: Request) -> Response:
        job = self.jobs.get(request.path_params["job"])
        if job is None:
            raise NotFound("no such job (it finished long ago, or the server restarted)")
        last = request.headers.get("last-event-id", "")
        start = int(last) if last.isdigit() else 0

        async def stream() -> Any:
            async for index, event in job.follow(start):
                yield sse(index, event)
            # Without it EventSource would reconnect to a finished job forever.
            yield b"event: end\ndata: {}\n\n"

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"cache-control": "no-store", "x-accel-buffering": "no"},
        )

    async def partial(self, request: Request) -> Response:
        job = self.jobs.get(request.path_params["job"])
        index = request.path_params["index"]
        if job is None or not 0 <= index < len(job.partials):
            raise NotFound("no such partial image")
        return Response(
            job.partials[index], media_type="image/png", headers={"cache-control": "no-store"}
        )

    # -- assets ------------------------------------------------------------------------------

    async def asset(self, request: Request) -> Response:
        sha = request.path_params["sha"]
        width = request.query_params.get("w", "")
        if width.isdigit():
            thumb = await run_in_threadpool(self.studio.thumbnail, sha, int(width))
            return Response(thumb, media_type="image/png", headers={"cache-control": _IMMUTABLE})
        ref, body = await run_in_threadpool(self.studio.asset, sha)
        headers = {"cache-control": _IMMUTABLE}
        if request.query_params.get("download"):
            ext = "jpg" if ref.format == "jpeg" else ref.format
            headers["content-disposition"] = f'attachment; filename="{ref.sha256[:12]}.{ext}"'
        return Response(
            body,
            media_type=_IMAGE_TYPES.get(ref.format, "application/octet-stream"),
            headers=headers,
        )

    async def lineage(self, request: Request) -> Response:
        return data(
            {"lineage": await run_in_threadpool(self.studio.lineage, request.path_params["sha"])}
        )

    async def export(self, request: Request) -> Response:
        body = await self._json(request)
        thread = body.get("thread") or None
        result = await run_in_threadpool(
            self.studio.export,
            request.path_params["sha"],
            str(body.get("preset", "")),
            str(body.get("format", "png")),
            str(body.get("fit", "crop")),
            str(thread) if thread else None,
        )
        return data(result)

    async def promote(self, request: Request) -> Response:
        body = await self._json(request)
        tags = [t.strip() for t in str(body.get("tags", "")).split(",") if t.strip()]
        result = await run_in_threadpool(
            lambda: self.studio.promote(
                request.path_params["sha"],
                brand=str(body.get("brand", "default")),
                kind=str(body.get("kind", "style")),
                tags=tags,
                description=str(body.get("description", "")),
            )
        )
        return data(result, 201)

    # -- brand library -----------------------------------------------------------------------

    async def brand(self, request: Request) -> Response:
        q = request.query_params
        result = await run_in_threadpool(
            lambda: self.studio.brand_list(
                query=q.get("q", ""),
                status=q.get("status", "all"),
                brand=q.get("brand") or None,
                kind=q.get("kind") or None,
            )
        )
        return data(result)

    async def brand_add(self, request: Request) -> Response:
        form = await self._form(request)
        try:
            result = await run_in_threadpool(
                lambda: self.studio.brand_add(
                    form.files_of("files"),
                    brand=form.text("brand", "default"),
                    kind=form.text("kind", "photo"),
                    tags=form.text("tags"),
                    description=form.text("description"),
                )
            )
        finally:
            form.cleanup()
        # A report either way: what was added, and each file skipped with its reason.
        return data(result, 201 if result["added"] else 200)

    async def brand_approve(self, request: Request) -> Response:
        body = await self._json(request)
        ref = await run_in_threadpool(
            self.studio.brand_approve, request.path_params["ref"], str(body.get("by", ""))
        )
        return data(ref)

    async def brand_retire(self, request: Request) -> Response:
        return data(await run_in_threadpool(self.studio.brand_retire, request.path_params["ref"]))

    async def brand_uses(self, request: Request) -> Response:
        uses = await run_in_threadpool(self.studio.reference_uses, request.path_params["ref"])
        return data({"uses": uses})

    # -- review queue ------------------------------------------------------------------------

    async def review(self, request: Request) -> Response:
        status = request.query_params.get("status", "open")
        return data(await run_in_threadpool(self.studio.review_list, status))

    async def review_open(self, request: Request) -> Response:
        return data(await run_in_threadpool(self.studio.review_open, request.path_params["item"]))

    async def review_decide(self, request: Request) -> Response:
        body = await self._json(request)
        approve = request.path_params["verdict"] == "approve"
        result = await run_in_threadpool(
            lambda: self.studio.review_decide(
                request.path_params["item"],
                approve=approve,
                by=str(body.get("by", "")),
                note=str(body.get("note") or "") or None,
            )
        )
        return data(result)

    # -- cost and reports --------------------------------------------------------------------

    async def cost(self, request: Request) -> Response:
        thread = request.query_params.get("thread") or None
        return data(await run_in_threadpool(self.studio.cost, thread))

    async def reports(self, request: Request) -> Response:
        return data({"reports": await run_in_threadpool(self.studio.reports)})

    async def report_file(self, request: Request) -> Response:
        name = request.path_params.get("name") or "report.html"
        path = await run_in_threadpool(self.studio.report_file, request.path_params["report"], name)
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return FileResponse(
            path,
            media_type=kind,
            headers={"content-security-policy": _REPORT_CSP, "cache-control": "no-store"},
        )

    def routes(self) -> list[Route]:
        g = self.guarded
        return [
            Route("/api/config", g(self.config)),
            Route("/api/threads", g(self.threads)),
            Route("/api/threads", g(self.new_thread), methods=["POST"]),
            Route("/api/threads/{thread}", g(self.thread)),
            Route("/api/threads/{thread}/turns", g(self.turn), methods=["POST"]),
            Route("/api/threads/{thread}/answer", g(self.answer), methods=["POST"]),
            Route("/api/threads/{thread}/resume", g(self.resume), methods=["POST"]),
            Route("/api/threads/{thread}/finalize", g(self.finalize), methods=["POST"]),
            Route("/api/jobs/{job}/events", g(self.events)),
            Route("/api/jobs/{job}/partials/{index:int}", g(self.partial)),
            Route("/api/assets/{sha}", g(self.asset)),
            Route("/api/assets/{sha}/lineage", g(self.lineage)),
            Route("/api/assets/{sha}/export", g(self.export), methods=["POST"]),
            Route("/api/assets/{sha}/promote", g(self.promote), methods=["POST"]),
            Route("/api/brand", g(self.brand)),
            Route("/api/brand", g(self.brand_add), methods=["POST"]),
            Route("/api/brand/{ref}/approve", g(self.brand_approve), methods=["POST"]),
            Route("/api/brand/{ref}/retire", g(self.brand_retire), methods=["POST"]),
            Route("/api/brand/{ref}/uses", g(self.brand_uses)),
            Route("/api/review", g(self.review)),
            Route("/api/review/{item}/open", g(self.review_open), methods=["POST"]),
            Route(
                "/api/review/{item}/{verdict:str}",
                g(self.review_decide),
                methods=["POST"],
            ),
            Route("/api/cost", g(self.cost)),
            Route("/api/reports", g(self.reports)),
            Route("/reports/{report}/", g(self.report_file)),
            Route("/reports/{report}/{name:path}", g(self.report_file)),
        ]
