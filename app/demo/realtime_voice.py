"""The demo realtime server's ears and mouth (no Qt, no sockets): a simple energy VAD on the
audio a client appends (24 kHz pcm16), and a spoken reply cut into the events a response
streams, with its usage (user audio 1 token per 100 ms, assistant audio 1 per 50 ms)."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.core.catalog import PCM16_RATE
from app.demo.replies import Prompt, compose
from app.demo.speech import Synthesizer

_FRAME = PCM16_RATE // 50  # 20 ms
#: RMS (0..1) over which a 20 ms frame counts as voiced (about -34 dBFS).
THRESHOLD = 0.02
_ONSET_FRAMES = 3
DELTA_MS = 100


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


@dataclass
class Speech:
    start_ms: int
    end_ms: int


@dataclass
class EnergyVad:
    """Speech starts after 60 ms of voiced frames; it stops after ``silence_ms`` unvoiced."""

    silence_ms: int = 500
    prefix_ms: int = 300
    clock_ms: int = 0  # the input buffer's length, in ms
    speaking: bool = False
    start_ms: int = 0
    _voiced: int = 0
    _quiet: int = 0
    _carry: bytes = b""
    _last_voice_ms: int = 0

    def feed(self, pcm16: bytes) -> Iterator[tuple[str, int]]:
        """("started", audio_start_ms) / ("stopped", audio_end_ms) as they happen."""
        data = self._carry + pcm16
        whole = len(data) - len(data) % (2 * _FRAME)
        self._carry = data[whole:]
        frames = np.frombuffer(data[:whole], dtype="<i2").astype(np.float32) / 32768.0
        for frame in frames.reshape(-1, _FRAME) if frames.size else []:
            self.clock_ms += 20
            voiced = float(np.sqrt(np.mean(frame * frame))) > THRESHOLD
            if not self.speaking:
                self._voiced = self._voiced + 1 if voiced else 0
                if self._voiced >= _ONSET_FRAMES:
                    self.speaking = True
                    self._quiet = 0
                    self.start_ms = max(0, self.clock_ms - 20 * _ONSET_FRAMES)
                    self._last_voice_ms = self.clock_ms
                    yield "started", self.start_ms
            elif voiced:
                self._quiet = 0
                self._last_voice_ms = self.clock_ms
            else:
                self._quiet += 20
                if self._quiet >= self.silence_ms:
                    self.speaking = False
                    self._voiced = 0
                    yield "stopped", self.clock_ms

    def reset_clock(self, ms: int) -> None:
        self.clock_ms = ms


@dataclass
class SpokenReply:
    """One response: its ids, words, 24 kHz pcm16 and usage."""

    response_id: str
    item_id: str
    text: str
    pcm16: bytes
    usage: dict[str, Any] = field(default_factory=dict)

    @property
    def ms(self) -> int:
        return len(self.pcm16) // (2 * PCM16_RATE // 1000)

    def deltas(self) -> Iterator[tuple[bytes, str]]:
        """(audio piece of DELTA_MS, words to go with it), the words spread over the audio."""
        step = 2 * PCM16_RATE * DELTA_MS // 1000
        pieces = [self.pcm16[i : i + step] for i in range(0, len(self.pcm16), step)] or [b""]
        words = self.text.split(" ")
        per = max(1, -(-len(words) // len(pieces)))
        for n, piece in enumerate(pieces):
            chunk = words[n * per : (n + 1) * per]
            text = " ".join(chunk)
            yield piece, (text + " " if chunk and (n + 1) * per < len(words) else text)


def speak_reply(
    synth: Synthesizer,
    *,
    voice: str,
    instructions: str,
    heard_ms: int,
    heard_text: str,
    history_text_tokens: int,
) -> SpokenReply:
    """The demo's answer to an utterance of ``heard_ms`` (``heard_text``: its words)."""
    reply = compose(
        Prompt(
            system=instructions,
            user_text=heard_text,
            heard_seconds=heard_ms / 1000,
            voice=voice,
        )
    )
    text = reply.text
    if reply.target_seconds is not None:
        once = synth.speak(voice, text)
        times = max(1, round(reply.target_seconds / (len(once) / PCM16_RATE + 0.25)))
        samples = synth.speak_repeated(voice, text, times)
        text = " ".join([reply.text] * times)
    else:
        samples = synth.speak(voice, text)
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    out_audio = round(len(samples) / PCM16_RATE * 20)
    in_audio = round(heard_ms / 100)
    in_text = history_text_tokens + len(instructions.split())
    out_text = len(text.split()) + 4
    usage = {
        "total_tokens": in_audio + in_text + out_audio + out_text,
        "input_tokens": in_audio + in_text,
        "output_tokens": out_audio + out_text,
        "input_token_details": {
            "text_tokens": in_text,
            "audio_tokens": in_audio,
            "cached_tokens": 0,
        },
        "output_token_details": {"text_tokens": out_text, "audio_tokens": out_audio},
    }
    return SpokenReply(new_id("resp"), new_id("item"), text, pcm, usage)


def audio_delta(reply: SpokenReply, piece: bytes) -> dict[str, Any]:
    return {
        "type": "response.output_audio.delta",
        "event_id": new_id("event"),
        "response_id": reply.response_id,
        "item_id": reply.item_id,
        "output_index": 0,
        "content_index": 0,
        "delta": base64.b64encode(piece).decode("ascii"),
        "obfuscation": secrets.token_hex(4),
    }
