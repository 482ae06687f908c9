"""Playback for the window: which reply plays, streaming a reply as it arrives, and a playhead
that moves. Wraps the Qt-free ``Player``; decoding and loading run in worker threads."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.audio.devices import AudioDeviceError
from app.audio.stretch import clamp_speed, is_normal, time_stretch
from app.core.catalog import PCM16_RATE
from app.core.conversation import Audio
from app.runtime.error_text import error_text
from app.runtime.tasks import TaskSet, in_thread

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from app.audio.player import Player

log = logging.getLogger(__name__)


class Playback(QObject):
    """Plays one reply at a time.

    Signals:
        position_changed(int, float): reply ``key`` is at this many seconds.
        playing_changed(int, bool): reply ``key`` started or stopped playing.
        failed(str): the sound device failed (and did not come back: playback is paused where
            it was, and Play goes on from there); the message is for the user.
    """

    position_changed = Signal(int, float)
    playing_changed = Signal(int, bool)
    failed = Signal(str)

    def __init__(self, player_factory: Callable[[], Player], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = player_factory
        self._player: Player | None = None
        self._key: int | None = None
        self._streaming_key: int | None = None
        self._playing = False
        self._loaded = False  # the player holds this key's audio
        self._tasks = TaskSet()
        # Streamed chunks reach the player from one feeder thread, in order: appending can copy
        # a long reply's buffer as it grows, which must not hold up the UI. ``_stream_id`` keeps
        # a late chunk of an earlier stream out of the next one.
        self._feeder: ThreadPoolExecutor | None = None  # started with the first stream
        self._feed_lock = threading.Lock()
        self._stream_id = 0
        self._feed_error: str | None = None
        #: How fast whole clips play (the pitch kept); ``_key_speed``: the loaded clip's.
        self.speed = 1.0
        self.card_speeds: dict[int, float] = {}  # a card's own speed, over the chat's
        self._key_speed = 1.0
        self._audio: Audio | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(33)
        self._timer.timeout.connect(self._on_tick)

    @property
    def current_key(self) -> int | None:
        return self._key

    def player(self) -> Player:
        if self._player is None:
            self._player = self._factory()
        return self._player

    async def warm_up(self) -> None:
        """Load PortAudio, list the devices and check that the output takes replies' rate, in a
        worker thread, so the first reply does not wait for it on the UI thread (the check
        opens the device: ~10 ms). A missing sound system is reported when playing."""
        name = self._player.device if self._player is not None else None

        def load() -> None:
            # The audio engine's modules too (numpy, libsndfile, soxr), which the first reply
            # would otherwise import on the UI thread.
            import app.audio.codecs
            import app.audio.peaks
            import app.audio.player  # noqa: F401
            from app.audio.devices import find_device, output_devices
            from app.audio.output import stream_rate

            output_devices()
            stream_rate(find_device(name, "output"), PCM16_RATE)  # remembered for the first play

        with contextlib.suppress(Exception):
            await in_thread(load)

    def set_device(self, name: str | None) -> None:
        self.player().device = name or None

    def speed_for(self, key: int) -> float:
        return self.card_speeds.get(key, self.speed)

    def set_card_speed(self, key: int, speed: float) -> None:
        """Reply ``key`` plays at ``speed`` (0: at the chat's speed)."""
        if speed > 0:
            self.card_speeds[key] = clamp_speed(speed)
        else:
            self.card_speeds.pop(key, None)
        self._follow_speed()

    def set_speed(self, speed: float) -> None:
        """Play at ``speed`` from now on; a clip playing now goes on from where it is."""
        self.speed = clamp_speed(speed)
        self._follow_speed()

    def _follow_speed(self) -> None:
        key, audio = self._key, self._audio
        player = self._player
        if (
            key is not None
            and audio is not None
            and self._playing
            and player is not None
            and self._key_speed != self.speed_for(key)
            and player.duration > 0
        ):
            fraction = player.position / player.duration
            self._tasks.spawn(self._load_and_play(key, audio, fraction))

    def set_loudness_matching(self, on: bool, target_lufs: float = -20.0) -> None:
        self.player().loudness_target = target_lufs if on else None

    def is_playing(self, key: int) -> bool:
        return self._key == key and self._playing

    # Streaming a reply as it arrives ----------------------------------------------------------
    def start_stream(self, key: int) -> bool:
        with self._feed_lock:
            self._stream_id += 1
            if not self._guard(lambda: self.player().start_stream(PCM16_RATE)):
                return False
        self._key_speed, self._audio = 1.0, None  # a live stream plays as it comes
        self._switch_to(key)
        self._streaming_key = key
        self._timer.start()
        return True

    def append(self, key: int, data: bytes) -> None:
        if self._streaming_key == key:
            self._feed_later(self._stream_id, data)

    def end_stream(self, key: int) -> None:
        if self._streaming_key == key:
            self._streaming_key = None
            self._feed_later(self._stream_id, None)

    def _feed_later(self, stream_id: int, data: bytes | None) -> None:
        if self._feeder is None:
            from concurrent.futures import ThreadPoolExecutor

            self._feeder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-feed")
        self._feeder.submit(self._feed, stream_id, data)

    def _end_feeding(self) -> None:
        """Chunks still queued for the current stream are dropped."""
        self._streaming_key = None
        with self._feed_lock:
            self._stream_id += 1

    def _feed(self, stream_id: int, data: bytes | None) -> None:
        """In the feeder thread: a chunk (or the end, ``None``) for stream ``stream_id``."""
        with self._feed_lock:
            if stream_id != self._stream_id or self._player is None:
                return
            try:
                if data is None:
                    self._player.end_stream()
                else:
                    self._player.append(data)
            except AudioDeviceError as err:
                self._feed_error = error_text(err)

    # Whole clips ------------------------------------------------------------------------------
    def toggle(self, key: int, audio: Audio | None) -> None:
        """Play/pause reply ``key``; another reply's playback stops first."""
        if self._key == key and self._player is not None:
            state = self._player.state
            if state in ("playing", "buffering"):
                self._player.pause()
                self._set_playing(False)
                return
            if state == "paused" or (state == "stopped" and self._loaded):
                player = self._player
                if audio is not None and self._key_speed != self.speed_for(key):
                    # The speed changed since it was loaded: again at the new speed, from the
                    # same place when paused.
                    paused = state == "paused" and player.duration > 0
                    fraction = player.position / player.duration if paused else 0.0
                    self._tasks.spawn(self._load_and_play(key, audio, fraction))
                    return
                if self._guard(player.resume):
                    self._set_playing(True)
                    self._timer.start()
                return
        if audio is not None:
            self._tasks.spawn(self._load_and_play(key, audio, 0.0))

    def seek(self, key: int, fraction: float, audio: Audio | None) -> None:
        if self._key == key and self._player is not None and self._loaded:
            self._player.seek(fraction * self._player.duration)
            self.position_changed.emit(key, self._player.position * self._key_speed)
            return
        if audio is not None:
            self._tasks.spawn(self._load_and_play(key, audio, fraction))

    def play(self, key: int, audio: Audio) -> None:
        self._tasks.spawn(self._load_and_play(key, audio, 0.0))

    def stop(self) -> None:
        self._end_feeding()
        if self._player is not None:
            self._player.stop()
        self._set_playing(False)

    def release(self) -> None:
        """Stop, and let the player drop the audio it holds (leaving a conversation)."""
        self.stop()
        self._loaded = False
        if self._player is not None:
            self._player.unload()

    def close(self) -> None:
        self._timer.stop()
        if self._feeder is not None:
            self._feeder.shutdown(wait=True, cancel_futures=True)
        if self._player is not None:
            self._player.close()

    # Internals -------------------------------------------------------------------------------
    def _switch_to(self, key: int) -> None:
        if self._key is not None and self._key != key:
            self.playing_changed.emit(self._key, False)
            self._playing = False  # so the new key is announced as playing
        self._key = key
        self._loaded = True
        self._set_playing(True)

    def _set_playing(self, playing: bool) -> None:
        if self._key is not None and playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(self._key, playing)

    async def _load_and_play(self, key: int, audio: Audio, fraction: float) -> None:
        player = self.player()
        self._end_feeding()

        from app.audio import codecs  # numpy and libsndfile: loaded with the first clip

        speed = self.speed_for(key)

        def load() -> None:
            decoded = codecs.decode(audio.read_bytes(), audio.format or None)
            if not is_normal(speed):
                stretched = time_stretch(decoded.samples, decoded.rate, speed)
                decoded = codecs.Decoded(stretched, decoded.rate)
            player.play(decoded)
            if fraction > 0:
                player.seek(fraction * decoded.duration)

        try:
            await in_thread(load)
        except AudioDeviceError as err:
            self.failed.emit(error_text(err))
            return
        except (OSError, codecs.CodecError) as err:
            self.failed.emit(
                self.tr("This reply's audio cannot be played: {reason}").format(
                    reason=error_text(err)
                )
            )
            return
        self._key_speed, self._audio = speed, audio
        self._switch_to(key)
        self._timer.start()

    def _guard(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except AudioDeviceError as err:
            self.failed.emit(error_text(err))
            return False
        return True

    def _on_tick(self) -> None:
        player = self._player
        if player is None or self._key is None:
            self._timer.stop()
            return
        error, player.error = player.error, None
        if error is not None:  # the device did not come back: paused where it was
            self._set_playing(False)
            self.failed.emit(error_text(error))
        if self._feed_error is not None:
            self.failed.emit(self._feed_error)
            self._feed_error = None
        self.position_changed.emit(self._key, player.position * self._key_speed)
        state = player.state
        active = state in ("playing", "buffering")
        if not active and self._streaming_key is None:
            self._set_playing(False)
            if state != "paused":
                self._timer.stop()
