"""The window's budgets: start-up against a bare PySide6 window, and the longest event-loop stall
while a 5-minute reply streams, plays and draws its waveform.

Run with the test suite's services (a sound server for playback):
    packaging/dev.sh with-services .venv/bin/python bench/ui_budget.py

Start-up: each measurement is a fresh process (offscreen Qt) timed from just before it is spawned
to the moment its window has painted its first frame and the event loop has turned once more
("interactive": on screen and taking input). Parley starts through ``app.shell.gui.main`` as
``parley --demo`` does, in the same order (the command line first, Qt only once the window is
wanted; fresh settings and history in a temporary home); the baseline is a bare
QMainWindow in the same interpreter. Medians of 15, the two interleaved. Parley paints its window
before asyncio, qasync and the connection have loaded (see ``app.shell.gui``); the time until the
demo server is connected is printed beside the budget, and so is a start without Parley's
start-up cache (a first start: ``app.runtime.compile_cache``), measured in the same rounds.

Stall: Parley's real window on the qasync loop, the demo server (in its own process, as a real
endpoint would be) streaming a 5-minute pcm16 reply as fast as the socket goes (harsher than
real time: chunks, transcript and waveform updates arrive many times faster than they play),
autoplay on; a 5 ms QTimer records the longest gap between its ticks from the send until 3 s
after the reply is complete. Baseline: the same timer with the window idle.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP_RATIO_BUDGET = 1.5
STALL_BUDGET_MS = 50.0
RUNS = 15

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, ready)


def ready():
    import resource

    use = resource.getrusage(resource.RUSAGE_SELF)
    print("READY", use.ru_utime + use.ru_stime, flush=True)
    app.quit()


app = QApplication([])
w = Window(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 760); w.show()
app.exec()
"""

PARLEY = """
import sys
import app.cli  # what `parley` imports before the window (argument parsing), before Qt
from app.shell.gui import main


def ready(window):
    import resource

    use = resource.getrusage(resource.RUSAGE_SELF)
    print("READY", use.ru_utime + use.ru_stime, flush=True)
    from PySide6.QtCore import QTimer

    def connected():  # the event loop and the demo server come up behind the first frame
        if window.session.endpoint:
            print("CONNECTED", flush=True)
            window.close()
        else:
            QTimer.singleShot(5, connected)

    connected()


sys.exit(main(demo=True, ready=ready))
"""


def time_to_ready(code: str, **extra_env: str) -> tuple[float, float, float]:
    """Seconds from spawning ``code`` to its READY line, and to its CONNECTED line (or 0); and
    the processor time the process had used when READY (less swayed by a busy machine)."""
    home = Path(tempfile.mkdtemp())
    env = dict(
        os.environ,
        **extra_env,
        PARLEY_DATA_DIR=str(home / "data"),
        XDG_RUNTIME_DIR=str(home),  # its own single-instance socket
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    assert proc.stdout is not None
    ready = connected = cpu = 0.0
    for line in proc.stdout:
        if line.startswith("READY"):
            ready = time.perf_counter() - start
            cpu = float(line.split()[1])
        elif line.strip() == "CONNECTED":
            connected = time.perf_counter() - start
    proc.wait(timeout=30)
    if not ready:
        raise RuntimeError("the window never became ready")
    return ready, connected, cpu


def startup() -> tuple[float, float, float, float, float]:
    """Medians: bare PySide6 ready, Parley ready, Parley connected, Parley ready without its
    start-up cache (seconds); and the ratio of the processor time each had used when ready.

    Parley's start-up cache (``app.runtime.compile_cache``) lives in the user's cache folder
    (``XDG_CACHE_HOME``, shared by the runs), so after the warm-up run it is warm, as on any
    start but a first one; the runs without it show what a first start costs."""
    time_to_ready(BARE)  # warm the file cache (and Parley's start-up cache)
    time_to_ready(PARLEY)
    bare, parley, connected, cold, bare_cpu, parley_cpu = [], [], [], [], [], []
    for _ in range(RUNS):  # interleaved, so a busy moment of the machine hits all alike
        ready, _, cpu = time_to_ready(BARE)
        bare.append(ready)
        bare_cpu.append(cpu)
        ready, up, cpu = time_to_ready(PARLEY)
        parley.append(ready)
        connected.append(up)
        parley_cpu.append(cpu)
        cold.append(time_to_ready(PARLEY, PARLEY_START_CACHE="0")[0])
    cpu_ratio = statistics.median(parley_cpu) / statistics.median(bare_cpu)
    median = statistics.median
    return median(bare), median(parley), median(connected), median(cold), cpu_ratio


async def watch_stalls(stop: asyncio.Event) -> float:
    from PySide6.QtCore import QTimer

    longest = 0.0
    last = time.perf_counter()

    def tick() -> None:
        nonlocal longest, last
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    await stop.wait()
    timer.stop()
    return longest * 1000


def stall() -> tuple[float, float, float]:
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

    async def run() -> tuple[float, float, float]:
        parts = create_app(app, settings_path=tmp / "s.json", data_dir=tmp / "data")
        gc.freeze()  # as app.shell.gui.main does once the window is up
        parts.window.show()
        parts.window.start()
        await asyncio.sleep(1.0)
        idle_stop = asyncio.Event()
        idle = asyncio.ensure_future(watch_stalls(idle_stop))
        await asyncio.sleep(2.0)
        idle_stop.set()
        baseline = await idle
        chat = parts.window.chat
        finished = asyncio.Event()
        parts.session.busy_changed.connect(lambda busy: None if busy else finished.set())
        busy_stop = asyncio.Event()
        busy = asyncio.ensure_future(watch_stalls(busy_stop))
        started = time.perf_counter()
        chat.send("/long 300")
        await asyncio.wait_for(finished.wait(), 120)
        streamed = time.perf_counter() - started
        await asyncio.sleep(3.0)
        busy_stop.set()
        worst = await busy
        card = list(chat.cards.values())[-1]
        print(f"reply: {card.duration():.0f} s of audio streamed in {streamed:.2f} s")
        await parts.shutdown()
        return baseline, worst, streamed

    try:
        with loop:
            return loop.run_until_complete(run())
    finally:
        server.kill()


def main() -> int:
    bare, parley, connected, cold, cpu_ratio = startup()
    ratio = parley / bare
    print(
        f"start-up to an interactive window: Parley {parley * 1000:.0f} ms, bare PySide6 "
        f"{bare * 1000:.0f} ms, ratio {ratio:.2f} (processor time {cpu_ratio:.2f}); the demo "
        f"connected at {connected * 1000:.0f} ms"
    )
    print(
        f"without the start-up cache (a first start): Parley {cold * 1000:.0f} ms, ratio "
        f"{cold / bare:.2f}"
    )
    baseline, worst, _ = stall()
    print(
        f"longest event-loop stall: {worst:.1f} ms while streaming and playing a 5-minute "
        f"reply; {baseline:.1f} ms idle (ratio {worst / max(baseline, 0.1):.1f})"
    )
    ok_start = "PASS" if ratio <= STARTUP_RATIO_BUDGET else "FAIL"
    ok_stall = "PASS" if worst < STALL_BUDGET_MS else "FAIL"
    print(f"BENCH ui_startup_ratio {ratio:.2f} ratio budget {STARTUP_RATIO_BUDGET:g} {ok_start}")
    print(f"BENCH ui_stream_stall {worst:.1f} ms budget {STALL_BUDGET_MS:g} {ok_stall}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
