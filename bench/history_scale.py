"""History at scale: a 1,000-turn conversation with audio, loaded from the store.

Builds the conversation in a temporary data folder (every turn has a real 1 s clip: user turns
a wav recording, replies streamed pcm16 through begin/append/finish), then measures
``Store.load_conversation``: wall time (the first load in a fresh store, and the median of
several), Python allocations (tracemalloc peak) and RSS growth. Baseline: a raw sqlite3 SELECT of
the same rows. ``build_conversation(store, n_turns)`` is reusable by a benchmark that opens the
conversation in the window.

Run: ``.venv/bin/python bench/history_scale.py [--turns 1000]``
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.audio.codecs import encode
from app.core.conversation import Usage
from app.core.paths import database_path
from app.core.store import Store

RATE = 24_000
LOAD_BUDGET_MS = 500.0
MEMORY_BUDGET_MB = 100.0


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
            transcript=f"Answer {n}: the moon's gravity pulls the oceans into two bulges.",
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        with Store(root) as store:
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
    return 0 if load_ok == mem_ok == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
