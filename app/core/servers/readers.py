"""Readers for the servers whose replies differ from OpenAI's (see each kind's module).

:class:`UsageLastReader`: the usage must be the last thing; words or audio after it mean a
stream that mixed shapes (raised as MalformedResponse: what arrived is kept, marked partial).
:class:`PcmReader`: DashScope, whose streamed ``audio.data`` is raw pcm16 whatever was asked.
:class:`SegmentReader`: vLLM-Omni, whose streamed audio comes as whole WAV files in
``delta.content`` of chunks marked ``"modality": "audio"``.
"""

from __future__ import annotations

import json
from typing import Any

from app.audio.segments import SegmentError, wav_segment_pcm16
from app.core.catalog import STREAM_FORMAT
from app.core.errors import MalformedResponse, error_for
from app.core.events import AudioDelta, Done, Event, TranscriptDelta, UsageReport
from app.core.protocol import ReplyParser, decode_audio, parse_usage


class UsageLastReader(ReplyParser):
    def feed(self, data: bytes) -> list[Event]:
        had_usage = self.saw_usage
        events = super().feed(data)
        if had_usage and any(isinstance(e, AudioDelta | TranscriptDelta) for e in events):
            raise MalformedResponse("more of the reply after its usage, which comes last")
        return events


class PcmReader(UsageLastReader):
    """Streamed audio is raw pcm16 (24 kHz mono) whatever format was asked for."""

    def __init__(self, model: str | None = None, *, stream: bool = True) -> None:
        super().__init__(model)
        if stream:
            self.format = STREAM_FORMAT


class SegmentReader(UsageLastReader):
    """vLLM-Omni: ``modality`` chunks, each audio one a whole WAV segment; older versions send a
    whole reply as two choices (words in one, audio in the other)."""

    def feed(self, data: bytes) -> list[Event]:
        try:
            obj = json.loads(data) if data.strip() and data != b"[DONE]" else None
        except ValueError:
            obj = None
        if not isinstance(obj, dict) or "modality" not in obj:
            return super().feed(data)
        if obj.get("error") is not None:
            raise error_for(None, obj, model=self.model)
        had_usage = self.saw_usage
        choices = obj.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            if obj.get("usage"):
                return self._usage(obj["usage"])
            raise MalformedResponse(f"a '{obj.get('modality')}' chunk without choices")
        choice = choices[0]
        delta = choice.get("delta")
        content = delta.get("content") if isinstance(delta, dict) else None
        events: list[Event] = []
        if obj["modality"] == "audio" and content:
            try:
                pcm = wav_segment_pcm16(decode_audio(content))
            except SegmentError:
                raise MalformedResponse("an audio segment that is not a valid WAV file") from None
            self.format = STREAM_FORMAT
            if pcm:
                events.append(AudioDelta(pcm, STREAM_FORMAT))
        elif isinstance(content, str) and content:
            events.append(TranscriptDelta(content))
        if choice.get("finish_reason"):
            self.finish_reason = str(choice["finish_reason"])
        if had_usage and events:
            raise MalformedResponse("more of the reply after its usage, which comes last")
        if obj.get("usage"):
            events.extend(self._usage(obj["usage"]))
        return events

    def _usage(self, raw: Any) -> list[Event]:
        self.saw_usage = True
        self.usage = parse_usage(raw)
        return [UsageReport(self.usage)]

    def completion(self, body: Any) -> list[Event]:
        choices = body.get("choices") if isinstance(body, dict) else None
        if not isinstance(choices, list) or len(choices) < 2:
            return super().completion(body)
        # Older vLLM-Omni: one choice with the words, another with the audio, both index 0.
        events: list[Event] = []
        for choice in choices:
            message = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(message, dict):
                self._message(message, events)
            if isinstance(choice, dict) and choice.get("finish_reason"):
                self.finish_reason = str(choice["finish_reason"])
        if isinstance(body, dict) and body.get("usage"):
            events.extend(self._usage(body["usage"]))
        self.done = True
        events.append(Done(self.finish_reason))
        return events
