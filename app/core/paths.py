"""Where Parley keeps its files: the platform's data directory, or ``PARLEY_DATA_DIR``.

``PARLEY_DATA_DIR`` lets tests (and users who want a portable install) put the history
somewhere else; nothing here creates directories, the store does that when it opens.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "parley"
#: Environment variable that overrides the data directory.
DATA_DIR_ENV = "PARLEY_DATA_DIR"
#: The history database's file name inside the data directory.
DATABASE_NAME = "history.sqlite3"
#: Folder beside the database holding audio files: ``audio/<conversation id>/<turn id>.<ext>``.
AUDIO_DIR_NAME = "audio"
#: Folder inside the audio folder holding the voice-audition clip cache.
CLIPS_DIR_NAME = "clips"


def data_dir() -> Path:
    """The folder holding the history database and its audio."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(root: Path | None = None) -> Path:
    return (root if root is not None else data_dir()) / DATABASE_NAME


def audio_dir(root: Path | None = None) -> Path:
    return (root if root is not None else data_dir()) / AUDIO_DIR_NAME
