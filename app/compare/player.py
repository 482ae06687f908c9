"""Playback made for comparing clips: play a row, every row in turn, A/B between the last two
rows played at the same moment, loop, loudness matching. Wraps a ``Playback`` of its own."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.audio.loudness import DEFAULT_TARGET_LUFS
from app.audio.player import PlayState
from app.chat.playback import Playback
from app.core.audition import Row
from app.core.clips import Clip


class AuditionPlayer(QObject):
    """Plays an audition's rows (by index) through ``playback``.

    Signals:
        row_position(int, float): row n is at this many seconds.
        row_playing(int, bool): row n started or stopped playing.
        message(str): something to tell the user.
    """

    row_position = Signal(int, float)
    row_playing = Signal(int, bool)
    message = Signal(str)

    def __init__(
        self, playback: Playback, rows: Callable[[], list[Row]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.playback = playback
        self._rows = rows
        self.loop = False
        self._counter = itertools.count(1)
        self._keys: list[int] = []  # row index -> playback key (new keys for every audition)
        self._recent: list[int] = []  # the last two rows played, the latest last
        self._queue: list[int] = []  # rows still to play in turn
        self._positions: dict[int, float] = {}  # playback key -> seconds
        playback.position_changed.connect(self.on_position_changed)
        playback.playing_changed.connect(self.on_playing_changed)
        playback.failed.connect(self.message)

    def reset(self, count: int) -> None:
        """A new audition of ``count`` rows: stop, and forget the old rows."""
        self.stop()
        self._keys = [next(self._counter) for _ in range(count)]
        self._recent, self._positions = [], {}

    def set_loudness_matching(self, on: bool) -> None:
        self.playback.set_loudness_matching(on, DEFAULT_TARGET_LUFS)

    def current_row(self) -> int | None:
        """The row loaded in the player (playing or paused), if any."""
        key = self.playback.current_key
        return self._keys.index(key) if key in self._keys else None

    def is_playing(self, index: int) -> bool:
        return 0 <= index < len(self._keys) and self.playback.is_playing(self._keys[index])

    # Transport --------------------------------------------------------------------------------
    def play_row(self, index: int, *, keep_queue: bool = False) -> None:
        """Play (or pause) row ``index``."""
        row = self._ready(index)
        if row is None:
            return
        if not keep_queue:
            self._queue = []
        self._note(index)
        self.playback.toggle(self._keys[index], row.audio)

    def start_row(self, index: int) -> None:
        """Play row ``index`` from its start (never a pause, as ``play_row`` may be)."""
        self._queue = []
        self._start(index)

    def seek_row(self, index: int, fraction: float) -> None:
        row = self._ready(index)
        if row is not None:
            self._note(index)
            self.playback.seek(self._keys[index], fraction, row.audio)

    def play_all(self) -> None:
        """Every clip one after another, from the first."""
        ready = [r.index for r in self._rows() if r.ok and r.index < len(self._keys)]
        if not ready:
            self.message.emit(self.tr("There is no clip to play yet."))
            return
        self._queue = ready[1:]
        self._start(ready[0])

    def switch_ab(self) -> None:
        """Jump between the last two rows played, at the same moment of the clip."""
        if len(self._recent) < 2:
            self.message.emit(self.tr("Play two rows first; A/B then switches between them."))
            return
        current, other = self._recent[-1], self._recent[-2]
        row = self._ready(other)
        if row is None:
            return
        key = self._keys[current]
        live = self.playback.current_key == key
        seconds = self.playback.player().position if live else self._positions.get(key, 0.0)
        fraction = min(seconds / row.duration, 0.999) if row.duration > 0 else 0.0
        self._queue = []
        self._note(other)
        self.playback.seek(self._keys[other], fraction, row.audio)

    def stop(self) -> None:
        self._queue = []
        self.playback.stop()

    def play_clip(self, clip: Clip) -> None:
        """Play a clip of the audition history (not a row)."""
        self._queue = []
        self.playback.play(next(self._counter), clip.audio)

    # Playback's signals ----------------------------------------------------------------------
    def on_position_changed(self, key: int, seconds: float) -> None:
        self._positions[key] = seconds
        if key in self._keys:
            self.row_position.emit(self._keys.index(key), seconds)

    def on_playing_changed(self, key: int, playing: bool) -> None:
        index = self._keys.index(key) if key in self._keys else None
        if index is not None:
            self.row_playing.emit(index, playing)
        if playing or not self._ended_naturally():
            return
        if self.loop and index is not None:
            self._start(index)
        elif self._queue:
            self._start(self._queue.pop(0))

    # Internals -------------------------------------------------------------------------------
    def _ready(self, index: int) -> Row | None:
        rows = self._rows()
        if 0 <= index < min(len(rows), len(self._keys)) and rows[index].ok:
            return rows[index]
        return None

    def _start(self, index: int) -> None:
        row = self._ready(index)
        if row is not None and row.audio is not None:
            self._note(index)
            self.playback.play(self._keys[index], row.audio)

    def _note(self, index: int) -> None:
        if index in self._recent:
            self._recent.remove(index)
        self._recent = [*self._recent[-1:], index]

    def _ended_naturally(self) -> bool:
        """Played to its end (not paused, stopped, or replaced by another clip)."""
        player = self.playback.player()
        return (
            player.state == PlayState.STOPPED
            and player.duration > 0
            and player.position >= player.duration - 0.02
        )
