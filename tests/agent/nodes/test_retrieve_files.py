"""Retrieved references as Files API inputs: upload once per provider, reuse, re-upload."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from agent.context import Services
from agent.nodes.retrieve import pick_references
from core.errors import NotFound
from tests.helpers import write_png
from tools.files import ensure_file_id, forget_file_ids, responses_image_inputs


@pytest.fixture
def refs(services: Services, tmp_path: Path) -> list[str]:
    ids = []
    for n, colour in enumerate([(200, 20, 20), (20, 20, 200)]):
        ref = services.brand.add(
            write_png(tmp_path / f"r{n}.png", (256, 256), colour),
            brand="acme",
            kind="logo" if n == 0 else "product",
            tags=["primary"] if n == 0 else [],
            description="Acme logo" if n == 0 else "Acme shoe",
        )
        services.brand.approve(ref.id, by="test")
        ids.append(ref.id)
    return ids


def _uploads(services: Services) -> int:
    # The engine keeps one .bin per uploaded file.
    return len(list((services.settings.engine_dir / "files").glob("*.bin")))


def _unverified_file_id(services: Services, ref_id: str) -> str:
    """The cached file id, trusted without asking the provider whether it still has it."""
    ref = services.brand.get(ref_id)
    return ensure_file_id(services.client, services.provider, ref, services.brand, verify=False)


def test_uploads_once_and_reuses_the_id(services: Services, refs: list[str]) -> None:
    picks = pick_references(services.brand, "Acme shoe with the logo", k=4)
    parts = responses_image_inputs(
        services.client, services.provider, [p.reference for p in picks], services.brand
    )
    assert [p["type"] for p in parts] == ["input_image"] * len(picks)
    assert all(p["file_id"].startswith("file-") and p["detail"] == "auto" for p in parts)
    assert _uploads(services) == len(picks)
    stored = services.brand.get(refs[0]).file_ids
    assert stored[services.provider] == parts[0]["file_id"]
    again = responses_image_inputs(
        services.client, services.provider, [p.reference for p in picks], services.brand
    )
    assert again == parts and _uploads(services) == len(picks)
    uploaded = services.client.files.retrieve(parts[0]["file_id"])
    assert uploaded.purpose == "vision" and uploaded.filename.startswith(refs[0])


def test_reuploads_when_the_provider_lost_the_file(services: Services, refs: list[str]) -> None:
    ref = services.brand.get(refs[0])
    first = ensure_file_id(services.client, services.provider, ref, services.brand)
    services.client.files.delete(first)
    with pytest.raises(openai.NotFoundError):
        services.client.files.retrieve(first)
    second = ensure_file_id(
        services.client, services.provider, services.brand.get(refs[0]), services.brand
    )
    assert second != first
    assert services.brand.get(refs[0]).file_ids[services.provider] == second
    # The file id works as a Responses input image on the engine.
    response = services.client.responses.create(
        model=services.settings.decision_model,
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": "What can you do?"},
                    {"type": "input_image", "file_id": second, "detail": "auto"},
                ],
            }
        ],
    )
    assert response.id


def test_unverified_ids_are_trusted_until_forgotten(services: Services, refs: list[str]) -> None:
    ref = services.brand.get(refs[1])
    first = ensure_file_id(services.client, services.provider, ref, services.brand)
    services.client.files.delete(first)
    cached = _unverified_file_id(services, refs[1])
    assert cached == first
    forget_file_ids(services.brand, services.provider, [ref])
    assert services.provider not in services.brand.get(refs[1]).file_ids
    fresh = _unverified_file_id(services, refs[1])
    assert fresh != first
    other = ensure_file_id(services.client, "azure", services.brand.get(refs[1]), services.brand)
    assert services.brand.get(refs[1]).file_ids == {services.provider: fresh, "azure": other}


def test_unknown_reference(services: Services) -> None:
    class Missing:
        id = "ref_000000000000"

    with pytest.raises(NotFound):
        responses_image_inputs(services.client, services.provider, [Missing()], services.brand)
