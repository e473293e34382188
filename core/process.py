"""What atelier's entry points set up for the whole process before any thread starts.

glibc gives every thread that allocates its own malloc arena, and memory freed in one arena
is not reused by another: the threads a turn uses (LangGraph's, the review's worker, ONNX
Runtime's, the offline engine's) each grew resident memory by tens of megabytes, about
55 MB a turn here, kept for the life of the process. Capping the arenas at two keeps a
long chat flat at a few percent of speed (measured by ``python -m bench.turn``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

M_ARENA_MAX = -8  # glibc's mallopt parameter number
ARENAS = 2


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """The C library, looked up once: ``find_library`` runs ``ldconfig`` in a subprocess,
    about 2.5 ms, which paid on every node was most of a warm turn's time outside them."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas; True when applied (Linux with glibc), False elsewhere."""
    libc = _libc()
    try:
        mallopt = libc.mallopt if libc is not None else None
    except AttributeError:
        mallopt = None
    if mallopt is None:
        return False  # not Linux, or not glibc (musl has no arenas to cap)
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas))


def release_free_memory() -> None:
    """Hand memory malloc holds but no longer uses back to the system (glibc only).

    Loading a model frees large temporary buffers in the middle of the heap, which glibc
    otherwise keeps resident for the life of the process.
    """
    libc = _libc()
    try:
        trim = libc.malloc_trim if libc is not None else None
    except AttributeError:
        trim = None
    if trim is None:
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)
