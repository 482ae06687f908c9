"""Each conversation's context setting (how many latest replies go back by audio id, and the
context budget), kept in ``context.json`` beside the settings; a conversation without its own
uses the default there (3 replies, no budget)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from app.core.context import ContextPolicy
from app.core.settings import atomic_write, default_path

FILE_NAME = "context.json"
_DEFAULT = "default"


class ContextChoices:
    """conversation id -> ContextPolicy. The file is read once and written on each change:
    call ``load`` and ``set`` off the UI thread."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path().with_name(FILE_NAME)
        self._lock = threading.Lock()
        self._policies: dict[str, ContextPolicy] | None = None

    def load(self) -> None:
        with self._lock:
            self._read()

    def _read(self) -> dict[str, ContextPolicy]:
        if self._policies is None:
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raw = {}
            self._policies = {}
            for key, value in (raw if isinstance(raw, dict) else {}).items():
                if (
                    isinstance(value, list)
                    and len(value) == 2
                    and all(isinstance(v, int) and v >= 0 for v in value)
                ):
                    self._policies[str(key)] = ContextPolicy(value[0], value[1])
        return self._policies

    def get(self, conversation_id: int | None) -> ContextPolicy:
        """The conversation's own setting, else the default (what ``load`` read; defaults
        before that)."""
        with self._lock:
            policies = self._policies or {}
            key = str(conversation_id) if conversation_id is not None else _DEFAULT
            return policies.get(key) or policies.get(_DEFAULT) or ContextPolicy()

    def set(self, conversation_id: int | None, policy: ContextPolicy) -> None:
        """Keep ``policy`` for the conversation (None: as the default) and write the file."""
        with self._lock:
            policies = self._read()
            key = str(conversation_id) if conversation_id is not None else _DEFAULT
            policies[key] = policy
            data = {k: [p.audio_replies, p.budget] for k, p in policies.items()}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
