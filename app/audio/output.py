"""One open sounddevice output stream whose callback asks a ``Renderer`` for each block.

Kept apart from ``Player`` so that everything touching PortAudio (opening, the audio callback,
noticing a device that stalled, failed or vanished, closing) sits in one small place. Opening and
closing may block for as long as the sound server does not answer (a frozen PulseAudio blocks
both): the player calls them off its control lock, and closes a dead stream in a thread of its own.
"""

from __future__ import annotations

import contextlib
import threading
import time
from enum import StrEnum
from typing import Any

import numpy as np

from app.audio.devices import AudioDevice, device_error, sd_module
from app.audio.renderer import Renderer

#: (device index, name, rate) -> whether the device takes that rate (checking opens it: ms).
_RATE_TAKEN: dict[tuple[int, str, int], bool] = {}


def stream_rate(device: AudioDevice, rate: int) -> int:
    """``rate`` when the device takes it, else the device's own rate (we resample)."""
    key = (device.index, device.name, rate)
    if key not in _RATE_TAKEN:
        sd = sd_module()
        try:
            sd.check_output_settings(device=device.index, samplerate=rate, dtype="float32")
            _RATE_TAKEN[key] = True
        except (sd.PortAudioError, ValueError):
            _RATE_TAKEN[key] = False
    return rate if _RATE_TAKEN[key] else device.default_rate


#: No callback for this long (seconds) and a stream counts as stalled: the server or the
#: machine is busy, or the device went away. A stall alone is no failure; the player waits.
STALL_SECONDS = 0.5


class Health(StrEnum):
    OK = "ok"
    STALLED = "stalled"  # no callback lately; it may come back by itself
    FAILED = "failed"  # the callback raised, or PortAudio ended the stream


class DeviceStream:
    """A running output stream at ``renderer.rate``; mono, or mono copied to two channels."""

    def __init__(self, device: AudioDevice, renderer: Renderer, latency: float) -> None:
        sd = sd_module()
        self.device = device
        self.renderer = renderer
        self.xruns = 0
        self.output_latency = 0.0
        rate = renderer.rate
        # 10 ms blocks: with ALSA/PulseAudio and 40 ms latency the callback runs twice every
        # 20 ms. A steady 10 ms wake-up (blocksize 0, or 30 ms latency) halves the wait for a
        # chunk's first callback but doubles PortAudio's CPU; first sound is well in budget.
        block = max(64, rate // 100)
        most = max(4096, 4 * block)
        renderer.reserve_block(most)
        self._mix = np.zeros(most, dtype=np.float32)
        self._failure: BaseException | None = None
        self._detached = False
        self._last_callback = time.monotonic()
        self._stream: Any = None
        failure: BaseException | None = None
        for channels in (1, 2):
            self._channels = channels
            try:
                self._stream = sd.OutputStream(
                    samplerate=rate,
                    blocksize=block,
                    device=device.index,
                    channels=channels,
                    dtype="float32",
                    latency=latency,
                    callback=self._callback,
                )
                self._last_callback = time.monotonic()
                self._stream.start()
            except (sd.PortAudioError, ValueError) as exc:
                failure = exc
                self.close()
                continue
            self.output_latency = float(self._stream.latency)
            return
        raise device_error(failure or RuntimeError("no stream"), device, "play sound")

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):  # a vanished device may fail to close too
                stream.abort(ignore_errors=True)
                stream.close(ignore_errors=True)

    def detach(self) -> None:
        """Stop rendering now: the callback only writes silence (before a new stream takes over
        the renderer, since a stalled stream may wake up while it is being closed)."""
        self._detached = True

    def close_later(self) -> None:
        """Detach and close in a thread of its own (closing blocks while the server is frozen)."""
        self.detach()
        threading.Thread(target=self.close, name="parley-close-stream", daemon=True).start()

    def stalled_for(self) -> float:
        """Seconds since the last callback (0 while callbacks come in time)."""
        idle = time.monotonic() - self._last_callback
        return idle if idle > max(STALL_SECONDS, 10 * self.output_latency) else 0.0

    def health(self) -> Health:
        stream = self._stream
        if self._failure is not None or stream is None or not stream.active:
            return Health.FAILED
        return Health.STALLED if self.stalled_for() else Health.OK

    def _callback(self, outdata: Any, frames: int, when: Any, status: Any) -> None:
        """The audio thread: render one block. Never blocks, raises or allocates big buffers."""
        try:
            self._last_callback = time.monotonic()
            if self._detached:
                outdata.fill(0)
                return
            if status.output_underflow:
                self.xruns += 1
            now = time.perf_counter()
            # When this block will sound: PortAudio's own estimate (the sound server's latency
            # as it is now: it jumps when a sink wakes or rewinds), else the stream's nominal one.
            ahead = float(when.outputBufferDacTime) - float(when.currentTime)
            playout = now + (ahead if 0.0 < ahead < 2.0 else self.output_latency)
            if self._channels == 1:
                self.renderer.render(outdata[:, 0], now, playout)
            else:
                mono = self._mix[:frames] if frames <= self._mix.size else np.zeros(frames, "f4")
                self.renderer.render(mono, now, playout)
                outdata[:] = mono[:, None]
        except BaseException as exc:  # nothing may escape into PortAudio
            outdata.fill(0)
            self._failure = exc
