"""Talk mode's Realtime engine against its budgets, on the test services' private PulseAudio
(a speaker sink and a microphone sink) and the demo's Realtime API in a process of its own:

    packaging/dev.sh with-services .venv/bin/python bench/realtime_latency.py

Speech is espeak-ng played into the microphone sink (paplay); ``parec`` stamps what arrives on
the microphone's and the speaker's monitors. The engine (``app.core.talk.realtime``, as
``parley talk --realtime`` runs it) streams the microphone to the demo over a WebSocket.

1. Parley's share of voice-to-voice: from the server's ``speech_stopped`` being received to the
   reply's first sound on the speaker's monitor, minus the server's time from that event to its
   first audio delta (as received): what Parley adds (decode, player, sound server). <= 60 ms.
2. Barge-in: from the user's speech onset over a reply (on the microphone's monitor) to
   silence on the speaker's monitor. <= 150 ms.
3. CPU of this process while a realtime conversation runs (listening with the echo canceller,
   the socket, a reply playing, the user speaking over it now and then). <= 15 % of one core.
   Counted from the moment the engine listens (a suspended microphone's wake, once per start,
   is not the conversation), less what the bench's own monitor readers used.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.talk.events import StateChanged, TalkEvent, TalkOptions, TalkState
from app.core.talk.realtime import RealtimeEngine
from app.core.talk.realtime_wire import endpoint
from bench.demo_realtime_process import start
from bench.talk_latency import MIC, SPEAKER, Tap, espeak, say, until, verdict

RUNS = 5
BUDGET_SHARE_MS, BUDGET_BARGE_MS, BUDGET_CPU_PCT = 60.0, 150.0, 15.0
CPU_SECONDS = 10.0


def engine_for(url: str) -> tuple[RealtimeEngine, list[TalkState], asyncio.Future[None]]:
    states: list[TalkState] = []

    def on_event(event: TalkEvent) -> None:
        if isinstance(event, StateChanged):
            states.append(event.state)

    options = TalkOptions(model="gpt-realtime-2.1", voice="alloy", end_silence=0.5)
    engine = RealtimeEngine(
        endpoint(url, None, options.model), options, on_event, turn_detection="server_vad"
    )
    return engine, states, asyncio.ensure_future(engine.run())


async def wait_state(states: list[TalkState], want: TalkState) -> None:
    await until(lambda: bool(states) and states[-1] is want, want.value)


async def voice_to_voice(folder: Path) -> tuple[list[float], list[float]]:
    question = espeak(folder, "q", "What time is it in Paris right now?")
    proc, url = start("What time is it?")
    speaker = Tap(SPEAKER)
    shares, server_ttfd, parts = [], [], []
    try:
        engine, states, task = engine_for(url)
        for _ in range(RUNS + 1):  # the first warms espeak's cache and the sound server
            await wait_state(states, TalkState.LISTENING)
            replies = engine.replies_out
            assert replies is not None
            before = replies.first_delta_at
            await say(question)
            await until(lambda: replies.first_delta_at != before, "the first delta")  # noqa: B023
            stopped, first_delta = replies.speech_stopped_at, replies.first_delta_at
            await wait_state(states, TalkState.SPEAKING)
            await asyncio.sleep(0.5)
            heard = speaker.first_loud(stopped)
            shares.append((heard - first_delta) * 1000)
            first = replies.out.player.first_sound()
            if first is not None:  # code before the callback, callback wait, device latency
                code = (first.first_chunk_at - first_delta + first.jitter_wait) * 1000
                parts.append((code, first.own * 1000, first.output_latency * 1000))
            server_ttfd.append((first_delta - stopped) * 1000)
            await wait_state(states, TalkState.LISTENING)
        engine.stop()
        await task
    finally:
        speaker.close()
        proc.kill()
        proc.wait()
    if parts[1:]:
        code, wait, device = (statistics.median(p[i] for p in parts[1:]) for i in range(3))
        print(
            f"of Parley's share (medians): its code from the delta to the player {code:.1f} ms, "
            f"the wait for the audio callback {wait:.1f} ms, the device's output latency "
            f"{device:.1f} ms; the rest is the sound server and the monitor"
        )
    return shares[1:], server_ttfd[1:]


async def barge_in(folder: Path) -> tuple[list[float], float]:
    question = espeak(folder, "q", "What time is it in Paris right now?")
    over = espeak(folder, "over", "Hey, wait a moment, what about Tokyo?")
    proc, url = start("/long 12", "Tell me about Tokyo.")
    mic, speaker = Tap(MIC), Tap(SPEAKER)
    figures: list[float] = []
    try:
        engine, states, task = engine_for(url)
        await wait_state(states, TalkState.LISTENING)
        c0, w0 = time.process_time() - taps_cpu(mic, speaker), time.perf_counter()
        for _ in range(RUNS + 1):  # the first: the session's first reply, AEC3 just started
            await wait_state(states, TalkState.LISTENING)
            await say(question)
            await wait_state(states, TalkState.SPEAKING)
            await asyncio.sleep(1.5)
            began = time.perf_counter()
            await say(over)
            await wait_state(states, TalkState.SPEAKING)  # the answer to the interruption
            onset = mic.first_loud(began)
            silent = speaker.silent_from(onset - 0.05)
            if silent is None:
                raise SystemExit("the reply went on playing over the user")
            figures.append((silent - onset) * 1000)
            await wait_state(states, TalkState.LISTENING)
        cpu = (time.process_time() - taps_cpu(mic, speaker) - c0) / (time.perf_counter() - w0)
        cpu *= 100
        engine.stop()
        await task
    finally:
        mic.close()
        speaker.close()
        proc.kill()
        proc.wait()
    return figures[1:], cpu


def taps_cpu(*taps: Tap) -> float:
    return sum(tap.cpu_seconds() for tap in taps)


async def cpu_while_talking(folder: Path) -> float:
    """CPU over CPU_SECONDS of a conversation: listening, then a long reply playing."""
    question = espeak(folder, "q", "What time is it in Paris right now?")
    proc, url = start("/long 30")
    try:
        engine, states, task = engine_for(url)
        await wait_state(states, TalkState.LISTENING)
        c0, w0 = time.process_time(), time.perf_counter()
        await say(question)
        await wait_state(states, TalkState.SPEAKING)
        await asyncio.sleep(max(0.0, CPU_SECONDS - (time.perf_counter() - w0)))
        used = (time.process_time() - c0) / (time.perf_counter() - w0) * 100
        engine.stop()
        await task
    finally:
        proc.kill()
        proc.wait()
    return used


def summary(figures: list[float]) -> str:
    return f"median {statistics.median(figures):.0f} ms, max {max(figures):.0f} ms"


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shares, server = await voice_to_voice(folder)
        barge, barge_cpu = await barge_in(folder)
        cpu = await cpu_while_talking(folder)
    share, barge_ms = statistics.median(shares), statistics.median(barge)
    worst_cpu = max(cpu, barge_cpu)
    print(f"parley's share of voice-to-voice: {summary(shares)}; the server's: {summary(server)}")
    print(f"barge-in to silence: {summary(barge)}")
    print(f"CPU: {cpu:.1f} % of a core while talking, {barge_cpu:.1f} % with barge-ins")
    print(
        f"BENCH realtime_parley_share {share:.1f} ms budget {BUDGET_SHARE_MS:g} "
        f"{verdict(share <= BUDGET_SHARE_MS)}"
    )
    print(
        f"BENCH realtime_barge_in_to_silence {barge_ms:.1f} ms budget {BUDGET_BARGE_MS:g} "
        f"{verdict(barge_ms <= BUDGET_BARGE_MS)}"
    )
    print(
        f"BENCH realtime_conversation_cpu {worst_cpu:.1f} % budget {BUDGET_CPU_PCT:g} "
        f"{verdict(worst_cpu <= BUDGET_CPU_PCT)}"
    )


if __name__ == "__main__":
    asyncio.run(main())
