"""The ASGI app: routes, authentication, fault injection and JSON/SSE answers.

Paths are accepted in the OpenAI shape (``/v1/...``) and the Azure shapes
(``/openai/v1/...``, ``/openai/...``, ``/openai/deployments/{dep}/...``); the
``api-version`` query is ignored. A request needs ``Authorization: Bearer`` or
``api-key``; the key's value is not checked.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from . import images_api, moderation, responses_api
from .context import Context
from .errors import ApiError, invalid_value, missing, not_found
from .latency import Clock, Latency, Sleep, paced, wait_answer
from .sse import frame, frames
from .store import Store, new_id

_PREFIX_RE = re.compile(r"^(?:/openai/deployments/[^/]+|/openai/v1|/openai|/v1)(?=/)")
FILE_PURPOSES = frozenset({"assistants", "batch", "fine-tune", "vision", "user_data", "evals"})
MODERATION_PARAMS = frozenset({"input", "model"})


def canonical_path(path: str) -> str:
    """``/images/edits`` for every accepted spelling of the path."""
    return _PREFIX_RE.sub("", path, count=1).rstrip("/") or "/"


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


def default_fault_body(status: int) -> dict[str, Any]:
    if status == 429:
        kind, code, message = "requests", "rate_limit_exceeded", "Rate limit reached."
    elif status >= 500:
        kind, code, message = "server_error", "server_error", "The server had an error."
    elif status == 401:
        kind, code, message = "invalid_request_error", "invalid_api_key", "Incorrect API key."
    else:
        kind, code, message = "invalid_request_error", None, "Injected error."
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


class StreamCut(ConnectionResetError):
    """Raised inside a streamed answer to drop the connection part-way (a fault)."""


@dataclass
class Fault:
    """What the next ``remaining`` matching requests get instead of (or on top of) the answer.

    ``status``: an error answer. ``delay_s``: wait before answering (slower than a client's
    timeout, say). ``cut_after``: drop the connection after that many SSE events (or, for a
    JSON answer, after half its bytes). ``raw``: a 200 whose body is these bytes, labelled
    JSON (a malformed answer). ``expire_files``: forget every uploaded file first, as when
    a file expires between its upload and its use.
    """

    suffix: str
    remaining: int
    status: int | None = None
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    cut_after: int | None = None
    raw: bytes | None = None
    expire_files: bool = False


class OfflineEngine:
    """An OpenAI-compatible engine over ``data_dir``, served as an ASGI app.

    ``latency`` paces answers like the hosted service (``tools/offline/latency.py``):
    "none" (the default), "realistic", or a scale on realistic such as 0.1. ``sleep`` and
    ``clock`` are the pacing's, injectable so a test can follow the plan without waiting.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        enforce_pixel_budget: bool = True,
        latency: str | float | Latency | None = None,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self.context = Context(Store(Path(data_dir)), enforce_pixel_budget=enforce_pixel_budget)
        self.latency = Latency.of(latency)
        self._sleep = sleep
        self._clock = clock
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        route = Route("/{path:path}", self._dispatch, methods=["GET", "POST", "DELETE"])
        self.asgi_app = Starlette(routes=[route])

    @property
    def event_log(self) -> list[tuple[str, float]]:
        return self.context.event_log

    def inject_fault(
        self,
        path_suffix: str,
        *,
        status: int | None = None,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
        delay_s: float = 0.0,
        cut_after: int | None = None,
        raw: bytes | None = None,
        expire_files: bool = False,
    ) -> None:
        """The next ``times`` requests whose path ends with ``path_suffix`` meet this fault.

        ``status`` answers with that error (``body`` and ``headers`` as given, or the
        service's usual ones); the other kinds are described on ``Fault``. A fault with
        none of them set is refused, so a test cannot inject nothing by mistake.
        """
        if status is None and not (delay_s or cut_after is not None or raw or expire_files):
            raise ValueError("a fault needs status, delay_s, cut_after, raw or expire_files")
        if status is not None and (cut_after is not None or raw is not None):
            raise ValueError("an error answer cannot also be cut or malformed")
        payload: dict[str, Any] = {}
        if status is not None:
            payload = body if body is not None else default_fault_body(status)
            if "error" not in payload:
                payload = {"error": payload}
        fault = Fault(
            path_suffix,
            times,
            status=status,
            body=payload,
            headers=dict(headers or {}),
            delay_s=delay_s,
            cut_after=cut_after,
            raw=raw,
            expire_files=expire_files,
        )
        with self._lock:
            self._faults.append(fault)

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if path.endswith(fault.suffix) and fault.remaining > 0:
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    async def _dispatch(self, request: Request) -> Response:
        response = await self._dispatch_inner(request)
        # Every real answer carries a request id; callers log it with each call.
        response.headers["x-request-id"] = f"req_{uuid.uuid4().hex[:24]}"
        return response

    async def _dispatch_inner(self, request: Request) -> Response:
        path = canonical_path(request.url.path)
        fault = self._take_fault(path)
        if fault is not None:
            if fault.delay_s > 0:
                await self._sleep(fault.delay_s)
            if fault.expire_files:
                self.context.store.delete_all_files()
            if fault.status is not None:
                return JSONResponse(fault.body, status_code=fault.status, headers=fault.headers)
            if fault.raw is not None:
                return Response(fault.raw, media_type="application/json")
        auth = request.headers.get("authorization", "")
        if not (
            auth.lower().startswith("bearer ") and auth[7:].strip()
        ) and not request.headers.get("api-key"):
            return error_response(
                ApiError(
                    401,
                    "You didn't provide an API key. Send 'Authorization: Bearer <key>' "
                    "or an 'api-key' header.",
                    code="missing_api_key",
                )
            )
        try:
            response = await self._route(request, path)
        except ApiError as error:
            return error_response(error)
        if fault is not None and fault.cut_after is not None:
            return _cut(response, fault.cut_after)
        return response

    async def _route(self, request: Request, path: str) -> Response:
        method = request.method
        ctx = self.context
        started = self._clock()
        deployment = request.url.path.startswith("/openai/deployments/")
        if method == "POST" and path == "/images/generations":
            body = _deployment_model(await _json(request), deployment)
            return await self._answer(
                path, body, await run(images_api.generate, ctx, body), started
            )
        if method == "POST" and path == "/images/edits":
            body, uploads = await _edit_body(request)
            body = _deployment_model(body, deployment)
            answer = await run(images_api.edit, ctx, body, uploads)
            return await self._answer(path, body, answer, started)
        if method == "POST" and path == "/responses":
            body = await _json(request)
            return await self._answer(
                path, body, await run(responses_api.create, ctx, body), started
            )
        match = re.fullmatch(r"/responses/([^/]+)", path)
        if method == "GET" and match:
            return JSONResponse(responses_api.retrieve(ctx, match.group(1)))
        if method == "POST" and path == "/moderations":
            body = await _json(request)
            return await self._answer(path, body, await run(_moderate, body), started)
        if method == "POST" and path == "/files":
            return await self._answer(path, {}, await _upload(ctx, request), started)
        match = re.fullmatch(r"/files/([^/]+)", path)
        if match and method in ("GET", "DELETE"):
            meta = _file(ctx, match.group(1), delete=method == "DELETE")
            return await self._answer(path, {}, meta, started)
        raise ApiError(404, f"Invalid URL ({method} {request.url.path})", code="unknown_url")

    async def _answer(
        self,
        path: str,
        body: dict[str, Any],
        result: dict[str, Any] | Iterator[dict[str, Any]],
        started: float,
    ) -> Response:
        """JSON or SSE, paced by ``self.latency`` when it is on."""
        if not self.latency.enabled:
            return _answer(result)
        if isinstance(result, dict):
            seconds = self.latency.answer_s(path, body, result)
            await wait_answer(seconds, started, sleep=self._sleep, clock=self._clock)
            return JSONResponse(result)
        events = paced(
            result,
            self.latency.stream_plan(body),
            sleep=self._sleep,
            clock=self._clock,
            started=started,
        )
        return StreamingResponse(
            _aframes(events),
            media_type="text/event-stream",
            headers={"cache-control": "no-cache"},
        )


def _cut(response: Response, events: int) -> Response:
    """``response`` with its connection dropped part-way: after ``events`` SSE events, or
    half the bytes of a JSON body."""
    if isinstance(response, StreamingResponse):
        source = response.body_iterator

        async def cut_stream() -> AsyncIterator[bytes]:
            sent = 0
            async for chunk in source:
                if sent >= events:
                    break
                yield chunk if isinstance(chunk, bytes) else str(chunk).encode()
                sent += 1
            raise StreamCut("the connection dropped mid-stream (injected fault)")

        response.body_iterator = cut_stream()
        return response
    body = bytes(response.body)

    async def cut_body() -> AsyncIterator[bytes]:
        yield body[: len(body) // 2]
        raise StreamCut("the connection dropped mid-answer (injected fault)")

    return StreamingResponse(
        cut_body(), status_code=response.status_code, media_type=response.media_type
    )


async def _aframes(events: AsyncIterator[dict[str, Any]]) -> AsyncIterator[bytes]:
    async for event in events:
        yield frame(event)


async def run(func: Any, *args: Any) -> Any:
    """CPU work (drawing, parsing) off the event loop, so streams and servers stay live."""
    return await run_in_threadpool(func, *args)


def _deployment_model(body: dict[str, Any], deployment: bool) -> dict[str, Any]:
    # On Azure deployment paths the body's model is a deployment name chosen by the
    # customer, so it says nothing about which model serves the request.
    if deployment and not str(body.get("model", "")).startswith(("gpt-image", "chatgpt-image")):
        return {**body, "model": "gpt-image-2"}
    return body


def _answer(result: dict[str, Any] | Iterator[dict[str, Any]]) -> Response:
    if isinstance(result, dict):
        return JSONResponse(result)
    return StreamingResponse(
        frames(result),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache"},
    )


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = json.loads(raw or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ApiError(
            400, "We could not parse the JSON body of your request.", code="invalid_json"
        ) from None
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.", code="invalid_json")
    return body


_BOUNDARY_RE = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_FIELD_NAME_RE = re.compile(rb'\bname="([^"]*)"')


async def _require_utf8_fields(request: Request) -> None:
    """A text field of a multipart body that is not UTF-8 is a 400 naming the field.

    Starlette's form parser decodes such a field as Latin-1 instead, and what comes out
    cannot be told from real text ("café" in UTF-8 re-encoded as Latin-1 is not UTF-8
    either): the raw bytes are checked before it reads them. The body read here is the one
    the form parser then reads.
    """
    found = _BOUNDARY_RE.search(request.headers.get("content-type", ""))
    if found is None:
        return  # the form parser gives its own error
    delimiter = b"--" + found.group(1).strip().encode("latin-1")
    for part in (await request.body()).split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        head, sep, data = part.partition(b"\r\n\r\n")
        if not sep or b"filename=" in head:
            continue
        try:
            data.removesuffix(b"\r\n").decode("utf-8")
        except UnicodeDecodeError:
            named = _FIELD_NAME_RE.search(head)
            name = named.group(1).decode("utf-8", "replace") if named else "body"
            raise invalid_value(
                name, f"Invalid value for '{name}': the text is not valid UTF-8."
            ) from None


async def _edit_body(request: Request) -> tuple[dict[str, Any], dict[str, list[bytes]]]:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        return await _json(request), {}
    if not content_type.startswith("multipart/form-data"):
        raise ApiError(400, "Send multipart/form-data or application/json.", code="invalid_body")
    await _require_utf8_fields(request)
    body: dict[str, Any] = {}
    uploads: dict[str, list[bytes]] = {}
    async with request.form(max_files=64, max_fields=256, max_part_size=1024 * 1024) as form:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                uploads.setdefault(key, []).append(await value.read())
            else:
                body[key] = value
    for key in uploads:
        if key not in ("image", "image[]", "mask"):
            raise ApiError(400, f"Unknown parameter: '{key}'.", param=key, code="unknown_parameter")
    return body, uploads


def _moderate(body: dict[str, Any]) -> dict[str, Any]:
    for key in body:
        if key not in MODERATION_PARAMS:
            raise ApiError(400, f"Unknown parameter: '{key}'.", param=key, code="unknown_parameter")
    if "input" not in body:
        raise missing("input")
    return {
        "id": new_id("modr-"),
        "model": str(body.get("model") or "omni-moderation-latest"),
        "results": moderation.moderate(body),
    }


async def _upload(ctx: Context, request: Request) -> dict[str, Any]:
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(
            400, "Send multipart/form-data with 'file' and 'purpose'.", code="invalid_body"
        )
    await _require_utf8_fields(request)
    async with request.form(max_part_size=1024 * 1024) as form:
        upload = form.get("file")
        purpose = form.get("purpose")
        if not isinstance(upload, UploadFile):
            raise missing("file")
        if not isinstance(purpose, str):
            raise missing("purpose")
        if purpose not in FILE_PURPOSES:
            raise invalid_value("purpose", f"Invalid value: '{purpose}'.")
        content = await upload.read()
        filename = upload.filename or "upload"
    meta = {
        "id": new_id("file-"),
        "object": "file",
        "bytes": len(content),
        "created_at": int(time.time()),
        "filename": filename,
        "purpose": purpose,
        "status": "processed",
    }
    ctx.store.save_file(meta, content)
    return meta


def _file(ctx: Context, file_id: str, *, delete: bool) -> dict[str, Any]:
    meta = ctx.store.file_meta(file_id)
    if meta is None:
        raise not_found("File", file_id, param="file_id")
    if delete:
        ctx.store.delete_file(file_id)
        return {"id": file_id, "object": "file", "deleted": True}
    return meta
