"""scripts/system-deps.sh (what `make demo` and `make test` run first), against stub tools.

Each case puts fake ``dpkg-query``, ``apt-get``, ``id``, ``uname`` and ``tesseract`` on
PATH, so the real decision logic runs without touching the machine's packages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system-deps.sh"


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)


@pytest.fixture
def fakebin(tmp_path: Path) -> Path:
    """A PATH holding only the stubs plus the basic tools the script needs."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in ("sh", "grep", "printf", "find", "cat", "touch"):
        found = shutil.which(tool)
        assert found is not None, tool
        os.symlink(found, folder / tool)
    return folder


def _dpkg(folder: Path, installed_file: Path) -> None:
    # Like dpkg-query: a package it has never heard of prints nothing and exits 1.
    _stub(
        folder,
        "dpkg-query",
        f'pkg="$3"\nif grep -qx "$pkg" {installed_file} 2>/dev/null; then\n'
        '  printf "install ok installed"; exit 0\nfi\n'
        'echo "dpkg-query: no packages found matching $pkg" >&2; exit 1\n',
    )


def _debian(fakebin: Path, tmp_path: Path, packages: str, *, uid: int) -> Path:
    """A Debian machine with ``packages`` installed (one a line), run as ``uid``."""
    installed = tmp_path / "installed.txt"
    installed.write_text(packages)
    _dpkg(fakebin, installed)
    _stub(fakebin, "id", f"echo {uid}\n")
    return installed


def _run(folder: Path, *packages: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(folder), "HOME": str(folder.parent)}
    return subprocess.run(
        ["sh", str(SCRIPT), *packages],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_unknown_package_is_missing_not_installed(fakebin: Path, tmp_path: Path) -> None:
    _debian(fakebin, tmp_path, "fonts-noto-core\n", uid=1000)
    _stub(fakebin, "apt-get", "exit 0\n")
    result = _run(fakebin, "fonts-noto-core", "no-such-package")
    assert result.returncode == 1
    assert "no-such-package" in result.stderr
    assert "fonts-noto-core" not in result.stderr.split("missing system packages:")[1].split()[0]
    assert "sudo apt-get install -y --no-install-recommends no-such-package" in result.stderr
    assert "SYSTEM_DEPS=skip" in result.stderr


def test_root_with_apt_installs_only_the_missing(fakebin: Path, tmp_path: Path) -> None:
    installed = tmp_path / "installed.txt"
    installed.write_text("fonts-noto-core\n")
    calls = tmp_path / "apt-calls.txt"
    _dpkg(fakebin, installed)
    _stub(fakebin, "id", "echo 0\n")
    # The fake apt-get "installs" what it is asked for, and logs the call.
    _stub(
        fakebin,
        "apt-get",
        f'echo "$*" >> {calls}\n'
        'if [ "$1" = install ]; then for p in "$@"; do case "$p" in -*|install) ;; '
        f'*) echo "$p" >> {installed};; esac; done; fi\nexit 0\n',
    )
    result = _run(fakebin, "fonts-noto-core", "tesseract-ocr")
    assert result.returncode == 0, result.stderr
    log = calls.read_text()
    assert "update -qq" in log
    assert "tesseract-ocr" in log and "fonts-noto-core" not in log


@pytest.mark.parametrize(
    ("apt", "package", "said"),
    [
        (
            'if [ "$1" = install ]; then echo "E: Unable to locate package no-such-package" >&2; '
            "exit 100; fi\nexit 0\n",
            "no-such-package",
            "could not install: no-such-package",
        ),
        # apt-get says yes and installs nothing: still an error.
        ("exit 0\n", "tesseract-ocr", "still not installed after apt-get: tesseract-ocr"),
    ],
)
def test_root_with_apt_fails_loudly(
    fakebin: Path, tmp_path: Path, apt: str, package: str, said: str
) -> None:
    _debian(fakebin, tmp_path, "", uid=0)
    _stub(fakebin, "apt-get", apt)
    result = _run(fakebin, package)
    assert result.returncode == 1
    assert said in result.stderr


def test_everything_installed_passes_without_apt(fakebin: Path, tmp_path: Path) -> None:
    _debian(fakebin, tmp_path, "fonts-noto-core\ntesseract-ocr\n", uid=0)
    _stub(fakebin, "apt-get", "echo apt-get should not run >&2; exit 9\n")
    result = _run(fakebin, "fonts-noto-core", "tesseract-ocr")
    assert result.returncode == 0
    assert result.stderr == ""


def test_macos_without_tesseract_names_the_homebrew_command(fakebin: Path) -> None:
    _stub(fakebin, "uname", "echo Darwin\n")
    _stub(fakebin, "id", "echo 501\n")
    result = _run(fakebin, "tesseract-ocr")
    assert result.returncode == 1
    assert "brew install tesseract tesseract-lang" in result.stderr


def test_no_dpkg_but_everything_present_passes(fakebin: Path, tmp_path: Path) -> None:
    _stub(fakebin, "uname", "echo Darwin\n")
    _stub(
        fakebin,
        "tesseract",
        'echo "List of available languages (7):"; '
        "for l in eng jpn kor chi_sim hin ben osd; do echo $l; done\n",
    )
    fonts = tmp_path / "Library" / "Fonts"
    fonts.mkdir(parents=True)
    (fonts / "NotoSansCJK-Bold.ttc").write_bytes(b"")
    result = _run(fakebin, "tesseract-ocr")
    assert result.returncode == 0, result.stderr


def test_make_passes_its_package_list_to_the_script(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.fail("make is not installed: apt-get install make")
    result = subprocess.run(
        ["make", "-n", "-s", "system-deps", "DEBIAN_PACKAGES=no-such-package"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "scripts/system-deps.sh no-such-package" in result.stdout
    skipped = subprocess.run(
        ["make", "-s", "system-deps", "SYSTEM_DEPS=skip"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "skipped" in skipped.stdout
