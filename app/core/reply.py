"""A reply as a whole: what the events of one request add up to."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from app.core.catalog import PCM16_RATE
from app.core.conversation import Audio, Turn, Usage
from app.core.events import (
    AudioDelta,
    AudioMeta,
    ChatRequest,
    Done,
    Event,
    Notice,
    TranscriptDelta,
    UsageReport,
)


@dataclass
class Reply:
    """A whole (or, with ``partial``, broken-off) reply. ``format`` is the real format of
    ``audio`` (sniffed), which may differ from ``requested_format``."""

    transcript: str = ""
    audio: bytes = field(default=b"", repr=False)
    format: str = ""
    requested_format: str = ""
    audio_id: str | None = None
    expires_at: int | None = None
    usage: Usage | None = None
    partial: bool = False
    model: str = ""
    voice: str = ""
    finish_reason: str | None = None
    #: What Parley worked around while reading it (see protocol.Notice).
    notices: list[str] = field(default_factory=list)

    def duration(self) -> float:
        """Seconds of audio (0.0 when there is none or it cannot be read)."""
        if not self.audio:
            return 0.0
        if self.format == "pcm16":
            return len(self.audio) / (2 * PCM16_RATE)
        from app.audio import codecs  # numpy and libsndfile: only when there is audio

        try:
            import soundfile as sf

            info = sf.info(io.BytesIO(self.audio))
            return float(info.frames) / float(info.samplerate) if info.samplerate else 0.0
        except Exception:
            try:
                return codecs.decode(self.audio, self.format or None).duration
            except codecs.CodecError:
                return 0.0

    def to_turn(self) -> Turn:
        """The reply as an assistant turn of the conversation."""
        return Turn(
            role="assistant",
            text=self.transcript,
            audio=Audio(self.format, data=self.audio) if self.audio else None,
            audio_id=self.audio_id,
            expires_at=self.expires_at,
            voice=self.voice,
            model=self.model,
            requested_format=self.requested_format,
            usage=self.usage,
            partial=self.partial,
        )


class ReplyBuilder:
    """Accumulates events into a Reply without copying audio per piece."""

    def __init__(self, request: ChatRequest) -> None:
        self._request = request
        self._words: list[str] = []
        self._audio: list[bytes] = []
        self.audio_bytes = 0
        self._format = ""
        self._id: str | None = None
        self._expires: int | None = None
        self._usage: Usage | None = None
        self._finish: str | None = None
        self._notices: list[str] = []

    @property
    def has_content(self) -> bool:
        return bool(self._words or self._audio)

    def add(self, event: Event) -> None:
        if isinstance(event, AudioDelta):
            self._audio.append(event.data)
            self.audio_bytes += len(event.data)
            self._format = self._format or event.format
        elif isinstance(event, TranscriptDelta):
            self._words.append(event.text)
        elif isinstance(event, AudioMeta):
            self._id, self._expires = event.id or self._id, event.expires_at or self._expires
        elif isinstance(event, UsageReport):
            self._usage = event.usage
        elif isinstance(event, Done):
            self._finish = event.finish_reason
        elif isinstance(event, Notice):
            self._notices.append(event.message)
            if event.asked is not None:
                self._request = event.asked

    def reply(self, *, partial: bool = False) -> Reply:
        audio = b"".join(self._audio)
        if len(self._audio) > 1:
            self._audio = [audio]
        return Reply(
            transcript="".join(self._words),
            audio=audio,
            format=self._format or (self._request.format if audio else ""),
            requested_format=self._request.format,
            audio_id=self._id,
            expires_at=self._expires,
            usage=self._usage,
            partial=partial,
            model=self._request.model,
            voice=self._request.voice,
            finish_reason=self._finish,
            notices=list(self._notices),
        )
