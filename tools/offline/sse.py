"""Server-sent events framing shared by the Image and Responses streams."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any


def frame(event: dict[str, Any]) -> bytes:
    payload = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
    return f"event: {event.get('type', 'message')}\ndata: {payload}\n\n".encode()


def frames(events: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """Encode lazily so each event leaves as soon as its producer yields it."""
    for event in events:
        yield frame(event)
