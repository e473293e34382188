"""The retrieve choice: brand logo rule, kind words, k, reasons, only approved refs, the
same picks as one Chroma query per kind made, and changes by other instances seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from langgraph.runtime import Runtime
from PIL import Image

from agent.context import Services
from agent.nodes.retrieve import kinds_in, pick_references, primary_logos, retrieve
from agent.state import TurnState
from bench.labelled import draw, multi_query_pick
from core.errors import InputError
from memory.brand_index import BrandIndex


def _add(
    index: BrandIndex,
    folder: Path,
    name: str,
    brand: str,
    kind: str,
    description: str,
    *,
    tags: tuple[str, ...] = (),
    approve: bool = True,
    colour: str = "#cc2222",
) -> str:
    path = folder / f"{name}.png"
    folder.mkdir(parents=True, exist_ok=True)
    img: Image.Image = draw(["circle", "#ffffff", colour])
    img.putpixel((0, 0), (len(list(folder.iterdir())), 0, 0))  # every file distinct bytes
    img.save(path)
    ref = index.add(path, brand=brand, kind=kind, tags=list(tags), description=description)
    if approve:
        index.approve(ref.id, by="test")
    return ref.id


@pytest.fixture
def library(services: Services, tmp_path: Path) -> dict[str, str]:
    index = services.brand
    d = tmp_path / "refs"
    return {
        "acme-old-logo": _add(index, d, "a1", "acme", "logo", "Acme logo, outline version"),
        "acme-logo": _add(
            index, d, "a2", "acme", "logo", "Acme red wordmark", tags=("primary",), colour="#dd1111"
        ),
        "acme-shoe": _add(index, d, "a3", "acme", "product", "Acme running shoe packshot"),
        "acme-palette": _add(index, d, "a4", "acme", "palette", "Acme red and black colours"),
        "acme-draft": _add(
            index, d, "a5", "acme", "product", "Acme running shoe draft", approve=False
        ),
        "nova-logo": _add(
            index, d, "n1", "nova-tea", "logo", "Nova Tea leaf logo", colour="#22aa44"
        ),
        "nova-tin": _add(index, d, "n2", "nova-tea", "product", "Green tea tin", colour="#228844"),
        "nova-style": _add(
            index, d, "n3", "nova-tea", "style", "Calm minimal style", colour="#eeddcc"
        ),
    }


def _picked(services: Services, brief: str, k: int = 4, **kw: object) -> list[str]:
    return [p.reference.id for p in pick_references(services.brand, brief, k=k, **kw)]  # type: ignore[arg-type]


def test_named_brand_gets_its_primary_logo(services: Services, library: dict[str, str]) -> None:
    picks = pick_references(services.brand, "A poster for Acme about speed", k=4)
    assert picks[0].reference.id == library["acme-logo"]  # tagged primary beats approved first
    assert picks[0].why.startswith("rule: the brief names acme")
    rules = [p.reference.id for p in picks if p.why.startswith("rule")]
    assert rules == [library["acme-logo"]]  # one logo by rule; others only on similarity
    # Spelled with a space, the hyphenated brand is still named.
    assert _picked(services, "Something for Nova Tea")[0] == library["nova-logo"]


def test_primary_logo_falls_back_to_first_approved(
    services: Services, library: dict[str, str]
) -> None:
    logos = primary_logos(services.brand.list(status="approved", kind="logo"))
    assert logos["acme"].id == library["acme-logo"]
    assert logos["nova-tea"].id == library["nova-logo"]
    services.brand.retire(library["acme-logo"])
    logos = primary_logos(services.brand.list(status="approved", kind="logo"))
    assert logos["acme"].id == library["acme-old-logo"]


def test_kind_words_get_their_best_match(services: Services, library: dict[str, str]) -> None:
    assert kinds_in("a product shot on our palette, style frame attached") == [
        "product",
        "palette",
        "style",
    ]
    picks = pick_references(services.brand, "Acme product shot using the brand colours", k=4)
    ids = [p.reference.id for p in picks]
    assert ids[:3] == [library["acme-logo"], library["acme-shoe"], library["acme-palette"]]
    assert "asks for a product" in picks[1].why and "asks for a palette" in picks[2].why


def test_kinds_parameter_restricts_similarity(services: Services, library: dict[str, str]) -> None:
    got = _picked(services, "green tea tin with a calm look", kinds=["style"])
    assert got == [library["nova-style"]]
    unrestricted = _picked(services, "green tea tin with a calm look")
    assert library["nova-tin"] in unrestricted


def test_k_limits_and_never_pending(services: Services, library: dict[str, str]) -> None:
    assert len(_picked(services, "Acme running shoe packshot with the logo", k=2)) == 2
    assert _picked(services, "Acme running shoe", k=0) == []
    assert library["acme-draft"] not in _picked(services, "Acme running shoe draft", k=8)


def test_named_brand_keeps_other_brands_out(services: Services, library: dict[str, str]) -> None:
    got = _picked(services, "Nova Tea tin on a table", k=4)
    brands = {services.brand.get(i).brand for i in got}
    assert brands == {"nova-tea"}


def test_node_uses_settings_k_and_records_why(
    runtime: Runtime[Services], services: Services, library: dict[str, str]
) -> None:
    services.settings.max_references = 1
    refs = retrieve(TurnState(brief="Acme running shoe"), runtime)["references"]
    assert [r.id for r in refs] == [library["acme-logo"]]
    assert refs[0].asset.sha256 and refs[0].why
    services.settings.max_references = 0
    assert retrieve(TurnState(brief="Acme running shoe"), runtime) == {"references": []}


BRIEFS = [
    "A poster for Acme about speed",
    "Acme product shot using the brand colours",
    "Acme running shoe packshot with the logo",
    "Something for Nova Tea, calm style frame and a product shot",
    "green tea tin with a calm look",
    "a palette and a style reference for spring",
    "logos for both Acme and Nova Tea",
    "red and black colours",
    "typography sample",
]


@pytest.mark.parametrize("k", [1, 2, 4, 8])
def test_same_choice_as_one_query_per_kind(
    services: Services, library: dict[str, str], k: int
) -> None:
    for brief in BRIEFS:
        expected = [p.reference.id for p in multi_query_pick(services.brand, brief, k=k)]
        assert _picked(services, brief, k=k) == expected, brief
    restricted = multi_query_pick(services.brand, "green tea tin", k=4, kinds=["style"])
    assert _picked(services, "green tea tin", kinds=["style"]) == [
        p.reference.id for p in restricted
    ]


def test_several_kinds_without_a_brand(services: Services, library: dict[str, str]) -> None:
    picks = pick_references(services.brand, "a palette and a calm minimal style frame", k=4)
    whys = {p.reference.id: p.why for p in picks}
    assert "asks for a palette" in whys[library["acme-palette"]]
    assert "asks for a style" in whys[library["nova-style"]]
    assert [p.why.startswith("rule") for p in picks][:2] == [True, True]
    similar = [p for p in picks if p.why.startswith("similar")]
    assert similar and all("approved by test" in p.why for p in similar)


def test_both_named_brands_get_their_logos(services: Services, library: dict[str, str]) -> None:
    got = _picked(services, "logos for both Acme and Nova Tea", k=4)
    assert got[:2] == [library["acme-logo"], library["nova-logo"]]


def test_choice_follows_another_instance(
    services: Services, library: dict[str, str], tmp_path: Path
) -> None:
    before = _picked(services, "Acme running shoe draft", k=8)
    assert library["acme-draft"] not in before and library["acme-shoe"] in before
    index = services.brand
    other = BrandIndex(index.data_dir, index.assets, embedder=index.embedder)
    other.approve(library["acme-draft"], by="bob")
    other.retire(library["acme-shoe"])
    after = _picked(services, "Acme running shoe draft", k=8)
    assert library["acme-draft"] in after and library["acme-shoe"] not in after
    other.retire(library["acme-logo"])  # the primary logo goes: the first approved takes over
    assert _picked(services, "Acme running shoe draft", k=1) == [library["acme-old-logo"]]
    other.set_file_id(library["acme-old-logo"], "openai", "file-7")
    picks = pick_references(services.brand, "Acme", k=1)
    assert picks[0].reference.file_ids == {"openai": "file-7"}


def test_unknown_kind_is_refused(services: Services, library: dict[str, str]) -> None:
    with pytest.raises(InputError, match="banner"):
        pick_references(services.brand, "Acme poster", k=1, kinds=["banner"])
