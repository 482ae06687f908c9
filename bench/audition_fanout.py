"""Voice audition fan-out: 8 voices at once against a single request, and the UI meanwhile.

Run with the test suite's services (the panel's playback needs a sound server to be created):
    packaging/dev.sh with-services .venv/bin/python bench/audition_fanout.py [--latency 0.5]

The demo server runs in its own process (``parley demo-server --latency S``, i.e.
``Faults.latency``: every request waits S seconds before it is answered), so its work does not
share this process's interpreter with the UI being measured. Its speech cache is warmed first, so
a request costs the latency plus encoding, as a remote model's fixed think time would.

The real compare panel runs offscreen on the qasync loop with a clip cache in a temporary folder;
every run asks for fresh takes (nothing from the cache). Measured, alternating, ``RUNS`` times:
the wall time of one voice (concurrency 1), and of 8 voices with concurrency 8, each from Run
until every row has settled. Ratio: median(8 voices) / median(1 voice); budget 1.3x.
Stall: a 5 ms QTimer records the longest gap between its ticks from each 8-voice Run until
0.5 s after the rows settled (their waveforms computed and drawn); budget 50 ms. Baseline: the
same timer with the panel idle.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.audio.player import Player  # noqa: E402
from app.chat.playback import Playback  # noqa: E402
from app.compare.panel import ComparePanel  # noqa: E402
from app.compare.session import AuditionSession  # noqa: E402
from app.core.store import Store  # noqa: E402
from app.runtime.qtloop import make_loop  # noqa: E402
from bench.demo_process import start_server  # noqa: E402

RATIO_BUDGET = 1.3
STALL_BUDGET_MS = 50.0
RUNS = 3
VOICES = ("alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx")
TEXT = "Parley asks every voice at once, so choosing one takes a moment."


class StallWatch:
    """The longest gap between ticks of a 5 ms QTimer while ``on``."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


async def audition(panel: ComparePanel, voices: tuple[str, ...], concurrency: int) -> float:
    """Seconds from Run until every row has settled (fresh takes)."""
    panel.form.text.setPlainText(TEXT)
    panel.form.tick_voices(voices)
    panel.form.concurrency.setValue(concurrency)
    session = panel.session
    done = asyncio.Event()

    def on_busy(busy: bool) -> None:
        if not busy:
            done.set()

    session.busy_changed.connect(on_busy)
    start = time.perf_counter()
    panel.run(fresh=True)
    await done.wait()
    elapsed = time.perf_counter() - start
    session.busy_changed.disconnect(on_busy)
    failed = [r.error for r in session.rows if not r.ok]
    if len(session.rows) != len(voices) or failed:
        raise RuntimeError(f"the audition failed: {failed[:1]}")
    return elapsed


async def measure(url: str, data: Path) -> tuple[list[float], list[float], list[float], float]:
    http = httpx.AsyncClient()
    store = Store(data)
    session = AuditionSession(http, store)
    session.configure(url, None)
    playback = Playback(Player)
    panel = ComparePanel(session, playback)
    panel.resize(1100, 800)
    panel.show()
    watch = StallWatch()
    try:
        await audition(panel, VOICES, 8)  # warm the server's speech cache and the connections
        await asyncio.sleep(0.5)
        watch.start()
        await asyncio.sleep(2.0)
        idle = watch.stop()
        singles: list[float] = []
        eights: list[float] = []
        stalls: list[float] = []
        for _ in range(RUNS):
            singles.append(await audition(panel, VOICES[:1], 1))
            await asyncio.sleep(0.3)
            watch.start()
            eights.append(await audition(panel, VOICES, 8))
            await asyncio.sleep(0.5)  # waveforms computed and drawn
            stalls.append(watch.stop())
        return singles, eights, stalls, idle
    finally:
        panel.close()
        await session.aclose()
        playback.close()
        await asyncio.ensure_future(http.aclose())
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.5, help="server latency, s (0.5)")
    args = parser.parse_args()
    proc, url = start_server("--latency", str(args.latency))
    try:
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)
        loop = make_loop(app)
        with tempfile.TemporaryDirectory() as tmp, loop:
            singles, eights, stalls, idle = loop.run_until_complete(measure(url, Path(tmp)))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    one, eight = statistics.median(singles), statistics.median(eights)
    ratio = eight / one
    worst = max(stalls)
    print(f"server latency per request: {args.latency:g} s")
    print(f"1 voice:  {', '.join(f'{s * 1000:.0f}' for s in singles)} ms (median {one * 1000:.0f})")
    print(
        f"8 voices: {', '.join(f'{s * 1000:.0f}' for s in eights)} ms (median {eight * 1000:.0f})"
    )
    print(f"longest event-loop stall during the 8-voice runs: {worst:.1f} ms ({idle:.1f} ms idle)")
    ok_ratio = "PASS" if ratio <= RATIO_BUDGET else "FAIL"
    ok_stall = "PASS" if worst < STALL_BUDGET_MS else "FAIL"
    print(f"BENCH audition_fanout_ratio {ratio:.2f} ratio budget {RATIO_BUDGET:g} {ok_ratio}")
    print(f"BENCH audition_ui_stall {worst:.1f} ms budget {STALL_BUDGET_MS:g} {ok_stall}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
