"""Playback through one sounddevice output stream in callback mode (no Qt here).

``Player`` plays whole clips or a reply as it streams in: ``start_stream`` when a reply begins,
``append`` each audio chunk, ``end_stream`` when it is complete. Playback starts once about
100 ms are buffered; when chunks come late it waits in silence and resumes, without a click.
The stream runs at the audio's own rate when the device takes it, else at the device's rate with
soxr resampling. ``position``, ``duration`` and ``state`` are plain attribute reads, cheap and
safe from any thread, so a UI can poll them on a timer. An optional listener hears about state
changes, position ticks, the end and device failures, called from the player's monitor thread
(never the audio thread). A missing device is an ``AudioDeviceError`` raised by the call that
needed it. A stream that stalls, fails or vanishes mid-play is brought back by the
``StreamKeeper`` (same device, else the default, from the same place); only when that fails for
``recover_seconds`` is it reported through ``error`` and the listener, with the player paused.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Any

import numpy as np

from app.audio.codecs import Decoded, Samples, decode, pcm16_to_float, resample
from app.audio.devices import AudioDevice, AudioDeviceError, find_device
from app.audio.formats import PCM16_RATE
from app.audio.keeper import StreamKeeper
from app.audio.loudness import loudness_gain
from app.audio.output import stream_rate
from app.audio.renderer import FirstSound, PlayState, Renderer

__all__ = ["AudioDeviceError", "FirstSound", "PlayState", "Player", "PlayerEvent"]


class PlayerEvent(StrEnum):
    STATE = "state"  # ``state`` changed
    POSITION = "position"  # ``position`` moved (reported 10 times a second while playing)
    FINISHED = "finished"  # played to the end
    UNDERRUN = "underrun"  # a stream ran dry and waits for more audio
    ERROR = "error"  # the device failed and did not come back; ``error`` says how


Listener = Callable[[PlayerEvent], None]
#: Stream loudness is re-measured when this much (seconds) has arrived, then left alone.
_LOUDNESS_CHECKPOINTS = (0.4, 1.0, 2.0, 4.0, 8.0)


class Player:
    """One output stream, one clip or stream at a time. Control it from one thread."""

    def __init__(
        self,
        device: str | None = None,
        *,
        latency: float = 0.04,
        jitter_seconds: float = 0.1,
        device_rate: int | None = None,
        idle_close_seconds: float = 3.0,
        listener: Listener | None = None,
    ) -> None:
        self._device_name = device
        self.latency = latency
        self.jitter_seconds = jitter_seconds
        self.device_rate = device_rate  # force this stream rate (None: the audio's, if taken)
        self.idle_close_seconds = idle_close_seconds
        self.listener = listener
        self.error: AudioDeviceError | None = None
        self.output_latency = 0.0
        self._ctl = threading.RLock()
        self._feed = threading.Lock()
        self._renderer = Renderer(PCM16_RATE, jitter_seconds=jitter_seconds)
        self._keeper = StreamKeeper(self._ctl, lambda: self._device_name, self._now, latency)
        self._monitor: threading.Thread | None = None
        self._quit = threading.Event()
        self._resampler: Any = None
        self._source_rate = PCM16_RATE
        self._carry = b""
        self._volume = 1.0
        self._loud_gain = 1.0
        self._loudness_target: float | None = None
        self._next_checkpoint = 0

    # ---- properties the UI polls ------------------------------------------------------------
    @property
    def state(self) -> PlayState:
        return self._renderer.state

    @property
    def position(self) -> float:
        """Seconds from the start of the clip to what is being handed to the device."""
        return self._renderer.position_frames / self._renderer.rate

    def sounding_at(self, at: float) -> float:
        """Seconds from the start of the clip to what leaves the device at ``at`` (perf_counter
        s), by the stream's own timing; ``position`` where there is none yet."""
        frame = self._renderer.sounding_at(at)
        return self.position if frame is None else frame / self._renderer.rate

    @property
    def duration(self) -> float:
        """Seconds of audio loaded (it grows while a stream arrives)."""
        r = self._renderer
        return r.total_frames / r.rate

    @property
    def streaming(self) -> bool:
        """A stream was started and not yet ended."""
        return not self._renderer.ended

    @property
    def underruns(self) -> int:
        """Times a stream ran dry and waited for more audio."""
        return self._renderer.underruns

    @property
    def xruns(self) -> int:
        """Blocks the device asked for too late (CPU starvation): audible glitches."""
        return self._keeper.xruns

    @property
    def recoveries(self) -> int:
        """Times the output stream stalled or failed and was brought back."""
        return self._keeper.recoveries

    @property
    def recovering(self) -> bool:
        """The output stream stalled or failed and is being brought back."""
        return self._keeper.lost_since is not None

    @property
    def recover_seconds(self) -> float:
        """How long a lost stream is tried again before ``error`` says so (and playback pauses)."""
        return self._keeper.recover_seconds

    @recover_seconds.setter
    def recover_seconds(self, seconds: float) -> None:
        self._keeper.recover_seconds = seconds

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = max(0.0, min(1.0, float(value)))
        self._apply_gain()

    @property
    def loudness_target(self) -> float | None:
        """Play everything at this loudness (LUFS, say -18) to compare voices fairly; None: off."""
        return self._loudness_target

    @loudness_target.setter
    def loudness_target(self, lufs: float | None) -> None:
        self._loudness_target = lufs
        self._measure_loudness(force=True)

    @property
    def device(self) -> str | None:
        return self._device_name

    @device.setter
    def device(self, name: str | None) -> None:
        """Use another output device (by name; None: the system's default) from the next play."""
        with self._ctl:
            self._device_name = name
            if self.state in (PlayState.STOPPED, PlayState.PAUSED):
                self._close_stream()

    def first_sound(self) -> FirstSound | None:
        r = self._renderer
        if r.first_written_at is None or r.first_append_at is None or r.ready_at is None:
            return None
        return FirstSound(
            r.first_append_at, r.ready_at, r.first_written_at, r.first_offset, self.output_latency
        )

    # ---- transport --------------------------------------------------------------------------
    def play(self, clip: Decoded | Samples, rate: int | None = None) -> None:
        """Play a whole clip from its start, replacing whatever was playing."""
        if isinstance(clip, Decoded):
            samples, rate = clip.samples, clip.rate
        else:
            samples = clip
            if rate is None:
                raise ValueError("play(samples) needs the samples' rate")
        with self._ctl:
            device = self._prepare(rate)
            stream_rate = self._renderer.rate
            with self._feed:
                self._resampler = None
                x = resample(np.asarray(samples, dtype=np.float32).ravel(), rate, stream_rate)
                self._renderer.load(x)
                self._next_checkpoint = len(_LOUDNESS_CHECKPOINTS)
            self._measure_loudness(force=True)
            self._ensure_stream(device)

    def play_bytes(self, data: bytes) -> None:
        """Decode audio bytes of any reply format and play them."""
        self.play(decode(data))

    def start_stream(self, rate: int = PCM16_RATE) -> None:
        """Begin a streamed reply: ``append`` its chunks, then ``end_stream``."""
        with self._ctl:
            device = self._prepare(rate)
            stream_rate = self._renderer.rate
            with self._feed:
                self._carry = b""
                self._resampler = None
                if stream_rate != rate:
                    import soxr

                    self._resampler = soxr.ResampleStream(rate, stream_rate, 1, dtype="float32")
                self._renderer.begin_stream(int(stream_rate * 30))
                self._next_checkpoint = 0
                self._loud_gain = 1.0
                self._apply_gain()
            self._ensure_stream(device)

    def append(self, chunk: bytes | Samples) -> None:
        """Add a chunk to the stream: pcm16 bytes as the API sends them, or float32 samples.

        Safe from another thread than the controlling one; never waits for the audio thread.
        """
        with self._feed:
            if isinstance(chunk, bytes | bytearray):
                raw = self._carry + bytes(chunk)
                usable = len(raw) - len(raw) % 2
                self._carry = raw[usable:]
                x = pcm16_to_float(raw[:usable])
            else:
                x = np.asarray(chunk, dtype=np.float32).ravel()
            if self._resampler is not None and x.size:
                x = self._resampler.resample_chunk(x)
            self._renderer.append(x)
        self._measure_loudness()

    def end_stream(self) -> None:
        """The stream is complete: play the rest and finish."""
        with self._feed:
            if self._resampler is not None:
                self._renderer.append(self._resampler.resample_chunk(np.zeros(0, np.float32), True))
                self._resampler = None
            self._renderer.end()

    def pause(self) -> None:
        if self.state in (PlayState.PLAYING, PlayState.BUFFERING):
            self._renderer.set_state(PlayState.PAUSED)

    def hush(self) -> None:
        """Silence now (speech over a reply): pause at what the speaker plays and drop what the
        sound server still holds (a pause lets it play out); ``position`` is then what was heard."""
        with self._ctl:
            r = self._renderer
            if r.state in (PlayState.PLAYING, PlayState.BUFFERING):
                frame = r.sounding_at(time.perf_counter())
                r.hold_at(r.position_frames if frame is None else frame)
                self._keeper.renew()

    def resume(self) -> None:
        """Continue after a pause; after a stop or the end, play again from the start."""
        with self._ctl:
            if self.state in (PlayState.PAUSED, PlayState.STOPPED) and self.duration > 0:
                out = self._keeper.out
                self._ensure_stream(out.device if out is not None else self._find_device())
                self._renderer.set_state(PlayState.PLAYING)

    def stop(self) -> None:
        """Stop and go back to the start (a stream keeps arriving and can be played again)."""
        self._renderer.set_state(PlayState.STOPPED)

    def unload(self) -> None:
        """Stop and let go of the audio loaded (a conversation left behind keeps no memory)."""
        self._renderer.clear()

    def seek(self, seconds: float) -> None:
        r = self._renderer
        r.seek(round(max(0.0, seconds) * r.rate))

    def close(self) -> None:
        """Stop and release the sound device (a later play opens it again)."""
        self.stop()
        with self._ctl:
            self._keeper.close(wait=True)

    def __enter__(self) -> Player:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- internals --------------------------------------------------------------------------
    def _now(self) -> Renderer:
        return self._renderer

    def _find_device(self) -> AudioDevice:
        return find_device(self._device_name, "output")

    def _prepare(self, rate: int) -> AudioDevice:
        """Pick the device and the stream rate for audio at ``rate``; renew the renderer if the
        rate changes (reopening the stream)."""
        device = self._find_device()
        stream_rate = self._pick_rate(device, rate)
        out = self._keeper.out
        if out is not None and (stream_rate != self._renderer.rate or device != out.device):
            self._close_stream()
        if stream_rate != self._renderer.rate:
            self._renderer.set_state(PlayState.STOPPED)
            self._renderer = Renderer(stream_rate, jitter_seconds=self.jitter_seconds)
            self._apply_gain()
        self._source_rate = rate
        return device

    def _pick_rate(self, device: AudioDevice, rate: int) -> int:
        if self.device_rate:
            return self.device_rate
        out = self._keeper.out
        if out is not None and device == out.device and self._renderer.rate == rate:
            return rate
        return stream_rate(device, rate)

    def _ensure_stream(self, device: AudioDevice) -> None:
        self.error = None
        if self._keeper.out is None:
            try:
                out = self._keeper.open(device, self._renderer)
            except AudioDeviceError:
                self._renderer.set_state(PlayState.STOPPED)
                raise
            if out is not None:
                self.output_latency = out.output_latency
        self._start_monitor()

    def _close_stream(self) -> None:
        self._keeper.close()

    def _apply_gain(self) -> None:
        self._renderer.gain = self._volume * self._loud_gain

    def _measure_loudness(self, *, force: bool = False) -> None:
        """Set the loudness-matching gain from the audio so far (at a few checkpoints)."""
        r = self._renderer
        if self._loudness_target is None:
            self._loud_gain = 1.0
        else:
            passed = sum(r.total_frames >= c * r.rate for c in _LOUDNESS_CHECKPOINTS)
            if (force or passed > self._next_checkpoint) and r.total_frames:
                self._next_checkpoint = max(self._next_checkpoint, passed)
                self._loud_gain = loudness_gain(r.samples(), r.rate, self._loudness_target)
        self._apply_gain()

    # ---- the monitor thread: events, device failures, idle close ---------------------------
    def _start_monitor(self) -> None:
        if self._monitor is not None and self._monitor.is_alive():
            return
        self._quit.clear()
        self._monitor = threading.Thread(target=self._watch, name="parley-player", daemon=True)
        self._monitor.start()

    def _watch(self) -> None:
        last_state, last_pos = PlayState.STOPPED, -1
        finished, underruns = self._renderer.finished, self._renderer.underruns
        idle_since: float | None = None
        renderer = self._renderer
        while not self._quit.wait(0.1):
            events: list[PlayerEvent] = []
            with self._ctl:
                if not self._keeper.busy:
                    self._monitor = None
                    return
                if self._renderer is not renderer:
                    renderer = self._renderer
                    finished, underruns = renderer.finished, renderer.underruns
                failure = self._keeper.check(renderer)
                if failure is not None:
                    self.error = failure
                    events.append(PlayerEvent.ERROR)
                out = self._keeper.out
                if out is not None:
                    self.output_latency = out.output_latency
                state, pos = renderer.state, renderer.position_frames
                if state != last_state:
                    events.append(PlayerEvent.STATE)
                if renderer.finished != finished:
                    events.append(PlayerEvent.FINISHED)
                if renderer.underruns != underruns:
                    events.append(PlayerEvent.UNDERRUN)
                if pos != last_pos:
                    events.append(PlayerEvent.POSITION)
                last_state, last_pos = state, pos
                finished, underruns = renderer.finished, renderer.underruns
                now = time.monotonic()
                if state is PlayState.STOPPED and renderer.ended:
                    idle_since = idle_since or now
                    if now - idle_since >= self.idle_close_seconds:
                        self._close_stream()
                else:
                    idle_since = None
            self._notify(events)

    def _notify(self, events: list[PlayerEvent]) -> None:
        listener = self.listener
        if listener is None:
            return
        for event in events:
            with contextlib.suppress(Exception):  # a listener's bug must not kill the monitor
                listener(event)
