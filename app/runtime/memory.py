"""Giving memory back to the system after a large release (a conversation left, old cards torn
down). Freed memory stays in the C allocator's heap, where fragmentation keeps it from the
system: glibc's ``malloc_trim`` hands whole free pages back. It walks the heap for a few
milliseconds, so it runs in a thread of its own, once the deleted widgets are gone (Qt deletes
them when the event loop turns) and Python's cycles are collected. Elsewhere (macOS, Windows,
musl) the allocators return memory by themselves and this does nothing."""

from __future__ import annotations

import gc
import sys
import threading
from typing import Any

from PySide6.QtCore import QTimer

#: Wait this long (ms) after the release, for Qt's deferred deletes to run.
DELAY_MS = 300
#: Blocks this large (bytes) are mapped on their own and unmapped when freed (glibc's default
#: rises to 32 MB as large blocks are freed, and a reply's sample buffers then fragment the heap).
MMAP_THRESHOLD = 256 * 1024
#: Heaps glibc keeps for threads (default: 8 per core): fewer heaps, less memory kept idle.
ARENA_MAX = 4
_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8


def tune_allocator() -> bool:
    """Keep a long session's large buffers (audio samples, waveforms) off the heap, so they go
    back to the system when freed (glibc only; once, at start-up). True when it could."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        libc.mallopt(_M_ARENA_MAX, ARENA_MAX)
    )


def _glibc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # loaded when first needed, not before the window's first frame

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 - glibc has it; musl does not
    except (OSError, AttributeError):
        return None
    return libc


def trim_heap() -> bool:
    """Return the C heap's free pages to the system (glibc only); True when it could."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False


def give_back_soon() -> None:
    """After the event loop has deleted what was released: collect, then trim the heap."""

    def give_back() -> None:
        gc.collect(1)  # the young generations: what the release left in cycles
        threading.Thread(target=trim_heap, name="parley-trim", daemon=True).start()

    QTimer.singleShot(DELAY_MS, give_back)
