"""The pilot evaluation: a small pilot runs offline into a CSV and a self-contained report."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent import cli
from agent.eval import load_pilot
from core.errors import InputError

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
        assert row["images"] == "2" and row["approved"] == "2" and row["rejections"] == "0"
        assert float(row["cer_mean"]) <= 0.05 and float(row["edit_stability_mean"]) > 0.99
        assert float(row["cost_per_image"]) > 0 and float(row["latency_p50_s"]) > 0
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
    ],
)
def test_bad_pilot_file_names_the_line(tmp_path: Path, text: str, fragment: str) -> None:
    shutil.copy(ROOT / "examples/sessions/inputs/top-third-1024.png", tmp_path)
    pilot = tmp_path / "pilot.yaml"
    pilot.write_text(text.lstrip("\n"), encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(fragment)):
        load_pilot(pilot)
