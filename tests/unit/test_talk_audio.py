"""Talk mode's ear without a sound server: Silero VAD and the endpointer on espeak-ng speech and
on noise, WebRTC AEC3 with the played reply as its reference, and the part of a reply heard."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import soxr

from app.audio.echo import FRAME, EchoCanceller, EchoGate, FarEnd
from app.audio.vad import (
    WINDOW_SECONDS,
    Endpointer,
    EndpointSettings,
    SpeechCue,
    SpeechCueLost,
    SpeechDetector,
    SpeechDropped,
    SpeechEnd,
    SpeechStart,
)
from app.core.talk.events import heard_part
from tests.unit.talk_helpers import noise, speech

RATE = 16_000


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


def load16k(path: Path) -> np.ndarray:
    data, rate = sf.read(str(path), dtype="float32")
    x = soxr.resample(data, rate, RATE) if rate != RATE else data
    return np.clip(x * 32767, -32768, 32767).astype(np.int16)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE), dtype=np.int16)


def run(
    x: np.ndarray, settings: EndpointSettings | None = None, *, cues: bool = False
) -> list[tuple[float, object]]:
    detector, endpointer = SpeechDetector(), Endpointer(settings)
    events: list[tuple[float, object]] = []
    for i in range(0, x.size, 160):  # 10 ms blocks, as the microphone delivers them
        for window, p in detector.feed(x[i : i + 160]):
            event = endpointer.push(window, p)
            if event is not None and (cues or not isinstance(event, SpeechCue | SpeechCueLost)):
                events.append((endpointer.clock, event))
    return events


def test_an_utterance_starts_at_speech_and_ends_after_the_silence(voices: Path) -> None:
    path, spoken = speech(voices, "q", "What time is it in Paris right now?")
    voice = load16k(path)
    level = np.abs(voice.astype(np.float32) / 32768)
    first_sound = int(np.argmax(level > 0.01)) / RATE
    last_sound = (level.size - int(np.argmax(level[::-1] > 0.01))) / RATE
    x = np.concatenate([silence(1.0), voice, silence(2.0)])
    events = run(x)
    kinds = [type(e) for _, e in events]
    assert kinds == [SpeechStart, SpeechEnd]
    (_, start), (t_end, end) = events
    assert isinstance(start, SpeechStart) and isinstance(end, SpeechEnd)
    assert start.at == pytest.approx(1.0 + first_sound, abs=0.15)
    # Ends 0.7 s after the voice stopped (not after the model's lag): not before, not much later.
    assert end.last_speech_at == pytest.approx(1.0 + last_sound, abs=0.02)
    assert t_end - end.last_speech_at == pytest.approx(0.7, abs=WINDOW_SECONDS + 0.01)
    # The clip: 0.3 s of pre-roll before the first speech window, the speech, a 0.2 s tail.
    seconds = end.samples.size / RATE
    assert seconds == pytest.approx(spoken + 0.5, abs=0.35)
    assert end.speech > 0.6 * spoken


def test_the_first_sign_of_speech_is_a_cue_one_window_before_the_start(voices: Path) -> None:
    path, _ = speech(voices, "q", "What time is it in Paris right now?")
    events = run(np.concatenate([silence(1.0), load16k(path), silence(1.0)]), cues=True)
    (t_cue, cue), (t_start, start) = events[:2]
    assert isinstance(cue, SpeechCue) and isinstance(start, SpeechStart)
    assert t_start - t_cue == pytest.approx(WINDOW_SECONDS)  # two windows confirm it


def test_the_end_of_speech_silence_is_adjustable(voices: Path) -> None:
    path, _ = speech(voices, "q", "What time is it in Paris right now?")
    x = np.concatenate([silence(0.5), load16k(path), silence(3.0)])
    (_, _), (t_end, end) = run(x, EndpointSettings(end_silence=1.5))
    assert isinstance(end, SpeechEnd)
    assert t_end - end.last_speech_at == pytest.approx(1.5, abs=WINDOW_SECONDS + 0.01)


def test_waiting_for_a_user_who_has_not_started_never_ends_anything(voices: Path) -> None:
    path, _ = speech(voices, "q", "What time is it in Paris right now?")
    x = np.concatenate([silence(20.0), load16k(path), silence(1.0)])
    events = run(x)
    assert [type(e) for _, e in events] == [SpeechStart, SpeechEnd]
    assert events[0][1].at > 19.5  # type: ignore[attr-defined]


def test_noise_a_click_and_a_cough_are_never_an_utterance(voices: Path) -> None:
    x = load16k(noise(voices))
    events = run(np.concatenate([x, x, silence(1.0)]))
    assert not any(isinstance(e, SpeechEnd) for _, e in events)
    assert all(isinstance(e, SpeechDropped | SpeechStart) for _, e in events)
    cued = run(np.concatenate([x, x, silence(1.0)]), cues=True)
    assert not any(isinstance(e, SpeechEnd) for _, e in cued)


def test_echo_cancellation_keeps_the_reply_from_sounding_like_the_user(voices: Path) -> None:
    reply_path, _ = speech(voices, "reply", "Paris is one hour ahead of London. " * 3)
    user_path, _ = speech(voices, "user", "Wait, what about Tokyo?", voice="en-gb")
    reply = load16k(reply_path)
    user = load16k(user_path)
    delay = round(0.12 * RATE)  # speaker, room and microphone
    echo = np.concatenate([np.zeros(delay, np.int16), (reply * 0.5).astype(np.int16)])
    n = echo.size - echo.size % FRAME
    played_frames = reply.size - reply.size % FRAME

    def listen(cancel: bool, with_user: bool) -> list[object]:
        mic = echo[:n].astype(np.int32)
        if with_user:
            at = n - user.size - RATE // 2
            mic[at : at + user.size] += user
        mic16 = np.clip(mic, -32768, 32767).astype(np.int16)
        far = FarEnd()
        clock = {"t": 0.0}
        far.begin(RATE, lambda _at: clock["t"] if clock["t"] * RATE < played_frames else None)
        far.append(reply.tobytes())
        canceller = EchoCanceller(far)
        detector, endpointer = SpeechDetector(), Endpointer()
        events: list[object] = []
        for i in range(0, n, FRAME):
            clock["t"] = (i + FRAME) / RATE
            frame = mic16[i : i + FRAME]
            clean = canceller.process(frame) if cancel else frame
            for window, p in detector.feed(clean):
                event = endpointer.push(window, p)
                if event is not None and not isinstance(event, SpeechDropped):
                    events.append(event)
        return events

    assert any(isinstance(e, SpeechStart) for e in listen(cancel=False, with_user=False))
    assert listen(cancel=True, with_user=False) == []  # its own voice: nothing heard
    assert any(isinstance(e, SpeechStart) for e in listen(cancel=True, with_user=True))


def test_the_echo_gate_tells_the_user_from_the_echo(voices: Path) -> None:
    reply_path, _ = speech(voices, "reply", "Paris is one hour ahead of London. " * 3)
    user_path, _ = speech(voices, "user", "Wait, what about Tokyo?", voice="en-gb")
    reply, user = load16k(reply_path), load16k(user_path)
    delay = round(0.08 * RATE)
    echo = np.concatenate([np.zeros(delay, np.int16), (reply * 0.5).astype(np.int16)])[: reply.size]
    quiet = np.random.default_rng(3).normal(0, 10, reply.size).astype(np.int16)

    def learn(mic: np.ndarray) -> EchoGate:
        gate = EchoGate()
        for i in range(0, 3 * RATE, FRAME):
            gate.frame(mic[i : i + FRAME], reply[i : i + FRAME], user=False)
        return gate

    energy = np.convolve(user.astype(np.float32) ** 2, np.ones(512), mode="valid")
    at = int(np.argmax(energy))
    loud_user = np.clip(user[at : at + 512].astype(np.int32) * 4, -32768, 32767).astype(np.int16)
    speakers = learn(echo)  # laptop speakers: the microphone hears the reply
    assert not speakers.echo_free
    assert not speakers.unexplained(echo[3 * RATE - 512 : 3 * RATE])
    assert speakers.unexplained(loud_user)
    headphones = learn(quiet)  # the microphone does not hear the speaker at all
    assert headphones.echo_free
    assert headphones.unexplained(user[at : at + 512])


def test_the_echo_gate_waits_for_a_late_echo(voices: Path) -> None:
    """On a loaded sound server the echo can come half a second after the reference says the
    reply left the speaker: what the gate heard before it arrived is not its measure."""
    reply_path, _ = speech(voices, "reply", "Paris is one hour ahead of London. " * 3)
    reply = load16k(reply_path)
    delay = round(0.45 * RATE)
    echo = np.concatenate([np.zeros(delay, np.int16), (reply * 0.5).astype(np.int16)])[: reply.size]
    gate = EchoGate()
    for i in range(0, round(1.5 * RATE), FRAME):
        gate.frame(echo[i : i + FRAME], reply[i : i + FRAME], user=False)
        if i >= delay + 512 and i % 512 == 0:
            assert not gate.unexplained(echo[i - 512 : i]), i / RATE
    assert not gate.echo_free


def test_the_echo_gate_hears_a_user_in_the_replys_first_second(voices: Path) -> None:
    """Before the gate has learnt how loud the echo is, AEC3 (still converging) holds back the
    user's voice: the gate tells it from the echo by how its level follows the reply's."""
    reply_path, _ = speech(voices, "reply", "Paris is one hour ahead of London. " * 3)
    user_path, _ = speech(voices, "user", "Wait, what about Tokyo?", voice="en-gb")
    reply, user = load16k(reply_path), load16k(user_path)
    first = int(np.argmax(np.abs(reply) > 300))  # the reply's first sound
    reply = reply[first:]
    delay = round(0.08 * RATE)
    echo = np.concatenate([np.zeros(delay, np.int16), (reply * 0.5).astype(np.int16)])[: reply.size]
    quiet = np.random.default_rng(3).normal(0, 10, reply.size).astype(np.int16)

    def heard(mic: np.ndarray, *, user_at: float | None) -> float | None:
        """Seconds from the user's first sound (or the reply's start) to the first window the
        gate says the echo cannot explain."""
        mic = mic.astype(np.int32)
        start = 0
        if user_at is not None:
            start = round(user_at * RATE) + int(np.argmax(np.abs(user) > 300))
            mic[round(user_at * RATE) : round(user_at * RATE) + user.size] += user
        mic16 = np.clip(mic, -32768, 32767).astype(np.int16)
        gate = EchoGate()
        for i in range(0, round(1.5 * RATE), FRAME):
            gate.frame(mic16[i : i + FRAME], reply[i : i + FRAME], user=False)
            end = i + FRAME
            if end % 512 == 0 and gate.unexplained(mic16[end - 512 : end]):
                return (end - start) / RATE
        return None

    assert heard(echo, user_at=None) is None  # laptop speakers: its own voice is not the user
    assert heard(quiet, user_at=None) is None
    for at in (0.3, 0.7):  # headphones, and speakers: the user is heard within a few syllables
        for mic in (quiet, echo):
            took = heard(mic, user_at=at)
            assert took is not None and took < 0.5, (at, took)


def test_the_part_of_a_reply_heard_ends_at_a_whole_word() -> None:
    text = "Paris is one hour ahead of London, and nine hours behind Tokyo."
    assert heard_part(text, 0.0, 4.0) == ""
    assert heard_part(text, 4.0, 4.0) == text
    half = heard_part(text, 2.0, 4.0)
    assert half.endswith("…") and text.startswith(half[:-1])
    assert len(half) < len(text) and not half[:-1].endswith(" ")
    assert half[:-1].split()[-1] in text.split()
