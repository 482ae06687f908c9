"""Which endpoint and model send whole replies only (or streamed ones only), as learnt when a
request was refused for it; kept in ``stream_modes.json`` beside the settings, so the next
request asks the right way at once."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from dataclasses import replace
from pathlib import Path

from app.core.catalog import STREAM_FORMAT
from app.core.errors import BadRequest, ParleyError
from app.core.events import ChatRequest
from app.core.settings import atomic_write, default_path

log = logging.getLogger("parley.stream_modes")

FILE_NAME = "stream_modes.json"
WHOLE, STREAMED = "whole", "streamed"

_NOT_STREAMED = re.compile(
    r"stream(ing)?\b[^.]*\b(not supported|unsupported|does not support|not support)"
    r"|(does not|doesn't|cannot|can't) (support )?stream"
    r"|'stream' does not support true",
    re.IGNORECASE,
)
_ONLY_STREAMED = re.compile(
    r"only supports? stream|stream mode only|requires? stream|enable the stream|"
    r"stream must be (set to )?true|must (use|enable) stream",
    re.IGNORECASE,
)


def refuses_streaming(err: ParleyError) -> bool:
    """A 400 about streaming itself (param ``stream``, or words saying it is not supported),
    not about the format streamed (``audio.format`` when stream=true)."""
    if not isinstance(err, BadRequest) or (err.param or "").startswith("audio"):
        return False
    if _ONLY_STREAMED.search(err.server_message):
        return False
    return err.param == "stream" or bool(_NOT_STREAMED.search(err.server_message))


def requires_streaming(err: ParleyError) -> bool:
    """A 400 saying the model (or gateway) answers streamed requests only."""
    if not isinstance(err, BadRequest) or (err.param or "").startswith("audio"):
        return False
    return bool(_ONLY_STREAMED.search(err.server_message)) or err.param == "stream"


class StreamModes:
    """``base_url`` + model -> "whole" or "streamed". Reads and writes are small file work:
    call them off the UI thread (the client does)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path().with_name(FILE_NAME)
        self._lock = threading.Lock()
        self._modes: dict[str, str] | None = None

    @staticmethod
    def _key(base_url: str, model: str) -> str:
        return f"{base_url.strip().rstrip('/').lower()} {model.strip()}"

    def _load(self) -> dict[str, str]:
        if self._modes is None:
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raw = {}
            self._modes = {
                str(k): v
                for k, v in (raw if isinstance(raw, dict) else {}).items()
                if v in (WHOLE, STREAMED)
            }
        return self._modes

    def get(self, base_url: str, model: str) -> str | None:
        with self._lock:
            return self._load().get(self._key(base_url, model))

    async def aget(self, base_url: str, model: str) -> str | None:
        """``get`` in a worker thread (the first one reads the file)."""
        return await asyncio.get_running_loop().run_in_executor(None, self.get, base_url, model)

    async def aremember(self, base_url: str, model: str, mode: str) -> None:
        """``remember`` in a worker thread (it writes the file)."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self.remember, base_url, model, mode)

    def remember(self, base_url: str, model: str, mode: str) -> None:
        with self._lock:
            modes = self._load()
            modes[self._key(base_url, model)] = mode
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                text = json.dumps(modes, indent=2, sort_keys=True) + "\n"
                atomic_write(self.path, text.encode("utf-8"))
            except OSError as exc:
                log.warning("cannot keep what %s does with streaming: %s", model, exc)


def mode_of(request: ChatRequest) -> str:
    return STREAMED if request.stream else WHOLE


def flipped(request: ChatRequest) -> ChatRequest:
    """The same request asked the other way: whole in the format picked, or streamed."""
    if request.stream:
        return replace(request, stream=False, format=request.whole_format or request.format)
    return replace(request, stream=True, format=STREAM_FORMAT, whole_format=request.format)


def mode_note(asked: ChatRequest) -> str:
    """What the user is told when a request was asked the other way."""
    if asked.stream:
        return (
            f"this endpoint sends {asked.model}'s replies streamed only: asked for a streamed "
            "reply (remembered for this endpoint)"
        )
    return (
        f"this model sends whole replies ({asked.model}): asked for the whole reply "
        f"in {asked.format} (remembered for this endpoint)"
    )
