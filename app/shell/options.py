"""What the window starts with: the command line's choices and the offline demo's server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class DemoControl(Protocol):
    """The offline demo server: started on demand, at ``url``."""

    url: str

    def start(self) -> str: ...

    @property
    def running(self) -> bool: ...


@dataclass
class StartOptions:
    """``parley --demo``, ``--base-url``, a key from the environment, where settings live, and
    why the history could not be opened (if it could not)."""

    demo: bool = False
    base_url: str | None = None
    env_key: str | None = None
    settings_path: Path | None = None
    store_problem: str = ""
