"""Turns running in the background and their events, streamed to the page over SSE.

A job is one call into ``Runner`` (a turn, an answer, a resume, a finalize) on a worker
thread. Its events are kept in order so a stream that connects late, or reconnects with
``Last-Event-ID`` after a dropped connection, replays what it missed and then follows live.
The worker publishes from its own thread; every list and waiter is touched only on the event
loop's thread, so nothing here needs a lock.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Any

KEEP_JOBS = 64
HEARTBEAT_S = 15.0


class Job:
    def __init__(self, loop: asyncio.AbstractEventLoop, thread_id: str) -> None:
        self.id = "j-" + uuid.uuid4().hex[:16]
        self.thread_id = thread_id
        self.loop = loop
        self.events: list[dict[str, Any]] = []
        # Partial images are unreviewed previews: kept in memory for this job's page only.
        self.partials: list[bytes] = []
        self.done = False
        self._waiters: list[asyncio.Future[None]] = []

    # -- from the worker thread -------------------------------------------------------------

    def publish(self, event: dict[str, Any]) -> None:
        self.loop.call_soon_threadsafe(self._append, event)

    def add_partial(self, data: bytes) -> int:
        """Keep a partial image's bytes; returns its index (the worker is the only writer)."""
        self.partials.append(data)
        return len(self.partials) - 1

    def finish(self) -> None:
        self.loop.call_soon_threadsafe(self._finish)

    # -- on the loop ------------------------------------------------------------------------

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    def _append(self, event: dict[str, Any]) -> None:
        self.events.append(event)
        self._wake()

    def _finish(self) -> None:
        self.done = True
        self._wake()

    async def follow(self, start: int = 0) -> AsyncIterator[tuple[int, dict[str, Any] | None]]:
        """(index, event) from ``start`` on, live; ``None`` events are heartbeats."""
        index = max(0, start)
        while True:
            while index < len(self.events):
                yield index, self.events[index]
                index += 1
            if self.done:
                return
            fut: asyncio.Future[None] = self.loop.create_future()
            self._waiters.append(fut)
            try:
                await asyncio.wait_for(fut, HEARTBEAT_S)
            except TimeoutError:
                yield index, None


class JobBoard:
    """The recent jobs by id; finished ones beyond ``KEEP_JOBS`` are forgotten."""

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()

    def new(self, thread_id: str) -> Job:
        job = Job(asyncio.get_running_loop(), thread_id)
        self._jobs[job.id] = job
        while len(self._jobs) > KEEP_JOBS:
            oldest = next((j for j in self._jobs.values() if j.done), None)
            if oldest is None:
                break
            del self._jobs[oldest.id]
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def running(self) -> list[Job]:
        return [j for j in self._jobs.values() if not j.done]


def sse(index: int, event: dict[str, Any] | None) -> bytes:
    """One SSE message: the event's kind as the SSE event name, its JSON as data."""
    if event is None:
        return b": keep-alive\n\n"
    kind = str(event.get("kind", "message"))
    data = json.dumps(event, ensure_ascii=False, default=str)
    return f"id: {index + 1}\nevent: {kind}\ndata: {data}\n\n".encode()
