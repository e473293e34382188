"""Per-engine state handed to every handler: the store, switches and an event log."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from .store import Store


@dataclass
class Context:
    store: Store
    enforce_pixel_budget: bool = True
    # (event type, time.monotonic()) for every streamed event as it is produced: lets
    # tests prove that delivery is incremental.
    event_log: list[tuple[str, float]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def log_event(self, kind: str) -> None:
        with self._lock:
            self.event_log.append((kind, time.monotonic()))
