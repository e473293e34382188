"""Process-wide memory settings: malloc arenas capped, large blocks mapped, freed memory handed
back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Six threads allocate at once; then glibc's own report says how many arenas exist.
_CHILD = """
import ctypes, sys, threading
from core.process import limit_malloc_arenas, release_free_memory
if sys.argv[1] == "cap":
    assert limit_malloc_arenas(2)
gate = threading.Barrier(6)
kept = []
def churn():
    gate.wait()
    blocks = [bytearray(20_000) for _ in range(500)]
    kept.append(blocks[-1])
threads = [threading.Thread(target=churn) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
release_free_memory()
libc = ctypes.CDLL("libc.so.6")
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]
report = libc.fopen(sys.argv[2].encode(), b"w")
libc.malloc_info(0, report)
libc.fclose(report)
"""


def _arenas(mode: str, tmp_path: Path) -> int:
    report = tmp_path / f"malloc-{mode}.xml"
    subprocess.run([sys.executable, "-c", _CHILD, mode, str(report)], timeout=60, check=True)
    return report.read_text().count("<heap nr=")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc arenas are Linux's")
def test_threads_share_the_capped_arenas(tmp_path: Path) -> None:
    assert _arenas("cap", tmp_path) <= 2
    # Without the cap the same threads open arenas of their own.
    assert _arenas("none", tmp_path) > 2


# One big block freed (up to glibc's 32 MB cap) raises its threshold to that size, and the
# trim threshold to twice it: the pictures after it then come from the heap and stay
# resident when freed, unless the threshold is fixed.
_PICTURES = """
import os, sys
from core.process import map_large_blocks
if sys.argv[1] == "map":
    assert map_large_blocks()
def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
first = bytearray(24 << 20)
del first
before = resident_mb()
pictures = [bytearray(4 << 20) for _ in range(10)]
del pictures
print(resident_mb() - before)
"""


def _kept_mb(mode: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PICTURES, mode], timeout=60, check=True, capture_output=True
    )
    return float(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mmap threshold")
def test_freed_pictures_go_back_to_the_system() -> None:
    assert _kept_mb("map") < 5
    # Without the fixed threshold the same 40 MB stay resident after they are freed.
    assert _kept_mb("none") > 30
