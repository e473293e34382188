"""The pilot evaluation: a small pilot runs offline into a CSV and a self-contained report."""

from __future__ import annotations

import base64
import csv
import io
import json
import math
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from typer.testing import CliRunner

from agent import cli
from agent.context import build_services
from agent.eval import (
    ConfigSummary,
    Pilot,
    Sample,
    _chart,
    load_pilot,
    run_directory,
    run_pilot,
    summarise,
    thread_name,
    write_csv,
    write_html,
    write_samples,
)
from core.errors import InputError, StateConflict
from core.settings import Settings
from memory.ledger import Ledger
from memory.review_queue import ReviewQueue, review_db
from tools.client import ProviderClient
from tools.offline import OfflineEngine, offline_client

ROOT = Path(__file__).resolve().parents[2]

PILOT = """
name: tiny
use_case: square social post
baseline: current
configurations:
  - {name: current, surface: image-api, quality: low}
  - {name: candidate, surface: responses, quality: medium}
briefs:
  - prompt: A square summer-sale post for Acme
    text: Summer Sale
    edit: {prompt: a bright yellow sun, mask: top-third-1024.png}
"""


def test_pilot_runs_offline_into_csv_and_html(tmp_path: Path) -> None:
    shutil.copy(ROOT / "examples/sessions/inputs/top-third-1024.png", tmp_path)
    pilot = tmp_path / "pilot.yaml"
    pilot.write_text(PILOT, encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["eval", str(pilot), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in csv.DictReader((tmp_path / "o/pilot.csv").open())}
    assert set(rows) == {"current", "candidate"} and rows["current"]["baseline"] == "True"
    for row in rows.values():
        assert row["images"] == "2" and row["rejections"] == "0"
        assert float(row["cer_mean"]) <= 0.05
        assert float(row["cost_per_image"]) > 0 and float(row["latency_p50_s"]) > 0
    # The masked edit through the Image API keeps everything outside the mask. Through the
    # graph, a Responses edit is a continuation without the mask, and it shows.
    current, candidate = rows["current"], rows["candidate"]
    assert current["approved"] == "2" and float(current["edit_stability_mean"]) > 0.99
    assert float(candidate["edit_stability_mean"]) < float(current["edit_stability_mean"])
    assert candidate["approved"] == "1"
    # medium costs more than low at the same size
    assert float(rows["candidate"]["cost_per_image_vs_baseline"]) > 0
    page = (tmp_path / "o/pilot.html").read_text(encoding="utf-8")
    assert len(re.findall(r'src="data:image/png;base64,', page)) == 3
    assert "http://" not in page and "https://" not in page


def test_example_pilot_is_valid() -> None:
    pilot = load_pilot(ROOT / "examples" / "pilot.yaml")
    assert pilot.baseline in {c.name for c in pilot.configurations}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (PILOT.replace("baseline: current", "baseline: nope"), ":3: baseline 'nope'"),
        (
            PILOT.replace("quality: low}", "quality: low, colour: red}"),
            ":5: configurations[0].colour: unknown key",
        ),
        (PILOT.replace("top-third-1024.png", "gone.png"), ":10: gone.png: file not found"),
        (
            PILOT.replace("name: candidate", "name: current"),
            ":6: configurations[1].name 'current' names the same threads as 'current'",
        ),
        (
            PILOT.replace("quality: medium}", "quality: medium, size: huge}"),
            ":6: configurations[1].size: unknown size 'huge'",
        ),
        (
            PILOT.replace("quality: medium}", "quality: medium, size: 1536x1024}"),
            ":10: top-third-1024.png is 1024x1024 but configuration 'candidate' makes 1536x1024",
        ),
    ],
)
def test_bad_pilot_file_names_the_line(tmp_path: Path, text: str, fragment: str) -> None:
    shutil.copy(ROOT / "examples/sessions/inputs/top-third-1024.png", tmp_path)
    pilot = tmp_path / "pilot.yaml"
    pilot.write_text(text.lstrip("\n"), encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(fragment)):
        load_pilot(pilot)


THREE = """
name: three
baseline: low
configurations:
  - {name: low, quality: low}
  - {name: medium, quality: medium, surface: responses}
briefs:
  - prompt: A square summer-sale post for Acme
    text: Summer Sale
    edit: {prompt: a bright yellow sun, mask: top-third-1024.png}
  - prompt: A summer-sale visual for Acme
    text: Hello
"""


@dataclass
class PilotRun:
    pilot: Pilot
    samples: list[Sample]
    out: Path
    home: Path
    requests: list[str]
    source: Path
    settings: Settings


@pytest.fixture
def pilot_run(settings: Settings, tmp_path: Path) -> PilotRun:
    shutil.copy(ROOT / "examples/sessions/inputs/top-third-1024.png", tmp_path)
    source = tmp_path / "pilot.yaml"
    source.write_text(THREE, encoding="utf-8")
    out = tmp_path / "out"
    home = run_directory(out)
    settings = settings.model_copy(update={"home": home, "partial_images": 0})
    # Every request that reaches the provider, as the engine sees it.
    engine = OfflineEngine(settings.engine_dir)
    inner = engine.asgi_app
    requests: list[str] = []

    async def counting(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            requests.append(str(scope["path"]))
        await inner(scope, receive, send)

    engine.asgi_app = counting  # type: ignore[assignment]
    client = offline_client(engine, max_retries=0)
    services = build_services(settings, provider=ProviderClient(client, "offline"))
    pilot, samples = run_pilot(source, out, settings, services=services)
    queue = ReviewQueue(review_db(home))
    summaries = summarise(pilot, samples, queue)
    write_csv(summaries, out / "pilot.csv")
    write_html(pilot, summaries, out / "pilot.html", samples)
    write_samples(pilot, samples, home, out / "pilot.json")
    return PilotRun(pilot, samples, out, home, requests, source, settings)


def test_every_call_of_a_pilot_is_a_ledger_row_of_its_thread(pilot_run: PilotRun) -> None:
    rows = Ledger(pilot_run.home / "ledger.sqlite").rows()
    threads = {thread_name(c, b) for c in pilot_run.pilot.configurations for b in range(2)}
    assert threads == {"pilot-low-b1", "pilot-low-b2", "pilot-medium-b1", "pilot-medium-b2"}
    assert {r.thread_id for r in rows} == threads
    assert {s.thread_id for s in pilot_run.samples} == threads
    assert sorted(i for s in pilot_run.samples for i in s.rows) == [r.id for r in rows]
    # Each image request and each Responses request is a row (decisions, image calls).
    image_calls = [r for r in rows if r.surface == "image-api"]
    responses_calls = [r for r in rows if r.surface == "responses"]
    assert len(image_calls) == sum(p.startswith("/v1/images/") for p in pilot_run.requests)
    assert len(responses_calls) == sum(p == "/v1/responses" for p in pilot_run.requests)
    assert {r.node for r in rows} >= {"moderate_input", "decide", "generate", "edit", "review"}
    # The configuration reached the image calls: model, quality, surface of the edit.
    made = [r for r in rows if r.node in ("generate", "edit")]
    assert {(r.thread_id, r.quality) for r in made} == {
        ("pilot-low-b1", "low"),
        ("pilot-low-b2", "low"),
        ("pilot-medium-b1", "medium"),
        ("pilot-medium-b2", "medium"),
    }
    edits = {r.thread_id: r.surface for r in made if r.node == "edit"}
    assert edits == {"pilot-low-b1": "image-api", "pilot-medium-b1": "responses"}
    # The brief without a format was asked about, and answered from the configuration.
    [asked] = [s for s in pilot_run.samples if s.thread_id == "pilot-low-b2"]
    assert asked.questions and "1024x1024" in asked.questions[0]["answer"]
    assert [i.size for i in asked.images] == ["1024x1024"]
    # A second run into the same data directory would mix its figures with these.
    with pytest.raises(StateConflict, match="already holds pilot threads"):
        run_pilot(pilot_run.source, pilot_run.out, pilot_run.settings)


def test_csv_figures_are_sums_of_the_ledger_rows(pilot_run: PilotRun) -> None:
    rows = Ledger(pilot_run.home / "ledger.sqlite").rows()
    table = {r["name"]: r for r in csv.DictReader((pilot_run.out / "pilot.csv").open())}
    written = json.loads((pilot_run.out / "pilot.json").read_text(encoding="utf-8"))
    assert written["data"] == str(pilot_run.home)
    for name, threads in written["threads"].items():
        mine = [r for r in rows if r.thread_id in threads]
        made = [
            r
            for r in mine
            if r.node in ("generate", "edit") and r.outcome in ("generated", "edited")
        ]
        cost = round(math.fsum(r.cost_usd or 0.0 for r in mine), 6)
        images = sum(len(r.assets) for r in made)
        row = table[name]
        assert int(row["calls"]) == len(mine)
        assert float(row["cost_usd"]) == pytest.approx(cost, abs=1e-6) and cost > 0
        assert int(row["images"]) == images == 3
        assert int(row["rejections"]) == sum(r.outcome == "rejected" for r in mine)
        assert float(row["cost_per_image"]) == pytest.approx(cost / images, abs=1e-6)
        latencies = sorted(r.latency_ms / 1000 for r in made)
        assert float(row["latency_p50_s"]) == pytest.approx(latencies[1], abs=1e-3)
        assert float(row["latency_p95_s"]) == pytest.approx(
            latencies[1] + (latencies[2] - latencies[1]) * 0.9, abs=1e-3
        )
        assert int(row["review_pass"]) == images and row["errors"] == "0"


def test_html_has_a_contact_sheet_of_every_image(pilot_run: PilotRun) -> None:
    page = (pilot_run.out / "pilot.html").read_text(encoding="utf-8")
    thumbnails = re.findall(r'<img src="data:image/jpeg;base64,([^"]+)" alt="(\w+) (\w+)"', page)
    made = [(s.step, i.sha256[:12]) for s in pilot_run.samples for i in s.images]
    assert sorted((step, sha) for _, step, sha in thumbnails) == sorted(made)
    assert len(made) == 6
    for data, _, _ in thumbnails:
        with Image.open(io.BytesIO(base64.b64decode(data))) as img:
            assert img.format == "JPEG" and max(img.size) <= 320
    sheet = page.split("<h2>Contact sheet</h2>", 1)[1]
    assert sheet.count("<section class=brief>") == 2
    assert sheet.count("copy asked “Summer Sale”") == 2 and sheet.count("CER 0.") >= 4
    assert sheet.count("review pass") == 6 and "SSIM outside mask" in sheet
    assert "answered “" in sheet  # the question the second brief raised


def _summary(name: str, baseline: bool, **values: float | None) -> ConfigSummary:
    fields: dict[str, Any] = {
        "images": 1,
        "approved": 1,
        "rejections": 0,
        "cer_mean": None,
        "edit_stability_mean": None,
        "latency_p50_s": 0.0,
        "latency_p95_s": 0.0,
        "cost_per_image": None,
        "cost_per_approved": None,
        "review_seconds_median": None,
        "reviewed": 0,
    }
    fields.update(values)
    return ConfigSummary(name=name, baseline=baseline, **fields)


def test_a_chart_of_zeros_says_so_instead_of_drawing_an_empty_frame() -> None:
    zeros = [
        _summary("a", True, cer_mean=0.0, latency_p50_s=0.0),
        _summary("b", False, cer_mean=0.0, latency_p50_s=0.0),
    ]
    html = _chart(zeros, [("cer_mean", "text CER"), ("edit_stability_mean", "edit SSIM")], "Q")
    assert "<img" not in html
    assert "text CER: all values are 0" in html and "edit SSIM: no values" in html
    mixed = [_summary("a", True, cer_mean=0.0, latency_p50_s=0.2), *zeros[1:]]
    html = _chart(mixed, [("cer_mean", "text CER"), ("latency_p50_s", "p50 s")], "Q")
    assert 'src="data:image/png;base64,' in html
    assert "<figcaption>text CER: all values are 0</figcaption>" in html
