"""atelier's graph as LangGraph Server runs it: ``langgraph.json`` points ``langgraph dev``
(and LangGraph Studio, Agent Chat UI) at ``graph`` here.

The server brings its own checkpointer and passes no context, so the nodes would find no
``Services``. ``ServicesPool`` builds them from ``Settings`` (the environment and ``.env``,
as the CLI reads them) the first time a run needs them: one set of heavy parts (the SDK
client, the stores, the brand index) shared by every thread, and a light per-thread
``Services`` over them so ledger rows, assets and previews are filed under the thread the
server is running.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable

from agent.context import Services, build_services
from agent.graph import build_graph
from core.process import map_large_blocks
from core.settings import Settings, load_settings

# The server's threads are running by the time it imports the graph: too late to cap
# malloc's arenas, not to map large blocks (core/process.py).
map_large_blocks()


class ServicesPool:
    """Per-thread ``Services`` over one shared client, asset store, ledger and brand index."""

    def __init__(self, settings: Callable[[], Settings] | Settings = load_settings) -> None:
        self._settings = settings
        self._base: Services | None = None
        self._lock = threading.Lock()

    @property
    def base(self) -> Services:
        # Built on first use, not at import: the server imports this module before any run,
        # and a broken setting should fail the run that needs it with its own message.
        with self._lock:
            if self._base is None:
                settings = self._settings() if callable(self._settings) else self._settings
                self._base = build_services(settings)
            return self._base

    def for_thread(self, thread_id: str) -> Services:
        base = self.base
        return dataclasses.replace(
            base, thread_id=thread_id, brand_factory=lambda: base.brand, _brand=None
        )


pool = ServicesPool()
graph = build_graph(services_for=pool.for_thread)
