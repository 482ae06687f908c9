"""A long session: the window answers 300 prompts in one conversation (offline demo, autoplay on)
and its memory stays flat; opening a new conversation gives it back.

Run with the test suite's services (a sound server for playback):
    packaging/dev.sh with-services .venv/bin/python bench/soak.py

Parley's real window on the qasync loop, offscreen, the demo server in its own process; each
prompt asks for a ~6 s reply (``/long 6``), streamed as pcm16 and played as it arrives (the next
prompt goes out when the reply is complete, cutting the playback of the one before, as a quick
user would). Resident memory (VmRSS) is read after 20 replies (warm: every code path loaded,
caches filled), after 300, and after "New" has opened an empty conversation (and a few seconds
of idle). Baseline: the resident memory of the same window before its first prompt, and what
300 replies' audio weighs as received. A 5 ms QTimer records the longest gap between its ticks
from the 20th reply to the end (the new conversation included); its baseline is the same timer
in the same window, idle, for 3 s before the first prompt (on a shared machine, what the
scheduler alone costs).
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPLIES = int(os.environ.get("PARLEY_SOAK_REPLIES", "300"))
WARM = 20
GROWTH_BUDGET_MB = 60.0
GIVEN_BACK_BUDGET = 0.5  # at least half of the growth
STALL_BUDGET_MS = 50.0


class _MallInfo2(ctypes.Structure):
    _NAMES = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"
    _fields_ = [(name, ctypes.c_size_t) for name in _NAMES.split()]


def heap_in_use_mb() -> float:
    """Bytes the C heap hands out (glibc's mallinfo2; NaN elsewhere): memory given back to the
    allocator shows here even when fragmentation keeps it resident."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
    except (OSError, AttributeError):
        return float("nan")
    info = libc.mallinfo2()
    return float(info.uordblks + info.hblkhd) / 2**20


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


class StallWatch:
    """The longest gap between the ticks of a 5 ms timer, from ``start`` on."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self.running = False
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def start(self) -> None:
        self.running, self._last, self.longest = True, time.perf_counter(), 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.running:
            self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.longest * 1000


def soak() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from app.core.settings import Profile, Settings
    from app.runtime.qtloop import make_loop
    from app.shell.wiring import create_app
    from bench.demo_process import start_server

    tmp = Path(tempfile.mkdtemp())
    server, url = start_server()
    Settings(profiles=[Profile("Bench", url)], active_profile="Bench").save(tmp / "s.json")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    loop = make_loop(app)
    figures: dict[str, float] = {}

    async def run() -> None:
        parts = create_app(app, settings_path=tmp / "s.json", data_dir=tmp / "data")
        gc.freeze()  # as app.shell.gui.main does once the window is up
        parts.window.show()
        parts.window.start()
        deadline = time.monotonic() + 20
        while not parts.session.endpoint and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        chat = parts.window.chat
        chat.controls.autoplay.setChecked(True)
        await asyncio.sleep(1.0)
        figures["start"] = rss_mb()
        idle = StallWatch()
        idle.start()
        await asyncio.sleep(3.0)
        figures["idle_stall_ms"] = idle.stop()
        done = asyncio.Event()
        parts.session.busy_changed.connect(lambda busy: None if busy else done.set())
        watch = StallWatch()
        started = time.perf_counter()
        received = 0
        for n in range(1, REPLIES + 1):
            done.clear()
            if not chat.send("/long 6"):
                raise RuntimeError(f"prompt {n} was refused")
            await asyncio.wait_for(done.wait(), 60)
            turn = chat.conversation.turns[-1]
            if turn.role != "assistant" or turn.audio is None:
                raise RuntimeError(f"reply {n} did not arrive: {turn}")
            received += len(turn.audio.read_bytes())
            await asyncio.sleep(0.05)  # a user reads a little
            if n == WARM:
                await asyncio.sleep(1.0)
                figures["warm"] = rss_mb()
                figures["heap_warm"] = heap_in_use_mb()
                watch.start()
            if n % 50 == 0:
                print(f"  {n} replies, {rss_mb():.0f} MB, {time.perf_counter() - started:.0f} s")
        await asyncio.sleep(1.0)
        figures["end"] = rss_mb()
        figures["heap_end"] = heap_in_use_mb()
        figures["received_mb"] = received / 2**20
        figures["seconds"] = time.perf_counter() - started
        parts.window.history.on_new_clicked() if parts.window.history else chat.new_conversation()
        await asyncio.sleep(3.0)
        figures["new"] = rss_mb()
        figures["heap_new"] = heap_in_use_mb()
        figures["stall_ms"] = watch.stop()
        await parts.shutdown()

    try:
        with loop:
            loop.run_until_complete(run())
    finally:
        server.kill()
    return figures


def main() -> int:
    f = soak()
    growth = f["end"] - f["warm"]
    given_back = f["end"] - f["new"]
    share = given_back / growth if growth > 0 else 1.0
    print(
        f"{REPLIES} replies of ~6 s in {f['seconds']:.0f} s; their audio as received:"
        f" {f['received_mb']:.0f} MB (baseline)"
    )
    print(
        f"resident memory: {f['start']:.0f} MB before the first prompt (baseline),"
        f" {f['warm']:.0f} MB after {WARM} replies, {f['end']:.0f} MB after {REPLIES},"
        f" {f['new']:.0f} MB after opening a new conversation"
    )
    print(
        f"growth {WARM}->{REPLIES}: {growth:.1f} MB ({growth / (REPLIES - WARM) * 1024:.0f} KB a"
        f" reply); given back by the new conversation: {given_back:.1f} MB ({share:.0%})"
    )
    print(
        f"C heap in use: {f['heap_warm']:.1f} MB after {WARM} replies, {f['heap_end']:.1f} MB after"
        f" {REPLIES}, {f['heap_new']:.1f} MB after the new conversation (what is freed but kept"
        " resident by fragmentation shows as the difference to resident memory)"
    )
    print(
        f"longest UI stall from reply {WARM} on: {f['stall_ms']:.1f} ms;"
        f" idle window (baseline): {f['idle_stall_ms']:.1f} ms"
    )
    ok_growth = "PASS" if growth < GROWTH_BUDGET_MB else "FAIL"
    ok_back = "PASS" if share >= GIVEN_BACK_BUDGET else "FAIL"
    ok_stall = "PASS" if f["stall_ms"] < STALL_BUDGET_MS else "FAIL"
    print(f"BENCH soak_memory_growth {growth:.1f} MB budget {GROWTH_BUDGET_MB:g} {ok_growth}")
    print(f"BENCH soak_given_back {share * 100:.0f} % budget {GIVEN_BACK_BUDGET * 100:g} {ok_back}")
    print(f"BENCH soak_ui_stall {f['stall_ms']:.1f} ms budget {STALL_BUDGET_MS:g} {ok_stall}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
