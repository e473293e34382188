"""The pilot evaluation: briefs × configurations through the product's own graph, side by side.

A pilot file names briefs (the copy each must show, and optionally a masked edit to test
edit stability) and configurations (image model, surface, size, quality, n, moderation
level), one of them the baseline. Each (configuration, brief) runs as its own thread
through ``Runner``: the whole graph (moderation, retrieval, the decision, the image call
under the retry policy and budgets, review), every call a ledger row of that thread. A
pilot run has one data directory of its own; its threads are named
``pilot-<configuration>-b<brief>`` (with ``-r<k>`` when ``n`` runs a brief more than once).

How a configuration reaches the graph:

- ``model``, ``moderation`` and ``quality`` through Settings: ``image_model``,
  ``image_moderation`` and ``default_quality``, the draft quality the render step sends
  when the decision asks for its default tier (``agent/nodes/render.draft_quality``);
- ``size`` as the turn's ``size=`` (an explicit size wins over the model's), and as the
  answer when the graph asks a clarifying question (which format);
- ``surface``: the graph makes a thread's first image with the Image API, so the
  configuration chooses how the edit step is made. ``image-api`` sends the edit with the
  brief's mask (a masked edit always goes to the Image API); ``responses`` sends the edit
  brief without the mask, so the graph continues the thread's Responses conversation with
  the image_generation tool (the graph sends no mask on that surface). Edit stability is
  measured against the brief's mask either way: it shows what each surface changes outside
  the region the edit was about.
- ``n``: how many times each brief runs, each run its own thread (the graph asks for one
  image per call).

The edit step's brief is ``Edit the current image: <edit prompt>``, so the decision model
is told it is an edit of the image the thread just made.

Figures: calls, cost (the ledger's ``cost_usd``, summed), image-call latency (the image
rows' ``latency_ms``) and rejected calls come from the ledger rows of each configuration's
threads; images and their review outcome from the threads' state; copy accuracy (CER of
the copy read back, ``tools/qa.text_rendering``) and edit stability (SSIM outside the mask)
from the pilot's own checks of those images. An image is approved when review passed it
(or a person approved it in the review queue) and the pilot's check passed. Every image
review passed is also queued for a person (reason ``pilot sample: <configuration>``), so
the human review time shows once people have reviewed them. Output: ``pilot.csv``,
``pilot.json`` (every sample and the data directory) and a self-contained ``pilot.html``:
the figures, charts, and a contact sheet of each brief's images per configuration.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import math
import os
import re
import statistics
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydantic
from PIL import Image

from agent.context import Services, build_services
from agent.runner import Runner, TurnResult
from agent.yamlfile import load_yaml, resolve
from core.errors import AtelierError, InputError, StateConflict
from core.settings import Settings
from core.types import ImageModeration, ImageStep, ImageSurface, Quality, ReviewOutcome
from memory.ledger import CallRecord
from memory.review_queue import ReviewQueue
from memory.stores import open_review_queue
from tools import qa
from tools.sizes import fit_size


class _Strict(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")


class PilotEdit(_Strict):
    prompt: str = pydantic.Field(min_length=1)
    mask: Path


class PilotBrief(_Strict):
    prompt: str = pydantic.Field(min_length=1)
    text: str | None = None
    edit: PilotEdit | None = None


class Configuration(_Strict):
    name: str = pydantic.Field(min_length=1)
    model: str = "gpt-image-2"
    # How the edit step is made (a new image is always an Image API call in the graph).
    surface: ImageSurface = "image-api"
    size: str = "1024x1024"
    quality: Quality = "low"
    # Runs of each brief, one thread each.
    n: int = pydantic.Field(default=1, ge=1, le=4)
    moderation: ImageModeration = "auto"


class Pilot(_Strict):
    name: str = pydantic.Field(min_length=1)
    use_case: str = ""
    baseline: str
    configurations: list[Configuration] = pydantic.Field(min_length=1)
    briefs: list[PilotBrief] = pydantic.Field(min_length=1)
    max_cer: float = pydantic.Field(default=0.05, ge=0, le=1)


EDIT_LEAD = "Edit the current image: "
# A thread asking more than this many questions in one step is not going to make an image.
MAX_QUESTIONS = 3
_IMAGE_NODES = ("generate", "edit", "finalize")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _slug(name: str) -> str:
    return _UNSAFE.sub("-", name).strip("-") or "configuration"


def thread_name(config: Configuration, brief: int, run: int = 1) -> str:
    """The thread of one run of brief ``brief`` (0-based) under ``config``."""
    return f"pilot-{_slug(config.name)}-b{brief + 1}" + (f"-r{run}" if config.n > 1 else "")


def load_pilot(path: Path) -> Pilot:
    pilot, lines = load_yaml(
        path,
        Pilot,
        what="pilot file",
        shape="a pilot is a mapping with 'name', 'baseline', 'configurations' and 'briefs'",
        hint="fix the pilot file; nothing was run",
    )
    names = [c.name for c in pilot.configurations]
    if pilot.baseline not in names:
        raise InputError(
            f"{path}:{lines.line(('baseline',))}: baseline {pilot.baseline!r} is not "
            f"one of the configurations ({', '.join(names)})"
        )
    slugs: dict[str, str] = {}
    sizes: dict[int, tuple[int, int]] = {}
    for i, config in enumerate(pilot.configurations):
        if _slug(config.name) in slugs:
            line = lines.line(("configurations", i, "name"))
            raise InputError(
                f"{path}:{line}: configurations[{i}].name {config.name!r} names the same "
                f"threads as {slugs[_slug(config.name)]!r}; give each configuration its own name"
            )
        slugs[_slug(config.name)] = config.name
        try:
            choice = fit_size(config.size)
        except InputError as err:
            line = lines.line(("configurations", i, "size"))
            raise InputError(f"{path}:{line}: configurations[{i}].size: {err.message}") from None
        sizes[i] = (choice.width, choice.height)
    for b, brief in enumerate(pilot.briefs):
        if brief.edit is None:
            continue
        line = lines.line(("briefs", b, "edit", "mask"))
        mask = resolve(path.parent, brief.edit.mask)
        if not mask.is_file():
            raise InputError(f"{path}:{line}: {brief.edit.mask}: file not found")
        try:
            with Image.open(mask) as img:
                mask_size = img.size
        except OSError as err:
            raise InputError(f"{path}:{line}: {brief.edit.mask}: not an image ({err})") from None
        for i, size in sizes.items():
            if size != mask_size:
                raise InputError(
                    f"{path}:{line}: {brief.edit.mask} is {mask_size[0]}x{mask_size[1]} but "
                    f"configuration {pilot.configurations[i].name!r} makes "
                    f"{size[0]}x{size[1]} images; a mask must match the image it edits"
                )
    return pilot


class PilotImage(pydantic.BaseModel):
    """One image a step made, with what review said and the pilot's own check of it."""

    sha256: str
    path: str
    size: str
    surface: ImageSurface
    quality: str
    review: ReviewOutcome | None = None
    cer: float | None = None
    edit_stability: float | None = None
    check_passed: bool | None = None


class Sample(pydantic.BaseModel):
    """One step (a turn, with any questions it asked) of one thread, and its ledger figures."""

    configuration: str
    brief: int
    run: int = 1
    thread_id: str
    step: ImageStep
    brief_text: str
    copy_text: str | None = None
    action: str | None = None
    questions: list[dict[str, str]] = pydantic.Field(default_factory=list)
    rows: list[int] = pydantic.Field(default_factory=list)
    calls: int = 0
    cost_usd: float = 0.0
    latency_s: float | None = None
    rejected: int = 0
    refusal: str | None = None
    error: str | None = None
    images: list[PilotImage] = pydantic.Field(default_factory=list)
    approved: int = 0
    # What the pilot could not measure, e.g. copy in a script with no OCR language installed.
    notes: list[str] = pydantic.Field(default_factory=list)

    @property
    def assets(self) -> list[str]:
        return [i.sha256 for i in self.images]


def run_directory(out: Path) -> Path:
    """A data directory for one pilot run under ``out``: ``runs/<UTC time>``, never reused."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = out / "runs" / stamp
    k = 1
    while candidate.exists():
        k += 1
        candidate = out / "runs" / f"{stamp}-{k}"
    return candidate


def _configured(settings: Settings, config: Configuration, source: Path) -> Settings:
    roots = os.pathsep.join(p for p in (str(source.parent.resolve()), settings.input_roots) if p)
    return settings.model_copy(
        update={
            "image_model": config.model,
            "image_moderation": config.moderation,
            "default_quality": config.quality,
            "input_roots": roots,
        }
    )


def run_pilot(
    source: Path,
    out: Path,
    settings: Settings,
    *,
    services: Services | None = None,
    on_sample: Callable[[Sample], None] | None = None,
) -> tuple[Pilot, list[Sample]]:
    """Run every brief under every configuration, each as a thread through ``Runner``.

    ``settings.home`` is the run's data directory: it must not hold the pilot's threads
    already, so every figure is this run's. ``services`` (one set, its settings switched per
    configuration) defaults to the services of ``settings``.
    """
    pilot = load_pilot(source)
    out.mkdir(parents=True, exist_ok=True)
    services = services or build_services(settings)
    ours = {
        thread_name(c, b, r)
        for c in pilot.configurations
        for b in range(len(pilot.briefs))
        for r in range(1, c.n + 1)
    }
    taken = sorted(ours & {r.thread_id for r in services.ledger.rows() if r.thread_id})
    if taken:
        raise StateConflict(
            f"{settings.home} already holds pilot threads ({', '.join(taken[:3])})",
            hint="run each pilot in a fresh data directory",
        )
    queue = open_review_queue(settings)
    samples: list[Sample] = []
    try:
        for config in pilot.configurations:
            configured = _configured(settings, config, source)
            services.settings = configured
            for b in range(len(pilot.briefs)):
                for run in range(1, config.n + 1):
                    runner = Runner(
                        configured, thread_id=thread_name(config, b, run), services=services
                    )
                    try:
                        for sample in _run_brief(runner, pilot, config, b, run, source, queue):
                            samples.append(sample)
                            if on_sample is not None:
                                on_sample(sample)
                    finally:
                        runner.close()
    finally:
        services.settings = settings
    return pilot, samples


def _brief_text(brief: PilotBrief) -> str:
    if not brief.text:
        return brief.prompt
    # Copy in quotes is how a brief names the text the image must show.
    return f"{brief.prompt} with the copy “{brief.text}”"


def _answer(config: Configuration, options: Sequence[str]) -> str:
    wire = fit_size(config.size).wire
    for option in options:
        if wire in option or config.size in option:
            return option
    return config.size


def _run_brief(
    runner: Runner,
    pilot: Pilot,
    config: Configuration,
    b: int,
    run: int,
    source: Path,
    queue: ReviewQueue,
) -> list[Sample]:
    brief = pilot.briefs[b]
    made = _step(runner, pilot, config, b, run, "generate", _brief_text(brief), brief.text)
    _queue_samples(queue, config, made)
    samples = [made]
    if brief.edit is None:
        return samples
    mask = resolve(source.parent, brief.edit.mask)
    parent = runner.state().current_image
    if parent is None or not made.images:
        why = (
            "review did not pass the new image, so the thread has no current image to edit"
            if made.images
            else "no image was made to edit"
        )
        samples.append(_skipped(runner, config, b, run, brief.edit.prompt, why))
        return samples
    edited = _step(
        runner,
        pilot,
        config,
        b,
        run,
        "edit",
        EDIT_LEAD + brief.edit.prompt,
        None,
        mask=mask if config.surface == "image-api" else None,
    )
    for image in edited.images:
        try:
            check = qa.edit_stability(parent.path, image.path, mask)
        except AtelierError as err:
            edited.notes.append(
                f"edit stability of {image.sha256[:12]} not measured: {err.one_line()}"
            )
            continue
        image.edit_stability = round(check.score, 4)
        image.check_passed = check.passed
    edited.approved = _approved(edited)
    _queue_samples(queue, config, edited)
    samples.append(edited)
    return samples


def _skipped(
    runner: Runner, config: Configuration, b: int, run: int, prompt: str, why: str
) -> Sample:
    return Sample(
        configuration=config.name,
        brief=b,
        run=run,
        thread_id=runner.thread_id,
        step="edit",
        brief_text=EDIT_LEAD + prompt,
        error=why,
    )


def _step(
    runner: Runner,
    pilot: Pilot,
    config: Configuration,
    b: int,
    run: int,
    step: ImageStep,
    text: str,
    copy_text: str | None,
    *,
    mask: Path | None = None,
) -> Sample:
    ledger = runner.services.ledger
    before = {r.id for r in ledger.rows(thread_id=runner.thread_id)}
    sample = Sample(
        configuration=config.name,
        brief=b,
        run=run,
        thread_id=runner.thread_id,
        step=step,
        brief_text=text,
        copy_text=copy_text,
    )
    try:
        result: TurnResult = runner.turn(text, mask=mask, size=config.size)
        while result.status == "question":
            if len(sample.questions) == MAX_QUESTIONS:
                sample.error = f"asked {MAX_QUESTIONS} questions without making an image"
                break
            answer = _answer(config, result.options)
            sample.questions.append({"question": result.question or "", "answer": answer})
            result = runner.answer(answer)
    except AtelierError as err:
        sample.error = err.one_line()
    state = runner.state()
    rows = [r for r in ledger.rows(thread_id=runner.thread_id) if r.id not in before]
    _figures(sample, rows)
    if state.decision is not None:
        sample.action = state.decision.action
    if state.refusal is not None:
        sample.refusal = f"{state.refusal.stage}: {state.refusal.reason}"
    if sample.error is None:
        sample.images = [
            PilotImage(
                sha256=record.asset.sha256,
                path=record.asset.path,
                size=record.size,
                surface=record.surface,
                quality=record.quality,
                review=record.review,
            )
            for record in state.images
        ]
    if copy_text:
        for image in sample.images:
            try:
                check = qa.text_rendering(image.path, copy_text, threshold=pilot.max_cer)
            except AtelierError as err:
                sample.notes.append(f"CER of {image.sha256[:12]} not measured: {err.one_line()}")
                continue
            image.cer = round(check.score, 4)
            image.check_passed = check.passed
    sample.approved = _approved(sample)
    return sample


def _figures(sample: Sample, rows: Sequence[CallRecord]) -> None:
    """The step's figures, from its ledger rows only."""
    sample.rows = [r.id for r in rows if r.id is not None]
    sample.calls = len(rows)
    sample.cost_usd = math.fsum(r.cost_usd or 0.0 for r in rows)
    sample.rejected = sum(r.outcome == "rejected" for r in rows)
    made = [r for r in rows if r.node in _IMAGE_NODES and r.outcome in ("generated", "edited")]
    if made:
        sample.latency_s = round(math.fsum(r.latency_ms for r in made) / 1000, 4)


def _approved(sample: Sample) -> int:
    return sum(i.review == "pass" and i.check_passed is not False for i in sample.images)


def _queue_samples(queue: ReviewQueue, config: Configuration, sample: Sample) -> None:
    # Held images are in the queue already; the rest go there for people to judge too.
    for image in sample.images:
        if image.review == "pass":
            queue.add(
                image.sha256,
                thread_id=sample.thread_id,
                reasons=[f"pilot sample: {config.name}"],
            )


class ConfigSummary(pydantic.BaseModel):
    name: str
    baseline: bool
    images: int
    approved: int
    rejections: int
    cer_mean: float | None
    edit_stability_mean: float | None
    latency_p50_s: float
    latency_p95_s: float
    cost_per_image: float | None
    cost_per_approved: float | None
    review_seconds_median: float | None
    reviewed: int
    threads: int = 0
    calls: int = 0
    cost_usd: float = 0.0
    review_pass: int = 0
    review_held: int = 0
    review_blocked: int = 0
    questions: int = 0
    errors: int = 0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summarise(pilot: Pilot, samples: list[Sample], queue: ReviewQueue) -> list[ConfigSummary]:
    """Per configuration: the samples' ledger figures summed, and what people decided since
    (an image a person approved counts as approved when the pilot's check passed)."""
    decided: dict[str, set[str]] = {}
    spent: dict[str, list[float]] = {}
    for sample in samples:
        for image in sample.images:
            for item in queue.items_for(image.sha256):
                if item.thread_id != sample.thread_id:
                    continue
                decided.setdefault(image.sha256, set()).add(item.status)
                if item.seconds_spent is not None:
                    spent.setdefault(image.sha256, []).append(item.seconds_spent)
    out: list[ConfigSummary] = []
    for config in pilot.configurations:
        mine = [s for s in samples if s.configuration == config.name]
        images = [i for s in mine for i in s.images]
        approved = sum(
            "rejected" not in decided.get(i.sha256, set())
            and (i.review == "pass" or "approved" in decided.get(i.sha256, set()))
            and i.check_passed is not False
            for i in images
        )
        cost = round(math.fsum(s.cost_usd for s in mine), 6)
        cers = [i.cer for i in images if i.cer is not None]
        stab = [i.edit_stability for i in images if i.edit_stability is not None]
        seconds = [t for i in images for t in spent.get(i.sha256, [])]
        latencies = [s.latency_s for s in mine if s.latency_s is not None]
        out.append(
            ConfigSummary(
                name=config.name,
                baseline=config.name == pilot.baseline,
                images=len(images),
                approved=approved,
                rejections=sum(s.rejected for s in mine),
                cer_mean=round(statistics.fmean(cers), 4) if cers else None,
                edit_stability_mean=round(statistics.fmean(stab), 4) if stab else None,
                latency_p50_s=round(_percentile(latencies, 0.5), 3),
                latency_p95_s=round(_percentile(latencies, 0.95), 3),
                cost_per_image=round(cost / len(images), 6) if images else None,
                cost_per_approved=round(cost / approved, 6) if approved else None,
                review_seconds_median=round(statistics.median(seconds), 1) if seconds else None,
                reviewed=len(seconds),
                threads=len({s.thread_id for s in mine}),
                calls=sum(s.calls for s in mine),
                cost_usd=cost,
                review_pass=sum(i.review == "pass" for i in images),
                review_held=sum(i.review == "review" for i in images),
                review_blocked=sum(i.review == "block" for i in images),
                questions=sum(len(s.questions) for s in mine),
                errors=sum(s.error is not None for s in mine),
            )
        )
    return out


METRICS = (
    ("cer_mean", "text CER (mean)"),
    ("edit_stability_mean", "edit stability (SSIM outside mask)"),
    ("latency_p50_s", "image call latency p50 (s)"),
    ("latency_p95_s", "image call latency p95 (s)"),
    ("cost_per_image", "cost per image (USD)"),
    ("cost_per_approved", "cost per approved image (USD)"),
    ("rejections", "rejected calls"),
    ("review_seconds_median", "human review time, median (s)"),
)
COUNTS = (
    ("threads", "threads"),
    ("images", "images"),
    ("approved", "approved"),
    ("review_pass", "review: passed"),
    ("review_held", "review: held for a person"),
    ("review_blocked", "review: blocked"),
    ("questions", "questions answered"),
    ("calls", "model calls (ledger rows)"),
    ("cost_usd", "cost (USD)"),
    ("errors", "steps that failed"),
)


def write_csv(summaries: list[ConfigSummary], path: Path) -> Path:
    base = next(s for s in summaries if s.baseline)
    fields = list(ConfigSummary.model_fields)
    deltas = [f"{k}_vs_baseline" for k, _ in METRICS]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields + deltas)
        writer.writeheader()
        for s in summaries:
            row: dict[str, Any] = s.model_dump()
            for key, _ in METRICS:
                mine, theirs = getattr(s, key), getattr(base, key)
                row[f"{key}_vs_baseline"] = (
                    round(mine - theirs, 6) if mine is not None and theirs is not None else ""
                )
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return path


def write_samples(pilot: Pilot, samples: list[Sample], home: Path, path: Path) -> Path:
    """Every sample, its thread and ledger rows, and the data directory that holds them."""
    threads: dict[str, list[str]] = {}
    for s in samples:
        mine = threads.setdefault(s.configuration, [])
        if s.thread_id not in mine:
            mine.append(s.thread_id)
    data = {
        "pilot": pilot.name,
        "data": str(home),
        "threads": threads,
        "samples": [s.model_dump(mode="json") for s in samples],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# -- the report ------------------------------------------------------------------------------

ZERO = "all values are 0"
NO_DATA = "no values"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _chart(summaries: list[ConfigSummary], keys: list[tuple[str, str]], title: str) -> str:
    """One bar chart per metric; a metric with nothing but zeros (or no value at all) says so
    instead of drawing an empty frame, and a chart with only such metrics is not drawn."""
    empty = {
        label: (NO_DATA if all(getattr(s, key) is None for s in summaries) else ZERO)
        for key, label in keys
        if not any(getattr(s, key) for s in summaries)
    }
    if len(empty) == len(keys):
        said = "; ".join(f"{label}: {why}" for label, why in empty.items())
        return f'<p class="chart zero"><b>{_e(title)}</b>: {_e(said)}</p>'
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [s.name + (" (baseline)" if s.baseline else "") for s in summaries]
    fig, axes = plt.subplots(1, len(keys), figsize=(4.2 * len(keys), 3.2), squeeze=False)
    for ax, (key, label) in zip(axes[0], keys, strict=True):
        ax.set_title(label, fontsize=10)
        if label in empty:
            ax.set_xticks([])
            ax.set_yticks([])
            ax.text(0.5, 0.5, empty[label], ha="center", va="center", transform=ax.transAxes)
            continue
        values = [getattr(s, key) or 0.0 for s in summaries]
        colours = ["#7f7f7f" if s.baseline else "#3b6fb6" for s in summaries]
        ax.bar(names, values, color=colours)
        ax.tick_params(axis="x", labelrotation=20, labelsize=8)
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    caption = "; ".join(f"{label}: {why}" for label, why in empty.items())
    return (
        f'<figure class="chart"><img alt="{_e(title)}" src="data:image/png;base64,{data}">'
        + (f"<figcaption>{_e(caption)}</figcaption>" if caption else "")
        + "</figure>"
    )


THUMBNAIL_PX = 320


def _thumbnail(path: str) -> str | None:
    """The image as a small JPEG data URL, so the report is one file that opens anywhere."""
    try:
        with Image.open(path) as img:
            img.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            buffer = io.BytesIO()
            img.convert("RGB").save(buffer, format="JPEG", quality=85)
    except OSError:
        return None
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _caption(pilot: Pilot, sample: Sample, image: PilotImage) -> list[str]:
    review = image.review or "not reviewed"
    lines = [
        f"<span class='tag {_e(review)}'>review {_e(review)}</span> {_e(sample.step)} · "
        f"{_e(image.surface)} · {_e(image.quality)} · {_e(image.size)}"
    ]
    if sample.copy_text:
        lines.append(f"copy asked “{_e(sample.copy_text)}”")
    if image.cer is not None:
        mark = "ok" if image.cer <= pilot.max_cer else "bad"
        lines.append(f"<span class={mark}>CER {image.cer:.3f}</span> (max {pilot.max_cer})")
    elif sample.copy_text:
        lines.append("CER n/a")
    if image.edit_stability is not None:
        mark = "ok" if image.check_passed else "bad"
        lines.append(f"<span class={mark}>SSIM outside mask {image.edit_stability:.3f}</span>")
    latency = f" · image call {sample.latency_s:.2f} s" if sample.latency_s is not None else ""
    lines.append(
        f"<code>{_e(sample.thread_id)}</code> · {image.sha256[:12]} · "
        f"step ${sample.cost_usd:.4f} ({sample.calls} calls){latency}"
    )
    return lines


def _cell(pilot: Pilot, samples: list[Sample]) -> str:
    parts: list[str] = []
    for sample in samples:
        for q in sample.questions:
            parts.append(
                f"<p class=meta>asked “{_e(q['question'])}” — answered “{_e(q['answer'])}”</p>"
            )
        for image in sample.images:
            src = _thumbnail(image.path)
            picture = (
                f'<img src="{src}" alt="{_e(sample.step)} {image.sha256[:12]}">'
                if src
                else "<p class=bad>image file missing</p>"
            )
            caption = "<br>".join(_caption(pilot, sample, image))
            parts.append(f"<figure>{picture}<figcaption>{caption}</figcaption></figure>")
        if not sample.images:
            why = sample.error or sample.refusal or f"the graph chose {sample.action or 'nothing'}"
            parts.append(f"<p class=bad>{_e(sample.step)}: no image ({_e(why)})</p>")
        elif sample.refusal:
            parts.append(f"<p class=bad>{_e(sample.step)}: {_e(sample.refusal)}</p>")
        parts.extend(f"<p class=meta>{_e(note)}</p>" for note in sample.notes)
    return "".join(parts)


def contact_sheet(pilot: Pilot, samples: list[Sample]) -> str:
    """Each brief's images side by side per configuration, with what to judge them by."""
    width = len(pilot.configurations)
    column = f"<col style='width:{round(100 / width)}%'>"
    sections: list[str] = []
    for b, brief in enumerate(pilot.briefs):
        asked = f" · copy “{_e(brief.text)}”" if brief.text else ""
        edit = f" · then: {_e(brief.edit.prompt)}" if brief.edit else ""
        head = "".join(
            f"<th>{_e(c.name)}{' ★' if c.name == pilot.baseline else ''}<br>"
            f"<span class=meta>{_e(c.model)} · {_e(c.quality)} · {_e(c.size)} · "
            f"edit via {_e(c.surface)}</span></th>"
            for c in pilot.configurations
        )
        cells = "".join(
            "<td>"
            + _cell(pilot, [s for s in samples if s.brief == b and s.configuration == c.name])
            + "</td>"
            for c in pilot.configurations
        )
        sections.append(
            f"<section class=brief><h3>Brief {b + 1}: {_e(brief.prompt)}{asked}{edit}</h3>"
            f"<table class=sheet style='width:100%'><colgroup>{column * width}</colgroup>"
            f"<tr>{head}</tr><tr>{cells}</tr></table></section>"
        )
    return "".join(sections)


_STYLE = (
    "body{font:14px system-ui,sans-serif;margin:24px;color:#1d1d24}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px;"
    "text-align:left;vertical-align:top}img{max-width:100%}"
    ".sheet figure{margin:0 0 10px}.sheet img{width:100%;max-width:320px;border:1px solid #ccc}"
    "figcaption{font-size:12px;color:#333}.meta{color:#555;font-size:12px}"
    ".ok{color:#11703a}.bad{color:#b3261e}.tag{border-radius:4px;padding:0 5px;"
    "background:#eee}.tag.pass{background:#d7f2df}.tag.review{background:#fff1c2}"
    ".tag.block{background:#f8d4d0}.chart.zero{color:#555}"
)


def write_html(
    pilot: Pilot,
    summaries: list[ConfigSummary],
    path: Path,
    samples: Sequence[Sample] = (),
) -> Path:
    head = "".join(f"<th>{_e(s.name)}{' ★' if s.baseline else ''}</th>" for s in summaries)
    rows = ""
    for key, label in (*COUNTS, *METRICS):
        cells = "".join(
            f"<td>{'n/a' if getattr(s, key) is None else getattr(s, key)}</td>" for s in summaries
        )
        rows += f"<tr><th>{_e(label)}</th>{cells}</tr>"
    charts = "".join(
        [
            _chart(
                summaries,
                [("cer_mean", "text CER"), ("edit_stability_mean", "edit SSIM")],
                "Quality",
            ),
            _chart(summaries, [("latency_p50_s", "p50 s"), ("latency_p95_s", "p95 s")], "Latency"),
            _chart(
                summaries,
                [("cost_per_image", "USD / image"), ("cost_per_approved", "USD / approved")],
                "Cost",
            ),
        ]
    )
    page = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>pilot {_e(pilot.name)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>Pilot {_e(pilot.name)}</h1><p>{_e(pilot.use_case)} · "
        f"{len(pilot.briefs)} briefs × {len(pilot.configurations)} configurations, each "
        f"brief a thread through the graph · baseline ★ {_e(pilot.baseline)}. Calls, cost, "
        "latency (of the image calls) and rejections are the ledger's; CER and edit "
        "stability are read from the images. Human review time counts reviewed items in "
        "the review queue only (n/a until people review them).</p>"
        f"<table><tr><th></th>{head}</tr>{rows}</table>{charts}"
        f"<h2>Contact sheet</h2>{contact_sheet(pilot, list(samples))}</body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path
