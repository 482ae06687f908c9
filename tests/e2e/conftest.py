"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder to run commands in, holding their settings (``config``) and history (``data``)."""
    (tmp_path / "config").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path
