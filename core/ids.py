"""Ids atelier makes for things a person refers to later (threads)."""

from __future__ import annotations

import uuid


def new_thread_id() -> str:
    return f"t-{uuid.uuid4().hex[:10]}"
