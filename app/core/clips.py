"""The voice-audition clip cache: one rendered sample per endpoint, model, voice, format,
instructions and text, so comparing voices again costs no request.

Lives in the history database (table ``clips``) with its audio under ``audio/clips/``.
Reached as ``store.clips``; shares the store's connection and lock.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app.core import store_files
from app.core.conversation import Audio
from app.core.store_files import os_problem

_COLUMNS = (
    "key, endpoint, model, voice, requested_format, instructions, text, transcript, "
    "audio_file, audio_format, duration, created_at"
)


def public_endpoint(base_url: str) -> str:
    """The base URL without credentials, query or fragment (safe to store and show)."""
    parts = urlsplit(base_url.strip())
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host.lower(), parts.path.rstrip("/"), "", ""))


def clip_key(
    base_url: str, *, model: str, voice: str, fmt: str, instructions: str, text: str
) -> str:
    """The cache key of a rendered sample (sha256 hex of its inputs, credentials left out)."""
    raw = json.dumps([public_endpoint(base_url), model, voice, fmt, instructions, text])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Clip:
    key: str
    endpoint: str
    model: str
    voice: str
    requested_format: str
    instructions: str
    text: str
    transcript: str
    audio: Audio
    created_at: float


class ClipCache:
    """get / put / history / delete of audition clips. Thread-safe through the store's lock."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock, folder: Path) -> None:
        self._conn = conn
        self._lock = lock
        self.folder = folder

    def _clip(self, row: tuple[Any, ...]) -> Clip:
        audio = Audio(format=row[9], path=self.folder / row[8], duration=row[10])
        key, endpoint, model, voice, requested, instructions, text, transcript = row[:8]
        return Clip(
            key=key,
            endpoint=endpoint,
            model=model,
            voice=voice,
            requested_format=requested,
            instructions=instructions,
            text=text,
            transcript=transcript,
            audio=audio,
            created_at=row[11],
        )

    def get(self, key: str) -> Clip | None:
        """The cached clip, or None (also when its file has gone missing)."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM clips WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        clip = self._clip(row)
        if clip.audio.path is None or not clip.audio.path.exists():
            self.delete(key)
            return None
        return clip

    def put(
        self,
        key: str,
        *,
        base_url: str,
        model: str,
        voice: str,
        requested_format: str,
        instructions: str,
        text: str,
        audio: bytes,
        transcript: str,
    ) -> Clip:
        """Cache a rendered sample (replacing an older one with the same key)."""
        fmt = store_files.file_format(requested_format, audio)
        name = f"{key}.{store_files.extension(fmt)}"
        path = self.folder / name
        with self._lock:
            old = self._conn.execute(
                "SELECT audio_file FROM clips WHERE key = ?", (key,)
            ).fetchone()
            try:
                store_files.write_atomic(path, audio)
            except OSError as exc:
                raise os_problem(exc, "save the voice sample") from exc
            if old is not None and old[0] != name:
                store_files.remove_file(self.folder / old[0])
            duration = store_files.probe_duration(path, fmt)
            row = (
                key,
                public_endpoint(base_url),
                model,
                voice,
                requested_format,
                instructions,
                text,
                transcript,
                name,
                fmt,
                duration,
                time.time(),
            )
            self._conn.execute(
                f"INSERT OR REPLACE INTO clips ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", row
            )
        return self._clip(row)

    def history(self, limit: int = 200) -> list[Clip]:
        """Cached clips, newest first: the audition history."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM clips ORDER BY created_at DESC LIMIT ?", (limit,)
            ).fetchall()
        return [self._clip(r) for r in rows]

    def delete(self, key: str) -> None:
        with self._lock:
            row = self._conn.execute(
                "SELECT audio_file FROM clips WHERE key = ?", (key,)
            ).fetchone()
            self._conn.execute("DELETE FROM clips WHERE key = ?", (key,))
        if row is not None:
            store_files.remove_file(self.folder / row[0])
