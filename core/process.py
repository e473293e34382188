"""What atelier's entry points set up for the whole process before any thread starts.

glibc gives every thread that allocates its own malloc arena, and memory freed in one arena
is not reused by another: the threads a turn uses (LangGraph's, the review's worker, ONNX
Runtime's, the offline engine's) each grew resident memory by tens of megabytes, about
55 MB a turn here, kept for the life of the process. Capping the arenas at two keeps a
long chat flat at a few percent of speed (measured by ``python -m bench.turn``).

Pictures are large blocks (a 4K image's pixels are 25-33 MB, its working arrays as much
again). glibc serves a block above its mmap threshold with a mapping of its own, returned
to the system the moment it is freed; but it raises that threshold to the size of every
mapped block freed, so after the first 4K image every picture of a turn came from the heap,
and what they left there stayed resident. The threshold is fixed at ``MMAP_THRESHOLD``
instead: a turn's pictures leave nothing behind, with no ``malloc_trim`` walk of the heap
after each node (``python -m bench.session``: growth 1-2 KB a turn instead of 11-26, the
peak 30 MB lower, turns as fast).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

# glibc's mallopt parameter numbers.
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
ARENAS = 2
MMAP_THRESHOLD = 1 << 20


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


def _mallopt(param: int, value: int) -> bool:
    libc = _libc()
    try:
        mallopt = libc.mallopt if libc is not None else None
    except AttributeError:
        mallopt = None
    if mallopt is None:
        return False  # not Linux, or not glibc (musl has neither arenas nor this threshold)
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(param, value))


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas; True when applied (Linux with glibc), False elsewhere."""
    return _mallopt(M_ARENA_MAX, arenas)


def map_large_blocks(threshold: int = MMAP_THRESHOLD) -> bool:
    """Serve blocks of ``threshold`` bytes and more from mappings freed at once, whatever
    sizes were freed before; True when applied (Linux with glibc). Safe to call again."""
    return _mallopt(M_MMAP_THRESHOLD, threshold)


def tune_memory() -> None:
    """What every entry point sets before any thread starts (see the module docstring)."""
    limit_malloc_arenas()
    map_large_blocks()


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
