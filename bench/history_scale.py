"""History at scale: a 1,000-turn conversation with audio, loaded from the store and opened in
the window.

Builds the conversation in a temporary data folder (every turn has a real 1 s clip: user turns
a wav recording, replies streamed pcm16 through begin/append/finish), then measures
``Store.load_conversation``: wall time (the first load in a fresh store, and the median of
several), Python allocations (tracemalloc peak) and RSS growth. Baseline: a raw sqlite3 SELECT of
the same rows.

Then the window (offscreen, on the qasync loop as the app runs): choosing the conversation in the
history sidebar until its newest card is painted (the store load runs in a worker thread), the
first time and the median of alternating with a 2-turn conversation, which is the baseline; the
rest of the opening page's cards (built right after that) and the waveforms of the whole page
(computed off the UI thread) are timed apart, until all are done. Memory:
RSS growth of the process from the empty window to the big conversation open with its waveforms.

Last, a jump to a search hit in the first turns (turn 4, the only one saying "perigee"): from
choosing the hit in the sidebar's search results, with the 2-turn conversation on show, until the
hit's card is painted; its baseline is opening the big conversation in the same run.

Run: ``.venv/bin/python bench/history_scale.py [--turns 1000]``
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.audio.codecs import encode
from app.core.conversation import Usage
from app.core.paths import database_path
from app.core.store import Store

RATE = 24_000
LOAD_BUDGET_MS = 500.0
MEMORY_BUDGET_MB = 100.0
WINDOW_BUDGET_MS = 500.0
WINDOW_MEMORY_BUDGET_MB = 100.0
JUMP_BUDGET_MS = 500.0
#: The turn (0-based) whose transcript alone holds this word: a search hit in the first turns.
HIT_TURN, HIT_WORD = 3, "perigee"


def _clip(freq: float, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def build_conversation(store: Store, n_turns: int) -> int:
    """A conversation of ``n_turns`` alternating prompts and replies, each with 1 s of audio.

    User turns carry a wav recording; replies are stored as a stream is (pcm16 chunks of 0.4 s,
    a growing transcript, then finish_reply with usage and an audio id). Returns its id.
    """
    user_wav = encode(_clip(330), RATE, "wav")
    reply_pcm = encode(_clip(440), RATE, "pcm16")
    step = 19_200  # 0.4 s of pcm16, the piece size gpt-audio-1.5 streams
    cid = store.create_conversation(system_prompt="You are a patient tutor.")
    for n in range(n_turns):
        if n % 2 == 0:
            store.add_user_turn(cid, f"Question {n}: how do tides follow the moon?", user_wav)
            continue
        turn = store.begin_reply(cid, "alloy", "gpt-audio-1.5", "pcm16")
        for start in range(0, len(reply_pcm), step):
            store.append_reply_audio(turn, reply_pcm[start : start + step])
        store.finish_reply(
            turn,
            audio_id=f"audio_{n:06d}",
            expires_at=int(time.time()) + 3600,
            usage=Usage(prompt_tokens=40 + n, completion_tokens=60, total_tokens=100 + n),
            real_format="pcm16",
            transcript=f"Answer {n}: the moon's gravity pulls the oceans into two bulges."
            + (f" Tides are highest at {HIT_WORD}." if n == HIT_TURN else ""),
        )
    return cid


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _baseline_ms(root: Path, cid: int, runs: int) -> float:
    conn = sqlite3.connect(database_path(root))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        rows = conn.execute(
            "SELECT * FROM turns WHERE conversation_id = ? ORDER BY position, chosen DESC, id",
            (cid,),
        ).fetchall()
        times.append((time.perf_counter() - t0) * 1000)
        assert rows
    conn.close()
    return statistics.median(times)


@dataclass
class WindowFigures:
    first_ms: float
    median_ms: float
    baseline_ms: float
    peaks_ms: float
    rss_growth_mb: float
    cards: int
    jump_first_ms: float
    jump_median_ms: float
    jump_cards: int


def _window_open(root: Path, cid: int, small_cid: int, n_turns: int, runs: int) -> WindowFigures:
    """Open the conversation from the history sidebar of the real window (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QListWidgetItem

    from app.chat.reply_card import ReplyCard
    from app.chat.turn_cards import PAGE
    from app.core.secrets import SessionKeyStore
    from app.runtime.qtloop import make_loop
    from app.shell.wiring import create_app

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the loop runs on until the parts are shut down
    loop = make_loop(app)

    class PaintWatch(QObject):
        """Resolves ``done`` with the time of the watched widget's first paint."""

        def __init__(self, done: asyncio.Future[float]) -> None:
            super().__init__()
            self.done = done

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done.done():
                self.done.set_result(time.perf_counter())
            return False

    async def until(condition: Any, what: str) -> None:
        deadline = time.monotonic() + 60
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            await asyncio.sleep(0.002)

    async def run() -> WindowFigures:
        parts = create_app(
            app,
            settings_path=root / "settings.json",
            data_dir=root,
            keys=SessionKeyStore(),
            env_key=None,
        )
        window, chat = parts.window, parts.window.chat
        history = window.history
        assert history is not None
        window.show()
        window.start(connect=False)  # no endpoint: only the history is listed
        history.bridge.refresh()
        await until(lambda: len(history.conversation_ids()) == 2, "the sidebar")
        await asyncio.sleep(0.3)

        async def choose(conversation_id: int) -> tuple[float, float]:
            """ms from choosing to the newest card painted, and to the shown waveforms done."""
            painted: asyncio.Future[float] = loop.create_future()
            watch = PaintWatch(painted)

            def watch_newest(*_: object) -> None:
                chat.view.cards()[-1].installEventFilter(watch)

            history.bridge.opened.connect(watch_newest)
            row = history.conversation_ids().index(conversation_id)
            item: QListWidgetItem | None = history.conversations.item(row)
            assert item is not None
            t0 = time.perf_counter()
            history.conversations.itemClicked.emit(item)
            t_paint = await asyncio.wait_for(painted, 60)
            history.bridge.opened.disconnect(watch_newest)
            # The newest cards come first, the rest of the opening page right after.
            page = min(PAGE, len(chat.conversation.turns))
            await until(lambda: chat.view.card_count() == page, "the opening page")
            shown = [c for c in chat.view.cards() if isinstance(c, ReplyCard)]
            await until(lambda: all(c.duration() > 0 for c in shown), "the waveforms")
            t_peaks = time.perf_counter()
            assert chat.conversation_id == conversation_id
            return (t_paint - t0) * 1000, (t_peaks - t0) * 1000

        gc.collect()
        rss_before = _rss_mb()
        first_ms, peaks_ms = await choose(cid)
        assert len(chat.conversation.turns) == n_turns
        cards = chat.view.card_count()
        big, small = [], []
        for _ in range(runs):
            small.append((await choose(small_cid))[0])
            big.append((await choose(cid))[0])
        await asyncio.sleep(0.2)
        gc.collect()
        rss_growth = _rss_mb() - rss_before

        async def jump() -> float:
            """ms from choosing the hit (another conversation on show) to its card painted."""
            await choose(small_cid)
            painted: asyncio.Future[float] = loop.create_future()
            watch = PaintWatch(painted)

            def watch_found(*_: object) -> None:
                assert chat.found_card is not None
                chat.found_card.installEventFilter(watch)

            history.bridge.opened.connect(watch_found)
            item = history.results.item(0)
            assert item is not None
            t0 = time.perf_counter()
            history.results.itemClicked.emit(item)
            t_paint = await asyncio.wait_for(painted, 60)
            history.bridge.opened.disconnect(watch_found)
            found = chat.found_card
            assert isinstance(found, ReplyCard) and HIT_WORD in found.transcript_text()
            return (t_paint - t0) * 1000

        history.search_box.setText(HIT_WORD)
        await until(lambda: len(history.hit_texts()) == 1, "the search hit")
        jump_first = await jump()
        jump_cards = chat.view.card_count()
        jumps = [await jump() for _ in range(runs)]
        window.close()
        await parts.shutdown()
        return WindowFigures(
            first_ms,
            statistics.median(big),
            statistics.median(small),
            peaks_ms,
            rss_growth,
            cards,
            jump_first,
            statistics.median(jumps),
            jump_cards,
        )

    figures: WindowFigures = loop.run_until_complete(run())
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        with Store(root) as store:
            small_cid = build_conversation(store, 2)
            cid = build_conversation(store, args.turns)
        build_s = time.perf_counter() - t0
        audio_mb = sum(p.stat().st_size for p in (root / "audio").rglob("*") if p.is_file()) / 2**20
        print(f"built {args.turns} turns ({audio_mb:.1f} MB of audio) in {build_s:.1f} s")

        gc.collect()
        rss_before = _rss_mb()
        t0 = time.perf_counter()
        store = Store(root)
        open_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        conversation = store.load_conversation(cid)
        first_ms = (time.perf_counter() - t0) * 1000
        rss_growth = _rss_mb() - rss_before
        assert len(conversation.turns) == args.turns
        assert all(t.audio is not None and t.audio.data is None for t in conversation.turns)
        del conversation
        gc.collect()

        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            store.load_conversation(cid)
            times.append((time.perf_counter() - t0) * 1000)
        median_ms = statistics.median(times)

        tracemalloc.start()
        held = store.load_conversation(cid)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del held
        store.close()
        baseline = _baseline_ms(root, cid, args.runs)
        window = _window_open(root, cid, small_cid, args.turns, args.runs)

    load_ms = open_ms + first_ms
    memory_mb = max(peak / 2**20, rss_growth)
    print(f"open store: {open_ms:.1f} ms; first load: {first_ms:.1f} ms")
    print(f"median load of {args.runs} more: {median_ms:.1f} ms")
    print(f"baseline raw sqlite SELECT of the same rows: {baseline:.1f} ms")
    print(f"ratio load / baseline: {median_ms / baseline:.1f}x")
    print(
        f"memory: tracemalloc peak {peak / 2**20:.1f} MB (held after load "
        f"{current / 2**20:.1f} MB); RSS growth over open + first load {rss_growth:.1f} MB"
    )
    load_ok = "PASS" if load_ms < LOAD_BUDGET_MS else "FAIL"
    mem_ok = "PASS" if memory_mb < MEMORY_BUDGET_MB else "FAIL"
    print(f"BENCH history_load {load_ms:.1f} ms budget {LOAD_BUDGET_MS:.0f} {load_ok}")
    print(f"BENCH history_memory {memory_mb:.1f} MB budget {MEMORY_BUDGET_MB:.0f} {mem_ok}")

    open_ms = max(window.first_ms, window.median_ms)
    print(
        f"window: choose in the sidebar -> newest card painted: first {window.first_ms:.1f} ms, "
        f"median of {args.runs} more {window.median_ms:.1f} ms; waveforms of the "
        f"{window.cards} cards shown done {window.peaks_ms:.1f} ms after choosing"
    )
    print(f"baseline: the same for a 2-turn conversation: {window.baseline_ms:.1f} ms")
    print(f"ratio {args.turns} turns / 2 turns: {open_ms / window.baseline_ms:.1f}x")
    print(f"window memory: RSS growth from the empty window {window.rss_growth_mb:.1f} MB")
    win_ok = "PASS" if open_ms < WINDOW_BUDGET_MS else "FAIL"
    win_mem_ok = "PASS" if window.rss_growth_mb < WINDOW_MEMORY_BUDGET_MB else "FAIL"
    print(f"BENCH history_open_window {open_ms:.1f} ms budget {WINDOW_BUDGET_MS:.0f} {win_ok}")
    print(
        f"BENCH history_window_memory {window.rss_growth_mb:.1f} MB budget "
        f"{WINDOW_MEMORY_BUDGET_MB:.0f} {win_mem_ok}"
    )
    jump_ms = max(window.jump_first_ms, window.jump_median_ms)
    print(
        f"jump to a search hit in turn {HIT_TURN + 1}: choose the hit -> its card painted: first "
        f"{window.jump_first_ms:.1f} ms, median of {args.runs} more {window.jump_median_ms:.1f} "
        f"ms; {window.jump_cards} cards built"
    )
    print(f"ratio jump / opening the conversation: {jump_ms / open_ms:.2f}x")
    jump_ok = "PASS" if jump_ms < JUMP_BUDGET_MS else "FAIL"
    print(f"BENCH history_jump_early_hit {jump_ms:.1f} ms budget {JUMP_BUDGET_MS:.0f} {jump_ok}")
    return 0 if load_ok == mem_ok == win_ok == win_mem_ok == jump_ok == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
