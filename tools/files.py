"""Brand references as Files API uploads: upload once per provider, reuse the id after.

This module owns the per-provider ``file_id`` cache of brand references (kept in the
reference's metadata in the brand index) and turns references into Responses API
``input_image`` parts. A cached id is checked with ``files.retrieve`` before use; when the
provider says the file is gone (404) the bytes are uploaded again and the new id cached.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from typing import Any, Literal, Protocol

import openai

from core.errors import ProviderError
from memory.brand.records import Reference
from memory.brand_index import BrandIndex

Detail = Literal["auto", "low", "high"]
PURPOSE: Literal["vision"] = "vision"


class HasId(Protocol):
    @property
    def id(self) -> str: ...


def _upload(client: openai.OpenAI, index: BrandIndex, ref: Reference) -> str:
    data = index.assets.read_bytes(ref.sha256)
    suffix = ref.path.rsplit(".", 1)[-1] if "." in ref.path else "png"
    name = f"{ref.id}.{suffix}"
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    try:
        created = client.files.create(file=(name, data, mime), purpose=PURPOSE)
    except openai.APIStatusError as exc:
        raise ProviderError(
            f"uploading reference {ref.id} failed: {exc.message}",
            status=exc.status_code,
            code=getattr(exc, "code", None),
            request_id=exc.request_id,
        ) from exc
    except openai.APIError as exc:
        raise ProviderError(f"uploading reference {ref.id} failed: {exc.message}") from exc
    return created.id


def _still_there(client: openai.OpenAI, file_id: str) -> bool:
    try:
        client.files.retrieve(file_id)
    except openai.NotFoundError:
        return False
    except openai.APIError as exc:
        raise ProviderError(f"checking uploaded file {file_id} failed: {exc.message}") from exc
    return True


def ensure_file_id(
    client: openai.OpenAI,
    provider: str,
    ref: Reference,
    index: BrandIndex,
    *,
    verify: bool = True,
) -> str:
    """The provider's file id for ``ref``'s bytes, uploading only when none is usable.

    ``verify`` asks the provider whether a cached id still exists (one small GET); without
    it a cached id is trusted, and a caller that then gets a 404 should call
    :func:`forget_file_ids` and ask again.
    """
    cached = ref.file_ids.get(provider)
    if cached and (not verify or _still_there(client, cached)):
        return cached
    file_id = _upload(client, index, ref)
    index.set_file_id(ref.id, provider, file_id)
    return file_id


def forget_file_ids(index: BrandIndex, provider: str, refs: Sequence[HasId]) -> None:
    """Drop cached ids (after the provider said a file is gone), so the next use re-uploads."""
    for item in refs:
        index.set_file_id(item.id, provider, None)


def responses_image_inputs(
    client: openai.OpenAI,
    provider: str,
    refs: Sequence[HasId],
    index: BrandIndex,
    *,
    detail: Detail = "auto",
    verify: bool = True,
) -> list[dict[str, Any]]:
    """Responses API ``input_image`` parts (by ``file_id``) for ``refs``, in order.

    ``refs`` are anything with the reference ``id`` (``ReferenceUse`` from graph state, or
    ``Reference``); their current record is read from ``index``.
    """
    parts: list[dict[str, Any]] = []
    for item in refs:
        ref = index.get(item.id)
        file_id = ensure_file_id(client, provider, ref, index, verify=verify)
        parts.append({"type": "input_image", "file_id": file_id, "detail": detail})
    return parts
