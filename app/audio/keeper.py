"""Keeping a player's output stream alive: open it, notice that it stalled or failed, reopen it.

A desktop's sound is not always there: PulseAudio or PipeWire busy or restarting, a Bluetooth
headset switching profile, a USB device pulled out. A stream that stops calling back is first
waited for (most come back by themselves the moment the server answers); one that failed, or
stays silent for ``REOPEN_AFTER`` seconds, is closed in the background and a new one opened on
the same device, else the system default, at the same place of the same renderer. Opening blocks
while the server is frozen, so it runs in a thread of its own, off the player's lock; the renderer
keeps taking streamed audio meanwhile. Only after ``recover_seconds`` without sound does the
keeper give up, and the player pauses where it was, so Play goes on from there.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from app.audio.devices import AudioDevice, AudioDeviceError, find_device
from app.audio.output import DeviceStream, Health
from app.audio.renderer import PlayState, Renderer

#: A stream silent this long (seconds) while it should play is replaced by a new one.
REOPEN_AFTER = 1.5
#: Seconds between two attempts to open a stream while the device does not answer.
RETRY_EVERY = 0.5
#: Give up (and tell the user) after this long without a working stream.
RECOVER_SECONDS = 10.0

_ACTIVE = (PlayState.PLAYING, PlayState.BUFFERING)


class StreamKeeper:
    """The output stream of one player. All methods but the opener run under the player's
    ``lock``; ``check`` is called by the player's monitor thread about ten times a second."""

    def __init__(
        self,
        lock: threading.RLock,
        device_name: Callable[[], str | None],
        renderer: Callable[[], Renderer],
        latency: float,
    ) -> None:
        self._lock = lock
        self._device_name = device_name
        self._renderer = renderer
        self.latency = latency
        self.recover_seconds = RECOVER_SECONDS
        self.out: DeviceStream | None = None
        self.lost_since: float | None = None  # when sound stopped, while recovering
        self.recoveries = 0  # streams reopened (or that came back) after a stall or failure
        self._lost_device: AudioDevice | None = None
        self._opening = False
        self._next_attempt = 0.0
        self._xruns_before = 0
        self._closings = 0  # ``close`` calls: a stream opened in the background before one is kept

    @property
    def busy(self) -> bool:
        """A stream is open, or being brought back."""
        return self.out is not None or self.lost_since is not None

    @property
    def xruns(self) -> int:
        out = self.out
        return self._xruns_before + (out.xruns if out is not None else 0)

    def open(self, device: AudioDevice, renderer: Renderer) -> DeviceStream | None:
        """Open a stream now (raises AudioDeviceError); while one is being reopened, let that
        attempt (or the next) bring it."""
        if self._opening:
            self.lost_since = self.lost_since or time.monotonic()
        elif self.out is None:
            self.out = DeviceStream(device, renderer, self.latency)
            self.lost_since = None
        return self.out

    def close(self, *, wait: bool = False) -> None:
        """Release the stream (in the background unless ``wait``) and stop recovering."""
        out, self.out = self.out, None
        self.lost_since = None
        self._closings += 1
        if out is not None:
            self._xruns_before += out.xruns
            if wait:
                out.close()
            else:
                out.close_later()

    def renew(self) -> None:
        """Drop what the sound server still holds of this stream (closing it does, where a pause
        lets it play out) and open a fresh one on the same device in the background, ready for
        the next play; a play meanwhile opens its own."""
        out, self.out = self.out, None
        if out is None:
            return
        self._xruns_before += out.xruns
        out.detach()
        renderer, closings = self._renderer(), self._closings

        def run() -> None:
            out.close()
            try:
                fresh = DeviceStream(out.device, renderer, self.latency)
            except AudioDeviceError:
                return  # the next play opens one (and reports what is wrong)
            with self._lock:
                current = renderer is self._renderer() and closings == self._closings
                if self.out is None and not self._opening and current:
                    self.out = fresh
                    return
            fresh.close()  # a play opened its own meanwhile, or the player was closed

        threading.Thread(target=run, name="parley-renew", daemon=True).start()

    def check(self, renderer: Renderer) -> AudioDeviceError | None:
        """Watch the stream; reopen it when needed. Returns the error when giving up."""
        now = time.monotonic()
        out = self.out
        wanted = renderer.state in _ACTIVE
        if out is not None:
            health = out.health()
            if health is Health.OK:
                if self.lost_since is not None:
                    self.lost_since = None
                    self.recoveries += 1  # it came back by itself
                return None
            broken = health is Health.FAILED or out.stalled_for() > REOPEN_AFTER
            if not wanted:
                if broken:  # nothing to play: drop it quietly, the next play opens a new one
                    self.close()
                return None
            self._lost_device = out.device
            if self.lost_since is None:
                self.lost_since = now - out.stalled_for()
            if broken:
                since = self.lost_since
                self.close()
                self.lost_since = since
        if self.lost_since is None:
            return None
        if not wanted:
            self.lost_since = None  # paused or stopped meanwhile: Play opens a stream
            return None
        if now - self.lost_since > self.recover_seconds:
            self.lost_since = None
            renderer.set_state(PlayState.PAUSED)  # keeps the position
            name = self._lost_device.name if self._lost_device else "default"
            return AudioDeviceError(
                f"The audio output device “{name}” has not answered for"
                f" {self.recover_seconds:.0f} seconds; playback is paused where it was."
                " Press Play to go on.",
                "output_silent",
                name=name,
                seconds=f"{self.recover_seconds:.0f}",
            )
        if self.out is None and not self._opening and now >= self._next_attempt:
            self._opening = True
            threading.Thread(
                target=self._reopen, args=(renderer,), name="parley-reopen", daemon=True
            ).start()
        return None

    def _reopen(self, renderer: Renderer) -> None:
        """In a thread of its own: open a stream on the same device, else the default."""
        out: DeviceStream | None = None
        try:
            try:
                device = find_device(self._device_name(), "output")
            except AudioDeviceError:
                device = find_device(None, "output")
            out = DeviceStream(device, renderer, self.latency)
        except AudioDeviceError:
            out = None
        with self._lock:
            self._opening = False
            self._next_attempt = time.monotonic() + RETRY_EVERY
            if out is None:
                return
            current = renderer is self._renderer()
            if self.out is None and self.lost_since is not None and current:
                self.out = out
                self.lost_since = None
                self.recoveries += 1
                return
        out.close_later()  # given up, replaced or closed meanwhile
