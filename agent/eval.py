"""The pilot evaluation: briefs × configurations, measured side by side with a baseline.

A pilot file names briefs (with the copy each must show, and optionally a masked edit to
test edit stability) and configurations (image model, surface, size, quality, n,
moderation level), one of them the baseline. Every brief runs under every configuration
straight through the image tools (no decision model, so configurations differ only in
what they set). Per configuration: text-rendering CER, edit stability, latency p50/p95,
cost per image and per approved image, moderation rejections, and human review time
from the review queue (every output is queued for review; the time shows once people
have reviewed them). Output: ``pilot.csv`` and a self-contained ``pilot.html`` with
matplotlib charts embedded as PNG.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import statistics
import time
from pathlib import Path
from typing import Any

import pydantic

from agent.yamlfile import load_yaml, resolve
from core.errors import InputError, ModerationBlocked
from core.settings import Settings
from core.types import ImageModeration, ImageStep, ImageSurface, Quality
from memory.assets import AssetStore
from memory.review_queue import ReviewQueue, review_db
from tools import images as image_api
from tools import qa
from tools.client import make_client
from tools.pricing import PriceTable


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
    surface: ImageSurface = "image-api"
    size: str = "1024x1024"
    quality: Quality = "low"
    n: int = pydantic.Field(default=1, ge=1, le=4)
    moderation: ImageModeration = "auto"


class Pilot(_Strict):
    name: str = pydantic.Field(min_length=1)
    use_case: str = ""
    baseline: str
    configurations: list[Configuration] = pydantic.Field(min_length=1)
    briefs: list[PilotBrief] = pydantic.Field(min_length=1)
    max_cer: float = pydantic.Field(default=0.05, ge=0, le=1)


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
    for i, brief in enumerate(pilot.briefs):
        if brief.edit is not None and not resolve(path.parent, brief.edit.mask).is_file():
            line = lines.line(("briefs", i, "edit", "mask"))
            raise InputError(f"{path}:{line}: {brief.edit.mask}: file not found")
    return pilot


class Sample(pydantic.BaseModel):
    configuration: str
    brief: int
    step: ImageStep
    latency_s: float
    cost_usd: float
    rejected: bool = False
    assets: list[str] = pydantic.Field(default_factory=list)
    cer: float | None = None
    edit_stability: float | None = None
    approved: int = 0


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


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _cost(prices: PriceTable, config: Configuration, result: image_api.ImageResult) -> float:
    usage = result.usage
    # A Responses call's usage is the whole response's, priced for the mainline model;
    # the image tool's own output is billed apart, so that surface uses the image estimate.
    if config.surface == "responses":
        usage = image_api.Usage()
    exact = prices.cost(
        config.model, text_in=usage.text_in, image_in=usage.image_in, output=usage.output
    )
    if exact:
        return exact
    estimate = prices.estimate_image(
        config.model, quality=config.quality, size=config.size, n=config.n
    )
    return estimate or 0.0


def _call(
    client: Any,
    decision_model: str,
    config: Configuration,
    prompt: str,
    base: bytes | None = None,
    mask: bytes | None = None,
) -> image_api.ImageResult:
    if config.surface == "responses":
        from tools.responses import image_tool

        urls = [image_api.InputImage("base.png", base).data_url()] if base else []
        mask_url = image_api.InputImage("mask.png", mask).data_url() if mask else None
        return image_tool(
            client,
            model=decision_model,
            image_model=config.model,
            prompt=prompt,
            image_urls=urls,
            size=config.size,
            quality=config.quality,
            action="edit" if base else "generate",
            mask_url=mask_url,
            moderation=config.moderation,
        ).result
    if base is None:
        return image_api.generate(
            client,
            model=config.model,
            prompt=prompt,
            size=config.size,
            quality=config.quality,
            n=config.n,
            moderation=config.moderation,
        )
    return image_api.edit(
        client,
        model=config.model,
        prompt=prompt,
        images=[image_api.InputImage("base.png", base)],
        mask=image_api.InputImage("mask.png", mask) if mask else None,
        size=config.size,
        quality=config.quality,
        n=1,
        moderation=config.moderation,
    )


def run_pilot(source: Path, out: Path, settings: Settings) -> tuple[Pilot, list[Sample]]:
    pilot = load_pilot(source)
    out.mkdir(parents=True, exist_ok=True)
    client = make_client(settings).client
    prices = PriceTable.load(settings.home / "prices.yaml")
    assets = AssetStore(settings.assets_dir)
    queue = ReviewQueue(review_db(settings.home))
    samples: list[Sample] = []
    for config in pilot.configurations:
        for b, brief in enumerate(pilot.briefs):
            prompt = brief.prompt
            if brief.text:
                prompt += f'\nRender this text exactly: "{brief.text}"'
            sample = _step(
                client,
                settings.decision_model,
                config,
                b,
                "generate",
                prompt,
                prices,
                assets,
                queue,
            )
            produced = [assets.get(s) for s in sample.assets]
            if produced and brief.text:
                checks = [
                    qa.text_rendering(a.path, brief.text, threshold=pilot.max_cer) for a in produced
                ]
                sample.cer = statistics.fmean(c.score for c in checks)
                sample.approved = sum(c.passed for c in checks)
            elif produced:
                sample.approved = len(produced)
            samples.append(sample)
            if brief.edit is not None and produced:
                mask_path = resolve(source.parent, brief.edit.mask)
                parent = produced[0]
                edit = _step(
                    client,
                    settings.decision_model,
                    config,
                    b,
                    "edit",
                    brief.edit.prompt,
                    prices,
                    assets,
                    queue,
                    base=Path(parent.path).read_bytes(),
                    mask=mask_path.read_bytes(),
                    parent=parent.sha256,
                )
                if edit.assets:
                    child = assets.get(edit.assets[0])
                    check = qa.edit_stability(parent.path, child.path, mask_path)
                    edit.edit_stability = check.score
                    edit.approved = int(check.passed)
                samples.append(edit)
    return pilot, samples


def _step(
    client: Any,
    decision_model: str,
    config: Configuration,
    brief: int,
    step: ImageStep,
    prompt: str,
    prices: PriceTable,
    assets: AssetStore,
    queue: ReviewQueue,
    *,
    base: bytes | None = None,
    mask: bytes | None = None,
    parent: str | None = None,
) -> Sample:
    started = time.perf_counter()
    try:
        result = _call(client, decision_model, config, prompt, base, mask)
    except ModerationBlocked:
        return Sample(
            configuration=config.name,
            brief=brief,
            step=step,
            latency_s=time.perf_counter() - started,
            cost_usd=0.0,
            rejected=True,
        )
    latency = time.perf_counter() - started
    shas: list[str] = []
    for data in result.images:
        ref = assets.put_bytes(data, parent=parent, note=f"pilot {config.name}")
        queue.add(ref.sha256, thread_id=None, reasons=[f"pilot sample: {config.name}"])
        shas.append(ref.sha256)
    return Sample(
        configuration=config.name,
        brief=brief,
        step=step,
        latency_s=latency,
        cost_usd=_cost(prices, config, result),
        assets=shas,
    )


def summarise(pilot: Pilot, samples: list[Sample], queue: ReviewQueue) -> list[ConfigSummary]:
    items = {i.asset_sha256: i for i in queue.list(status=None, limit=100_000)}
    out: list[ConfigSummary] = []
    for config in pilot.configurations:
        mine = [s for s in samples if s.configuration == config.name]
        images = sum(len(s.assets) for s in mine)
        approved = sum(s.approved for s in mine)
        cost = sum(s.cost_usd for s in mine)
        cers = [s.cer for s in mine if s.cer is not None]
        stab = [s.edit_stability for s in mine if s.edit_stability is not None]
        spent = [
            items[a].seconds_spent
            for s in mine
            for a in s.assets
            if a in items and items[a].seconds_spent is not None
        ]
        latencies = [s.latency_s for s in mine if not s.rejected]
        out.append(
            ConfigSummary(
                name=config.name,
                baseline=config.name == pilot.baseline,
                images=images,
                approved=approved,
                rejections=sum(s.rejected for s in mine),
                cer_mean=round(statistics.fmean(cers), 4) if cers else None,
                edit_stability_mean=round(statistics.fmean(stab), 4) if stab else None,
                latency_p50_s=round(_percentile(latencies, 0.5), 3),
                latency_p95_s=round(_percentile(latencies, 0.95), 3),
                cost_per_image=round(cost / images, 6) if images else None,
                cost_per_approved=round(cost / approved, 6) if approved else None,
                review_seconds_median=(
                    round(statistics.median(s for s in spent if s is not None), 1)
                    if spent
                    else None
                ),
                reviewed=len(spent),
            )
        )
    return out


METRICS = (
    ("cer_mean", "text CER (mean)"),
    ("edit_stability_mean", "edit stability (SSIM outside mask)"),
    ("latency_p50_s", "latency p50 (s)"),
    ("latency_p95_s", "latency p95 (s)"),
    ("cost_per_image", "cost per image (USD)"),
    ("cost_per_approved", "cost per approved image (USD)"),
    ("rejections", "moderation rejections"),
    ("review_seconds_median", "human review time, median (s)"),
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


def _chart(summaries: list[ConfigSummary], keys: list[tuple[str, str]], title: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [s.name + (" (baseline)" if s.baseline else "") for s in summaries]
    fig, axes = plt.subplots(1, len(keys), figsize=(4.2 * len(keys), 3.2), squeeze=False)
    for ax, (key, label) in zip(axes[0], keys, strict=True):
        values = [getattr(s, key) or 0.0 for s in summaries]
        colours = ["#7f7f7f" if s.baseline else "#3b6fb6" for s in summaries]
        ax.bar(names, values, color=colours)
        ax.set_title(label, fontsize=10)
        ax.tick_params(axis="x", labelrotation=20, labelsize=8)
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{html.escape(title)}" src="data:image/png;base64,{data}">'


def write_html(pilot: Pilot, summaries: list[ConfigSummary], path: Path) -> Path:
    head = "".join(f"<th>{html.escape(s.name)}{' ★' if s.baseline else ''}</th>" for s in summaries)
    rows = ""
    for key, label in (("images", "images"), ("approved", "approved"), *METRICS):
        cells = "".join(
            f"<td>{'n/a' if getattr(s, key) is None else getattr(s, key)}</td>" for s in summaries
        )
        rows += f"<tr><th>{html.escape(label)}</th>{cells}</tr>"
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
        f"<title>pilot {html.escape(pilot.name)}</title><style>"
        "body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 10px;text-align:left}img{max-width:100%}"
        "</style></head><body>"
        f"<h1>Pilot {html.escape(pilot.name)}</h1><p>{html.escape(pilot.use_case)} · "
        f"{len(pilot.briefs)} briefs × {len(pilot.configurations)} configurations · "
        f"baseline ★ {html.escape(pilot.baseline)}. Human review time counts reviewed "
        "items in the review queue only (n/a until people review them).</p>"
        f"<table><tr><th></th>{head}</tr>{rows}</table>{charts}</body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path
