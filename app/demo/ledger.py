"""The audio ids the demo issued, so later turns can refer back to them until they expire."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Issued:
    transcript: str
    seconds: float
    expires: float  # unix time (float) after which the id is gone


class AudioLedger:
    """Thread-safe map of issued ``audio_...`` ids; an id lives ``ttl`` seconds."""

    def __init__(self, ttl: float = 3600.0, limit: int = 10_000) -> None:
        self.ttl = ttl
        self._limit = limit
        self._ids: dict[str, Issued] = {}
        self._lock = threading.Lock()

    def issue(self, transcript: str, seconds: float, now: float | None = None) -> tuple[str, int]:
        """A new id and its ``expires_at`` (whole unix seconds, as the API sends)."""
        created = time.time() if now is None else now
        audio_id = "audio_" + secrets.token_hex(16)
        expires = created + self.ttl
        with self._lock:
            self._forget_expired(created)
            while len(self._ids) >= self._limit:
                self._ids.pop(next(iter(self._ids)))
            self._ids[audio_id] = Issued(transcript, seconds, expires)
        return audio_id, int(expires)

    def lookup(self, audio_id: str, now: float | None = None) -> Issued | None:
        """What an id stands for, or None when it is unknown or expired."""
        moment = time.time() if now is None else now
        with self._lock:
            issued = self._ids.get(audio_id)
            if issued is None:
                return None
            if moment >= issued.expires:
                del self._ids[audio_id]
                return None
            return issued

    def _forget_expired(self, now: float) -> None:
        for key in [k for k, v in self._ids.items() if now >= v.expires]:
            del self._ids[key]
