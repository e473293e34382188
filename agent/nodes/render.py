"""What generate, edit and finalize share: size choice, the budget check, the retry policy,
saving bytes the moment they arrive, and the ledger rows (one per attempt)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime

from agent.budget import plan_image_call
from agent.context import Services
from agent.nodes.common import emit, input_image
from agent.state import ImageRecord, ReferenceUse, Refusal, TurnState
from core.errors import (
    BudgetExceeded,
    InputError,
    ModerationBlocked,
    ProviderError,
    ProviderTransient,
    StorageError,
)
from core.settings import Settings
from core.types import Decision, ImageAction, ImageStep, ImageSurface, PendingOutput, Quality
from memory.assets import AssetRef
from tools import images as images_api
from tools import responses
from tools.errors import UNANSWERED
from tools.files import forget_file_ids, responses_image_inputs
from tools.images import MAX_INPUT_IMAGES, ImageResult, InputImage
from tools.retry import call_with_retries
from tools.sizes import SizeChoice, fit_size


def choose_size(state: TurnState, decision: Decision, fallback: str) -> tuple[SizeChoice, str]:
    """The user's explicit size wins over the model's; a bad model size falls back."""
    if state.size:
        return fit_size(state.size), ""
    try:
        return fit_size(decision.size or fallback), ""
    except InputError as err:
        return fit_size(fallback), f"the model asked for an unusable size ({err.message})"


def _chosen(state: TurnState, decision: Decision) -> list[ReferenceUse]:
    chosen = [r for r in state.references if r.id in decision.reference_ids]
    # The user's own files come first: brand references fill only the room they leave.
    room = (
        MAX_INPUT_IMAGES
        - len(state.attachments)
        - (1 if decision.action == "edit" and decision.target == "current" else 0)
    )
    return chosen[: max(room, 0)]


def _target_index(state: TurnState, decision: Decision) -> int | None:
    if decision.target != "attachment" or not state.attachments:
        return None
    if state.mask is not None:
        return 0
    return min(max(decision.attachment, 1), len(state.attachments)) - 1


def edit_target(state: TurnState, decision: Decision) -> AssetRef | None:
    """The image an edit changes: the attachment the decision names (the first when it
    names none, and always the first with a mask, which applies to it) or the current one."""
    if decision.target != "attachment":
        return state.current_image
    index = _target_index(state, decision)
    return None if index is None else state.attachments[index]


def attached_inputs(state: TurnState, decision: Decision) -> list[AssetRef]:
    """The attachments an image call sends beside its canvas, in the order attached: all of
    them for a new image (it is built from them), every one but the one changed for an edit
    (the logo to put on the second photo)."""
    if decision.action == "generate":
        return list(state.attachments)
    if decision.action == "edit":
        index = _target_index(state, decision)
        return [a for i, a in enumerate(state.attachments) if i != index]
    return []


def attachment_images(services: Services, state: TurnState, decision: Decision) -> list[InputImage]:
    return [
        input_image(services, a, name=f"attachment{i}.{a.format}")
        for i, a in enumerate(attached_inputs(state, decision), start=1)
    ]


def draft_quality(decision: Decision, settings: Settings) -> Quality:
    """The decision's quality, except that its default (the tier the decision instructions
    ask for when the brief names none) means the configured ``default_quality``."""
    if decision.quality == Decision.model_fields["quality"].default:
        return settings.default_quality
    return decision.quality


def reference_images(services: Services, state: TurnState, decision: Decision) -> list[InputImage]:
    """The chosen references as files, for the Image API edit endpoint."""
    return [
        input_image(services, r.asset, name=f"{r.id}.{r.asset.format}")
        for r in _chosen(state, decision)
    ]


def reference_parts(
    services: Services, state: TurnState, decision: Decision
) -> list[dict[str, Any]]:
    """The chosen references as Responses ``input_image`` parts by Files API id: each is
    uploaded once per provider and again when the provider no longer has it."""
    chosen = _chosen(state, decision)
    if not chosen:
        return []
    return responses_image_inputs(services.client, services.provider, chosen, services.brand)


def via_image_tool(
    services: Services,
    state: TurnState,
    decision: Decision,
    *,
    prompt: str,
    image_urls: list[str],
    size: SizeChoice,
    quality: str,
    action: ImageStep,
    on_partial: Callable[[int, bytes], None],
) -> tuple[ImageResult, str | None]:
    """One image through the Responses image_generation tool, continuing the thread's chain."""
    parts = reference_parts(services, state, decision)
    try:
        out = _image_tool(
            services, state, decision, prompt, image_urls, parts, size, quality, action, on_partial
        )
    except ProviderError as err:
        gone = [p["file_id"] for p in parts if p.get("file_id") and p["file_id"] in err.message]
        if err.status not in (400, 404) or not gone:
            raise
        # The provider no longer has a reference it was sent (expired or deleted since it was
        # checked): forget the cached ids, so the next attempt uploads them again.
        forget_file_ids(services.brand, services.provider, _chosen(state, decision))
        raise ProviderTransient(
            f"the provider no longer has uploaded reference file {gone[0]}; uploading it again",
            status=err.status,
            request_id=err.request_id,
        ) from err
    return out.result, out.response_id


def _image_tool(
    services: Services,
    state: TurnState,
    decision: Decision,
    prompt: str,
    image_urls: list[str],
    parts: list[dict[str, Any]],
    size: SizeChoice,
    quality: str,
    action: ImageStep,
    on_partial: Callable[[int, bytes], None],
) -> responses.ImageToolResult:
    settings = services.settings
    return responses.image_tool(
        services.client,
        model=settings.decision_model,
        image_model=settings.image_model,
        prompt=prompt,
        image_urls=image_urls,
        image_parts=parts,
        size=size.wire,
        quality=quality,
        action=action,
        moderation=settings.image_moderation,
        partial_images=settings.partial_images,
        pending=PendingOutput(
            call_id=decision.call_id,
            output=json.dumps({"status": f"{action} with the image tool"}),
        ),
        previous_response_id=state.chain_id,
        on_partial=on_partial,
    )


def image_api_call(
    services: Services,
    prompt: str,
    images: list[InputImage],
    size: SizeChoice,
    quality: str,
    on_partial: Callable[[int, bytes], None] | None,
    mask: InputImage | None = None,
) -> ImageResult:
    """One Image API call with the settings' model, moderation level and previews: an edit
    when there are input images (the first is the canvas, or references for a new image),
    a generation otherwise."""
    settings = services.settings
    common: dict[str, Any] = {
        "model": settings.image_model,
        "prompt": prompt,
        "size": size.wire,
        "quality": quality,
        "moderation": settings.image_moderation,
        "partial_images": settings.partial_images,
        "on_partial": on_partial,
    }
    if images:
        return images_api.edit(
            services.client, images=images[:MAX_INPUT_IMAGES], mask=mask, **common
        )
    return images_api.generate(services.client, **common)


def run_image_call(
    runtime: Runtime[Services],
    state: TurnState,
    *,
    node: str,
    action: ImageAction,
    surface: ImageSurface,
    size: SizeChoice,
    prompt: str,
    parent: str | None,
    call: Callable[[str], tuple[ImageResult, str | None]],
    note: str = "",
    quality: str | None = None,
    input_images: int = 0,
) -> dict[str, Any]:
    """Run one image call under the budget and retry policy, store its bytes, and log it.

    ``call(quality)`` returns the result and, for the Responses surface, the new chain id.
    ``quality`` defaults to the decision's (``draft_quality``); the budget may lower it.
    Every failed attempt that is tried again is a ``retried`` row; bytes are stored only from
    the attempt that succeeded, under the decision's call id, so a retry or a resume never
    duplicates them. Each output records the brand references its call was sent.
    """
    services = runtime.context
    settings = services.settings
    decision = state.decision
    assert decision is not None
    model = settings.image_model
    wanted = quality or draft_quality(decision, settings)
    # generate and edit send exactly these (attachment_images, reference_images,
    # reference_parts); a finalize sends only its draft. Recorded per output so a
    # reference's revocation finds them.
    sent = (
        [
            *((a.sha256, "attachment") for a in attached_inputs(state, decision)),
            *((r.asset.sha256, r.id) for r in _chosen(state, decision)),
        ]
        if decision.action in ("generate", "edit")
        else []
    )
    call_key = f"call {decision.call_id}"
    saved = services.assets.find(note=call_key, thread_id=services.thread_id)
    try:
        plan = plan_image_call(
            prices=services.prices,
            ledger=services.ledger,
            thread_id=services.thread_id,
            model=model,
            quality=wanted,
            size=size.wire,
            input_images=input_images,
            # A resumed call that already has its bytes costs nothing more: never refuse it.
            session_budget=0.0 if saved else settings.session_budget_usd,
            daily_budget=0.0 if saved else settings.daily_budget_usd,
            downgrade=settings.budget_downgrade,
        )
    except BudgetExceeded as err:
        # Over budget is an answer, not a crash: the turn ends with a refusal and a row.
        services.record(
            node=node,
            surface=surface,
            model=model,
            outcome="rejected",
            latency_ms=0.0,
            prompt=prompt,
            size=size.wire,
            quality=wanted,
            n=1,
            error=err.one_line(),
        )
        return {
            "refusal": Refusal(stage="budget", reason=err.message, advice=err.hint),
            "pending": PendingOutput(
                call_id=decision.call_id, output=json.dumps({"status": "refused: over budget"})
            ),
        }
    sent_quality = plan.quality
    emit(
        runtime,
        {
            "kind": "image_call",
            "surface": surface,
            "size": size.wire,
            "quality": sent_quality,
            "adjusted": size.reason,
            "estimate_usd": plan.estimate_usd,
            "budget": plan.note,
        },
    )
    if plan.note:
        note = "; ".join(n for n in (note, plan.note) if n)
    verdict = state.input_verdict.model_dump() if state.input_verdict else None

    def log(outcome: str, **fields: Any) -> None:
        base: dict[str, Any] = {
            "node": node,
            "surface": surface,
            "model": model,
            "outcome": outcome,
            "latency_ms": 0.0,
            "prompt": prompt,
            "size": size.wire,
            "quality": sent_quality,
            "n": 1,
            "moderation": verdict,
            "estimate_usd": plan.estimate_usd,
        }
        services.record(**{**base, **fields})

    if saved:
        # This call already delivered its bytes before the turn stopped: use them, pay nothing.
        for ref in saved:
            services.assets.record_inputs(
                ref.sha256, sent, thread_id=services.thread_id, surface=surface
            )
        logged = {
            sha
            for row in services.ledger.rows(thread_id=services.thread_id)
            if row.outcome == action
            for sha in row.assets
        }
        if not {r.sha256 for r in saved} <= logged:
            # The process stopped between storing the bytes and writing their row: the call
            # was paid for and its usage is lost with the process, so the row carries the
            # estimate, once.
            log(
                action,
                n=len(saved),
                assets=[r.sha256 for r in saved],
                cost_usd=plan.estimate_usd,
                error="resumed: reused images saved before an interruption (cost estimated)",
            )
        return _records_update(
            decision, saved, action, surface, size, prompt, sent_quality, note, chain_id=None
        )
    held: ImageResult | None = services.unsaved.pop(call_key, None)
    if held is not None:
        # Paid for earlier in this process, then the disk was full: store it, pay nothing.
        refs = _store(services, held, parent, action, call_key, log, held=True)
        for ref in refs:
            services.assets.record_inputs(
                ref.sha256, sent, thread_id=services.thread_id, surface=surface
            )
        log(
            action,
            n=len(refs),
            assets=[r.sha256 for r in refs],
            error="stored images kept since the disk was full",
        )
        return _records_update(
            decision, refs, action, surface, size, prompt, held.quality, note, chain_id=None
        )
    _ensure_room(services, size)
    attempt = 1

    def on_retry(number: int, err: ProviderError, delay: float) -> None:
        nonlocal attempt
        said = err.message
        if err.code == UNANSWERED:
            # Sent, but its answer never came whole: the service may still have made the
            # image and billed it. The row says so, with the estimate, rather than nothing.
            said += (
                f"; the provider may still have made and charged this image (about "
                f"${plan.estimate_usd:.4f})"
            )
        log(
            "retried",
            request_id=err.request_id,
            attempt=number,
            error=f"{said} (retrying in {delay:.2f}s)",
        )
        attempt = number + 1

    try:
        (result, chain_id), attempt = call_with_retries(
            services.retry_policy(), lambda: call(sent_quality), on_retry=on_retry
        )
    except ModerationBlocked as err:
        log("rejected", request_id=err.request_id, error=err.message, attempt=attempt)
        return {
            "refusal": Refusal(
                stage="provider",
                reason=err.message,
                advice="rephrase the brief without the flagged content",
            ),
            "pending": PendingOutput(
                call_id=decision.call_id, output=json.dumps({"status": "refused by the provider"})
            ),
        }
    except ProviderError as err:
        log("failed", request_id=err.request_id, error=err.message, attempt=attempt)
        raise
    refs = _store(services, result, parent, action, call_key, log, attempt=attempt)
    for ref in refs:
        services.assets.record_inputs(
            ref.sha256, sent, thread_id=services.thread_id, surface=surface
        )
    log(
        action,
        latency_ms=result.latency_ms,
        request_id=result.request_id,
        size=result.size,
        quality=result.quality,
        n=len(refs),
        usage=result.usage,
        assets=[r.sha256 for r in refs],
        attempt=attempt,
    )
    return _records_update(
        decision, refs, action, surface, size, prompt, result.quality, note, chain_id=chain_id
    )


# Room an image needs before it is paid for: its pixels as uncompressed RGBA (a PNG is
# smaller), plus its previews and the index's writes.
_SPARE_BYTES = 32 * 1024 * 1024


def _ensure_room(services: Services, size: SizeChoice) -> None:
    """Stop before the provider is paid when the data directory's disk cannot hold the image.

    An image made and then lost to a full disk is money spent for nothing; a clear error
    first costs nothing and the turn resumes once space is freed.
    """
    root = services.assets.root
    try:
        free = shutil.disk_usage(root).free
    except OSError:
        return  # cannot tell: the store's own error handling covers a failed write
    width, _, height = size.wire.partition("x")
    pixels = int(width) * int(height) if width.isdigit() and height.isdigit() else 4096 * 2160
    needed = 4 * pixels + _SPARE_BYTES
    if free < needed:
        raise StorageError(
            f"the disk holding {root} has {free // 2**20} MB free and an image needs about "
            f"{needed // 2**20} MB: nothing was sent or paid for; free some space, then "
            "resume the thread"
        )


def _store(
    services: Services,
    result: ImageResult,
    parent: str | None,
    action: ImageAction,
    call_key: str,
    log: Callable[..., None],
    *,
    attempt: int = 1,
    held: bool = False,
) -> list[AssetRef]:
    """Store the call's images; when they cannot be stored (a full disk), keep them in this
    process for a resume, write the row of the call paid for, and stop the turn."""
    try:
        return [
            services.assets.put_bytes(
                data, parent=parent, source=action, thread_id=services.thread_id, note=call_key
            )
            for data in result.images
        ]
    except StorageError as err:
        services.unsaved[call_key] = result
        log(
            "failed",
            latency_ms=0.0 if held else result.latency_ms,
            request_id=result.request_id,
            n=len(result.images),
            # The provider was paid once, by the first attempt to store: a row with its usage.
            usage=None if held else result.usage,
            attempt=attempt,
            error=f"made but not saved: {err.message}",
        )
        raise StorageError(
            f"the image was made but could not be saved ({err.message})",
            hint=(
                f"free space under {services.settings.home} and resume the thread "
                f"(atelier chat --thread {services.thread_id}); until this process ends it "
                "keeps the image, so the resume does not pay for it again"
            ),
        ) from err


def _records_update(
    decision: Decision,
    refs: list[AssetRef],
    action: ImageAction,
    surface: ImageSurface,
    size: SizeChoice,
    prompt: str,
    quality: str,
    note: str,
    *,
    chain_id: str | None,
) -> dict[str, Any]:
    size_note = size.reason and f"size {size.requested} sent as {size.wire}: {size.reason}"
    records = [
        ImageRecord(
            asset=ref,
            action=action,
            surface=surface,
            size=f"{ref.width}x{ref.height}",
            quality=quality,
            prompt=prompt,
            review_notes=[n for n in (note, size_note) if n],
        )
        for ref in refs
    ]
    update: dict[str, Any] = {"images": records}
    if chain_id is not None:
        update["chain_id"] = chain_id
        update["pending"] = None
    else:
        summary = {"status": action, "images": [r.sha256[:12] for r in refs], "size": size.wire}
        update["pending"] = PendingOutput(call_id=decision.call_id, output=json.dumps(summary))
    return update
