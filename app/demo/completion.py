"""One answer of the demo: words from the rules, speech from espeak-ng, an audio id, usage."""

from __future__ import annotations

import secrets
import string
import time
from dataclasses import dataclass

from app.audio.codecs import Samples
from app.core.catalog import PCM16_RATE
from app.demo.ledger import AudioLedger
from app.demo.replies import compose
from app.demo.request import OUTPUT_AUDIO_TOKENS_PER_SECOND, ChatRequest, text_tokens
from app.demo.speech import Synthesizer

_ALNUM = string.ascii_letters + string.digits
#: Pause between repeats of a long reply's sentence (see Synthesizer.speak_repeated).
_REPEAT_GAP = 0.25


@dataclass(frozen=True)
class Completion:
    id: str
    created: int
    model: str
    transcript: str
    samples: Samples | None  # 24 kHz mono; None for a text-only reply
    audio_id: str | None
    expires_at: int | None
    usage: dict[str, object]

    @property
    def seconds(self) -> float:
        return 0.0 if self.samples is None else len(self.samples) / PCM16_RATE


def completion_id() -> str:
    return "chatcmpl-" + "".join(secrets.choice(_ALNUM) for _ in range(29))


def usage(prompt_text: int, prompt_audio: int, out_text: int, out_audio: int) -> dict[str, object]:
    """The usage object with the detail fields the real API sends."""
    prompt = prompt_text + prompt_audio
    completion = out_text + out_audio
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {
            "cached_tokens": 0,
            "audio_tokens": prompt_audio,
            "text_tokens": prompt_text,
            "image_tokens": 0,
        },
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": out_audio,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
            "text_tokens": out_text,
        },
    }


def answer(
    request: ChatRequest,
    synth: Synthesizer,
    ledger: AudioLedger,
    reply_seconds: float | None = None,
) -> Completion:
    """Compose, speak and register the reply to a checked request."""
    reply = compose(request.prompt, reply_seconds)
    transcript = reply.text
    samples: Samples | None = None
    if request.audio_out:
        samples = synth.speak(request.voice, reply.text)
        if reply.target_seconds is not None:
            once = len(samples) / PCM16_RATE + _REPEAT_GAP
            times = max(1, round(reply.target_seconds / once))
            samples = synth.speak_repeated(request.voice, reply.text, times)
            transcript = " ".join([reply.text] * times)
    elif reply.target_seconds is not None:
        once = len(synth.speak("alloy", reply.text)) / PCM16_RATE + _REPEAT_GAP
        transcript = " ".join([reply.text] * max(1, round(reply.target_seconds / once)))
    created = int(time.time())
    audio_id: str | None = None
    expires_at: int | None = None
    out_audio = 0
    if samples is not None:
        seconds = len(samples) / PCM16_RATE
        audio_id, expires_at = ledger.issue(transcript, seconds)
        out_audio = round(seconds * OUTPUT_AUDIO_TOKENS_PER_SECOND)
    return Completion(
        id=completion_id(),
        created=created,
        model=request.reply_model,
        transcript=transcript,
        samples=samples,
        audio_id=audio_id,
        expires_at=expires_at,
        usage=usage(
            request.prompt_text_tokens,
            request.prompt_audio_tokens,
            text_tokens(transcript) + 4,
            out_audio,
        ),
    )
